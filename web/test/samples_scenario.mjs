// Browser scenario on data/samples (always runs): map markers, filtering by event type, deep
// links with reload and back/forward, search, a story page whose highlights sit on the right
// text in non-Latin articles, the entity page, the article page, keyboard access to markers,
// and API errors shown as messages.
//
//   node web/test/samples_scenario.mjs --newsloom build/x/src/cli/newsloom --screenshots DIR

import assert from 'node:assert/strict';
import path from 'node:path';

import {openHash, parseArgs, runScenario, SOURCE_DIR, step, waitReady} from './harness.mjs';

const args = parseArgs(process.argv.slice(2));
const corpus = args.corpus || path.join(SOURCE_DIR, 'data/samples');

const slug = (t) =>
    (t ? t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : 'none');
const byteSlice = (text, start, end) =>
    Buffer.from(text, 'utf8').subarray(start, end).toString('utf8');

async function getJson(base, p) {
  const r = await fetch(new URL(p, base));
  assert.ok(r.ok, `${p}: HTTP ${r.status}`);
  return r.json();
}

// Checks every highlight of one article column against the article's bytes and every
// person/place/organization mention against its highlight.
async function checkHighlights(page, article) {
  const column = page.locator(`[data-testid="article-column"][data-article-id="${article.id}"]`);
  const marks = await column.locator('mark.hl').evaluateAll(
      (els) => els.map((m) => ({
                         start: Number(m.dataset.start),
                         end: Number(m.dataset.end),
                         kind: m.dataset.kind,
                         clipped: m.dataset.clipped === 'true',
                         text: m.textContent
                       })));
  assert.ok(marks.length > 0, `highlights in ${article.id}`);
  for (const m of marks.filter((x) => !x.clipped)) {
    assert.equal(
        m.text, byteSlice(article.text, m.start, m.end), `${m.kind} highlight at ${m.start}`);
  }
  let checked = 0;
  for (const [key, kind] of [
           ['persons', 'person'], ['places', 'place'], ['organizations', 'org']]) {
    for (const fact of article[key] || []) {
      for (const mention of fact.mentions || []) {
        const hit = marks.find(
            (x) => x.kind === kind && x.start === mention.start && x.end === mention.end);
        assert.ok(hit, `${kind} mention ${mention.surface} is highlighted`);
        if (!hit.clipped)
          assert.equal(hit.text, mention.surface, `${kind} highlight equals its surface`);
        checked++;
      }
    }
  }
  const text = await column.locator('[data-testid="article-text"]').textContent();
  assert.equal(text, article.text, 'highlighting keeps the text intact');
  return checked;
}

