// The browser scenario on ../shared/seeds: open the UI, find markers in Kyrgyzstan and
// Kazakhstan, open the Kazakhstan story, see both Dutch reports side by side and the
// police-deaths figure timeline. Skips (77) when the seeds are absent.
//
//   node web/test/seeds_scenario.mjs --newsloom build/x/src/cli/newsloom --screenshots DIR

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import {openHash, parseArgs, runScenario, skip, SOURCE_DIR, step, waitReady} from './harness.mjs';

const args = parseArgs(process.argv.slice(2));
const seeds = args.corpus || path.resolve(SOURCE_DIR, '../shared/seeds');
if (!fs.existsSync(seeds)) skip(`${seeds} does not exist`);

// The story summary behind a marker, fetched by the page itself from the API.
async function storyOf(page, id) {
  return page.evaluate(async (sid) => (await (await fetch(`/api/stories/${sid}`)).json()), id);
}

process.exit(await runScenario('seeds scenario', seeds, args, async ({page, base, shot}) => {
  step('map with markers in Kyrgyzstan and Kazakhstan');
  await openHash(page, base, '');
  await page.locator('.country').first().waitFor({state: 'attached'});
  const kg = page.locator('.marker[data-country="KG"]');
  const kz = page.locator('.marker[data-country="KZ"]');
  assert.ok(await kg.count() >= 1, 'a marker in Kyrgyzstan');
  assert.ok(await kz.count() >= 1, 'a marker in Kazakhstan');
  await shot('seeds-1-map.png');

  // Each marker's story really is located in that country.
  for (const [markers, code] of [[kg, 'KG'], [kz, 'KZ']]) {
    for (const id of await markers.evaluateAll((els) => els.map((e) => e.dataset.storyId))) {
      const {story} = await storyOf(page, id);
      assert.equal(story.location.country, code, `story ${id} behind a ${code} marker`);
    }
  }

  step('tooltip and opening the Kazakhstan story with Dutch reports');
  let target = null;
  for (const id of await kz.evaluateAll((els) => els.map((e) => e.dataset.storyId))) {
    const {articles} = await storyOf(page, id);
    if (articles.filter((a) => a.lang === 'nl').length >= 2) target = id;
  }
  assert.ok(target, 'a Kazakhstan story with two Dutch articles');
  const marker = page.locator(`.marker[data-story-id="${target}"]`);
  await marker.hover();
  await page.locator('#tooltip:not([hidden])').waitFor();
  assert.match(await page.locator('#tooltip').textContent(), /Kazakhstan/);
  await shot('seeds-2-tooltip.png');
  await marker.click();
  await waitReady(page, `#/story/${target}`);

  step('both Dutch reports side by side');
  const dutch = page.locator('[data-testid="article-column"][data-lang="nl"]');
  assert.equal(await dutch.count(), 2, 'two Dutch columns');
  const [a, b] = [await dutch.nth(0).boundingBox(), await dutch.nth(1).boundingBox()];
  assert.ok(Math.abs(a.y - b.y) < 2 && Math.abs(a.x - b.x) > a.width / 2, 'columns side by side');
  for (let i = 0; i < 2; i++) {
    const text = await dutch.nth(i).locator('[data-testid="article-text"]').textContent();
    assert.ok(text.length > 200, 'the column shows the article text');
    assert.ok(await dutch.nth(i).locator('mark.hl').count() > 0, 'facts are highlighted');
  }

  step('the police-deaths figure timeline');
  const police =
      page.locator('[data-testid="figure-timeline"][data-kind="killed"][data-actor="police"]');
  await police.scrollIntoViewIfNeeded();
  assert.ok(await police.isVisible(), 'a timeline for police killed');
  const reports = police.locator('[data-testid="figure-report"]');
  const values = await reports.evaluateAll((rows) => rows.map((r) => Number(r.dataset.value)));
  assert.ok(values.length >= 2, `several reports (${values})`);
  assert.equal(
      await police.getAttribute('data-conflict'), String(new Set(values).size > 1),
      'conflict marked exactly when reports disagree');
  const {story} = await storyOf(page, target);
  const group = story.figures.find((f) => f.kind === 'killed' && f.actor === 'police');
  assert.deepEqual(values, group.reports.map((r) => r.value), 'every report, in order');
  for (const id of await reports.evaluateAll((rows) => rows.map((r) => r.dataset.article))) {
    assert.ok(
        await page.locator(`[data-testid="article-column"][data-article-id="${id}"]`).count(),
        `report article ${id} is a column`);
  }
  await shot('seeds-3-story.png');
  await shot('seeds-4-police-timeline.png', police);
}));
