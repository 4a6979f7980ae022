// Unit tests of the UI's pure modules other than spans.js: the marker layout and the hash
// router. Run: node web/test/units_test.mjs (exit 0 on success).

import assert from 'node:assert/strict';

import {spreadMarkers} from '../assets/marker_layout.js';
import {href, parseHash} from '../assets/router.js';

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('markers far apart stay where they are', () => {
  const points = [{x: 10, y: 10, r: 5}, {x: 100, y: 10, r: 5}, {x: 10, y: 100, r: 8}];
  assert.deepEqual(spreadMarkers(points), points.map(({x, y}) => ({x, y})));
});

test('overlapping and identical markers are spread until they do not overlap', () => {
  const points =
      [{x: 50, y: 50, r: 6}, {x: 50, y: 50, r: 6}, {x: 52, y: 51, r: 9}, {x: 50, y: 50, r: 4}];
  const out = spreadMarkers(points);
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const d = Math.hypot(out[i].x - out[j].x, out[i].y - out[j].y);
      assert.ok(d >= 0.97 * (points[i].r + points[j].r), `markers ${i} and ${j} overlap (${d})`);
    }
    assert.ok(Math.hypot(out[i].x - 50, out[i].y - 50) < 40, 'markers stay near their place');
  }
  assert.deepEqual(spreadMarkers(points), out, 'deterministic');
});

test('hash routes parse and build', () => {
  assert.deepEqual(parseHash(''), {view: 'home', id: null, params: {}});
  assert.deepEqual(
      parseHash('#/?country=KZ&type=Riots'),
      {view: 'home', id: null, params: {country: 'KZ', type: 'Riots'}});
  assert.deepEqual(parseHash('#/story/s_0123'), {view: 'story', id: 's_0123', params: {}});
  assert.deepEqual(parseHash('#/entity/p:7a95'), {view: 'entity', id: 'p:7a95', params: {}});
  assert.deepEqual(
      parseHash('#/article/central-asia%3A2'), {view: 'article', id: 'central-asia:2', params: {}});
  assert.deepEqual(
      parseHash('#/search?q=%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA'),
      {view: 'search', id: null, params: {q: 'Бишкек'}});
  assert.equal(parseHash('#/story').view, 'notfound');
  assert.equal(parseHash('#/story/a/b').view, 'notfound');
  assert.equal(parseHash('#/story/%E0%A4').view, 'notfound', 'bad percent-encoding');
  assert.equal(href('entity', 'p:7a95'), '#/entity/p:7a95');
  assert.equal(href('article', 'a b/c'), '#/article/a%20b%2Fc');
  assert.equal(href('home', null, {country: 'KZ', type: '', page: 2}), '#/?country=KZ&page=2');
  for (const id of ['s_1', 'p:1', 'host.example:ff', 'a b/c', 'Бишкек']) {
    assert.equal(parseHash(href('story', id)).id, id, `round trip of ${id}`);
  }
});

let failed = 0;
for (const [name, fn] of tests) {
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n${err.stack}`);
  }
}
console.log(failed ? `${failed} of ${tests.length} failed` : `all ${tests.length} passed`);
process.exit(failed ? 1 : 0);