process.exit(await runScenario('samples scenario', corpus, args, async ({page, base, shot}) => {
  const all = (await getJson(base, '/api/stories?per_page=500')).items;
  const located = all.filter((s) => s.location && Number.isFinite(s.location.lat));

  step('map markers');
  await openHash(page, base, '');
  const markers = page.locator('.marker');
  assert.ok(located.length >= 10, `the samples give located stories (${located.length})`);
  assert.equal(await markers.count(), located.length, 'one marker per located story');
  for (const s of located.slice(0, 5)) {
    assert.equal(
        await page.locator(`.marker[data-story-id="${s.id}"]`).getAttribute('data-country'),
        s.location.country);
  }
  await page.locator('.country').first().waitFor({state: 'attached'});
  await shot('samples-1-map.png');

  step('keyboard: a focused marker opens its story with Enter');
  const first = markers.first();
  const firstId = await first.getAttribute('data-story-id');
  await first.focus();
  await page.keyboard.press('Enter');
  await waitReady(page, `#/story/${firstId}`);
  await page.goBack();
  await waitReady(page, '#/');

  step('filter by event type');
  const counts = new Map();
  for (const s of all)
    if (s.event_type) counts.set(s.event_type, (counts.get(s.event_type) || 0) + 1);
  const [type, expected] = [...counts].sort((a, b) => a[1] - b[1])[0];
  await page.selectOption('#filter-type', type);
  await page.waitForFunction(
      (t) => document.body.dataset.ready.includes(
          `type=${encodeURIComponent(t).replace(/%20/g, '+')}`),
      type);
  const items = page.locator('[data-testid="story-list"] .story-item');
  assert.equal(await items.count(), Math.min(expected, 20), 'list holds the type\'s stories');
  for (const t of await items.evaluateAll((els) => els.map((e) => e.dataset.eventType)))
    assert.equal(t, slug(type));
  for (const t of await markers.evaluateAll((els) => els.map((e) => e.dataset.eventType)))
    assert.equal(t, slug(type));
  await shot('samples-2-filtered.png');

  step('deep link reload keeps the filter; back returns to all stories');
  const filteredHash = await page.evaluate(() => location.hash);
  await page.reload();
  await waitReady(page, filteredHash);
  assert.equal(await page.inputValue('#filter-type'), type);
  assert.equal(await items.count(), Math.min(expected, 20));
  await page.goBack();
  await waitReady(page, '#/');
  assert.equal(await markers.count(), located.length);

  step('date range from a timeline bar, language from a deep link');
  const bar = page.locator('.timeline .bar[role=button]').first();
  const period = await bar.getAttribute('data-period');
  await bar.click();
  await page.waitForFunction(() => (document.body.dataset.ready || '').includes('from='));
  assert.equal(await page.inputValue('#filter-from'), period);
  assert.equal(await page.inputValue('#filter-to'), period);
  const inPeriod = await getJson(base, `/api/stories?per_page=500&from=${period}&to=${period}`);
  assert.ok(inPeriod.total >= 1, `stories in ${period}`);
  assert.equal(await markers.count(), inPeriod.items.filter((s) => s.location && Number.isFinite(s.location.lat)).length);
  const lang = all.flatMap((s) => s.langs).find((l) => !['en', 'de', 'fr'].includes(l));
  await openHash(page, base, `#/?lang=${lang}`);
  assert.equal(await page.inputValue('#filter-lang'), lang);
  const langs = await items.evaluateAll((els) => els.map((e) => e.dataset.langs.split(' ')));
  assert.ok(langs.length >= 1 && langs.every((l) => l.includes(lang)), `every story has a ${lang} article`);
  await openHash(page, base, '');

  step('search');
  const titled = all.find((s) => s.headline && s.headline.lang === 'en');
  const word = titled.headline.text.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0];
  await page.fill('#search-input', word);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => (document.body.dataset.ready || '').startsWith('#/search?'));
  const results = page.locator('[data-testid="search-results"] .story-item');
  assert.ok(await results.count() >= 1, `results for ${word}`);
  assert.ok(
      await page.locator(`[data-testid="search-results"] [data-story-id="${titled.id}"]`).count(),
      `the story whose headline holds "${word}" is found`);
  await shot('samples-3-search.png');

  step('story page: highlights on non-Latin articles');
  const stories = [];  // one at a time: the test measures the UI, not concurrency
  for (const s of all) stories.push(await getJson(base, `/api/stories/${s.id}`));
  const wanted = ['ru', 'ar', 'zh', 'uk'];
  let storyShot = false;
  for (const lang of wanted) {
    const found =
        stories.flatMap((d) => d.articles.map((a) => [d.story, a]))
            .find(
                ([, a]) => a.lang === lang && (a.persons || []).length && (a.places || []).length);
    if (!found) continue;
    const [story, article] = found;
    await openHash(page, base, `#/story/${story.id}`);
    const checked = await checkHighlights(page, article);
    console.log(`  ${lang} article ${article.id}: ${checked} mentions highlighted at their bytes`);
    if (!storyShot) {
      await shot(`samples-4-story-${lang}.png`);
      storyShot = true;
    }
  }
  assert.ok(storyShot, 'a non-Latin article with persons and places');

  step('entity page from a highlighted person');
  const [story, article] =
      stories.flatMap((d) => d.articles.map((a) => [d.story, a]))
          .find(([, a]) => a.lang === 'ru' && (a.persons || []).some((p) => p.entity_id));
  await openHash(page, base, `#/story/${story.id}`);
  const person = article.persons.find((p) => p.entity_id);
  const link = page.locator(`[data-article-id="${article.id}"] a.hl-link:has(mark[data-entity-id="${
                                person.entity_id}"])`)
                   .first();
  await link.click();
  await waitReady(page, `#/entity/${person.entity_id}`);
  const header = page.locator('[data-testid="entity-header"]');
  assert.equal(await header.getAttribute('data-entity-id'), person.entity_id);
  assert.ok(
      await page.locator('[data-testid="variants"] tbody tr').count() >= 1, 'variants listed');
  assert.ok(
      await page.locator(`.story-item[data-story-id="${story.id}"]`).count(),
      'its story is listed');
  assert.ok(
      await page.locator(`[data-testid="entity-articles"] [data-article-id="${article.id}"]`)
          .count(),
      'the article is listed');
  await shot('samples-5-entity.png');
  await page.reload();
  await waitReady(page, `#/entity/${person.entity_id}`);
  assert.equal(await header.textContent() !== '', true, 'entity deep link survives a reload');
  await page.goBack();
  await waitReady(page, `#/story/${story.id}`);
  assert.ok(await page.locator('[data-testid="article-column"]').count() >= 1, 'back to the story');

  step('article page');
  await openHash(page, base, `#/article/${article.id}`);
  await checkHighlights(page, article);
  assert.ok(await page.locator('.facts-panel [data-facts="persons"] li').count() >= 1);
  await shot('samples-6-article.png');

  step('API errors are shown as messages');
  for (const hash
           of ['#/story/s_0000000000000000', '#/entity/p:0000000000000000',
               '#/article/no-such-article']) {
    await openHash(page, base, hash);
    const error = page.locator('[data-testid="error"]');
    assert.ok(await error.isVisible(), `an error message on ${hash}`);
    assert.match(await error.textContent(), /404/);
  }
  await shot('samples-7-error.png');
  await openHash(page, base, '#/no/such/page');
  assert.ok(await page.locator('[data-testid="error"]').isVisible());
}));
