// Shared set-up of the browser tests: analyse a corpus into a temporary directory, start
// `newsloom serve` on it (port 0; the URL is read from its stdout), launch Debian's chromium
// headless through playwright-core, and clean everything up. Exit code 77 means "skipped"
// (ctest SKIP_RETURN_CODE).
//
// Arguments: --newsloom PATH (the binary), --screenshots DIR, [--corpus DIR].

import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const SKIP = 77;
export const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.NEWSLOOM_CHROMIUM || '/usr/bin/chromium';

export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      args[argv[i].slice(2)] = argv[i + 1];
      i++;
    }
  }
  if (!args.newsloom) throw new Error('usage: --newsloom PATH --screenshots DIR [--corpus DIR]');
  args.screenshots = args.screenshots || path.join(os.tmpdir(), 'newsloom-web-screenshots');
  return args;
}

export function skip(message) {
  console.log(`SKIP: ${message}`);
  process.exit(SKIP);
}

async function loadPlaywright() {
  try {
    return await import(path.join(SOURCE_DIR, 'node_modules/playwright-core/index.mjs'));
  } catch (err) {
    skip(`playwright-core is not installed (run scripts/setup.sh): ${err.message}`);
  }
}

// Runs `newsloom analyze corpus --out tmp` and returns tmp.
export function analyze(newsloom, corpus) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsloom-web-'));
  const run =
      spawnSync(newsloom, ['analyze', corpus, '--out', out], {encoding: 'utf8', timeout: 60000});
  if (run.status !== 0) {
    fs.rmSync(out, {recursive: true, force: true});
    throw new Error(`newsloom analyze ${corpus} failed (${run.status}): ${run.stderr}`);
  }
  return out;
}

// Starts the server and resolves with {url, stop, log} once it printed its URL.
export function serve(newsloom, db) {
  const child =
      spawn(newsloom, ['serve', '--db', db, '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
  let log = '';
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`newsloom serve printed no URL in 20 s:\n${log}`));
    }, 20000);
    const onData = (chunk) => {
      log += chunk;
      const m = /serving (https?:\/\/\S+?)\/?\s/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({url: `${m[1]}/`, stop, log: () => log, child});
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (c) => {
      log += c;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newsloom serve exited (${code}):\n${log}`));
    });
  });
}

// Launches chromium with one page; records console errors, page errors and every request
// that leaves the server's origin (the UI must work offline).
export async function openBrowser(origin) {
  if (!fs.existsSync(CHROMIUM)) skip(`${CHROMIUM} is not installed (Debian package chromium)`);
  const {chromium} = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
  });
  const context = await browser.newContext({viewport: {width: 1440, height: 900}, locale: 'en-US'});
  const page = await context.newPage();
  const problems = {pageErrors: [], foreign: []};
  page.on('pageerror', (err) => problems.pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.log(`  [browser] ${msg.text()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    problems.foreign.push(url);
    return route.abort();
  });
  return {browser, page, problems};
}

// Navigates to a hash of the UI and waits until that view finished rendering.
export async function openHash(page, base, hash) {
  await page.goto(`${base}${hash}`);
  await waitReady(page, hash);
}

export async function waitReady(page, hash) {
  await page.waitForFunction(
      (h) => document.body.dataset.ready === (h || '#/'), hash, {timeout: 15000});
}

// Runs `body(ctx)` with a corpus analysed and served and a browser open; cleans up and
// exits 0 on success, 1 with the server log on failure.
export async function runScenario(name, corpus, args, body) {
  fs.mkdirSync(args.screenshots, {recursive: true});
  let dir = null;
  let server = null;
  let browser = null;
  const started = Date.now();
  try {
    dir = analyze(args.newsloom, corpus);
    server = await serve(args.newsloom, path.join(dir, 'newsloom.db'));
    const opened = await openBrowser(new URL(server.url).origin);
    browser = opened.browser;
    const shot = async (file, target) => {
      const out = path.join(args.screenshots, file);
      await (target || opened.page).screenshot({path: out, fullPage: !target});
      console.log(`  screenshot ${out}`);
    };
    await body({page: opened.page, base: server.url, shot, dir, problems: opened.problems});
    if (opened.problems.pageErrors.length)
      throw new Error(`page errors: ${opened.problems.pageErrors.join('; ')}`);
    if (opened.problems.foreign.length)
      throw new Error(`requests outside the server: ${opened.problems.foreign.join(', ')}`);
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (err) {
    console.log(`FAIL ${name}: ${err.stack || err}`);
    if (server) console.log(`--- newsloom serve log ---\n${server.log().slice(-4000)}`);
    return 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  }
}

// A tiny step logger so a failure says where it happened.
const t0 = Date.now();
export function step(text) {
  console.log(`- [${((Date.now() - t0) / 1000).toFixed(1)} s] ${text}`);
}
