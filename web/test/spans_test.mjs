// Unit test of web/assets/spans.js: byte offsets into UTF-8 text (Cyrillic, Arabic, Chinese,
// emoji), nesting of overlapping spans, rejection of offsets that are not character
// boundaries. Run: node web/test/spans_test.mjs (exit 0 on success).

import assert from 'node:assert/strict';

import {byteSlice, collectSpans, nestSpans} from '../assets/spans.js';

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

// A mention of `surface` found at its first occurrence in `text`, as byte offsets.
function mention(text, surface) {
  const at = text.indexOf(surface);
  assert.ok(at >= 0, `${surface} not in ${text}`);
  const start = utf8(text.slice(0, at));
  return {start, end: start + utf8(surface), surface};
}

// Flattens a nested tree back into {text, marks: [{kind, text}]}.
function flatten(root) {
  const marks = [];
  const walk = (node) => node.children
                             .map((c) => {
                               if (typeof c === 'string') return c;
                               const inner = walk(c);
                               marks.push({kind: c.span.kind, text: inner, clipped: c.clipped});
                               return inner;
                             })
                             .join('');
  return {text: walk(root), marks};
}

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('byteSlice decodes multi-byte text', () => {
  const text = 'Протест в Бишкеке';
  assert.equal(byteSlice(text, utf8('Протест в '), utf8(text)), 'Бишкеке');
});

test('mentions in Cyrillic, Arabic, Chinese and emoji text land on their surface', () => {
  const cases = [
    [
      'Вчера в Алматы полиция задержала сто человек, сообщил Иван Петров.',
      ['Алматы', 'Иван Петров']
    ],
    ['قال أحمد علي إن المتظاهرين تجمعوا في القاهرة يوم الجمعة.', ['أحمد علي', 'القاهرة']],
    ['警方周五在香港逮捕了数十名示威者，张伟说。', ['香港', '张伟']],
    ['🔥 Crowds 🔥 gathered in Zürich, said Anna Müller 👍.', ['Zürich', 'Anna Müller']],
  ];
  for (const [text, names] of cases) {
    const article = {
      text,
      persons: [{name: names[1], entity_id: 'p:1', mentions: [mention(text, names[1])]}],
      places: [{name: names[0], kind: 'place', mentions: [mention(text, names[0])]}]
    };
    const {root, rejected} = nestSpans(text, collectSpans(article));
    assert.deepEqual(rejected, []);
    const flat = flatten(root);
    assert.equal(flat.text, text, 'pieces join back to the whole text');
    assert.deepEqual(flat.marks.map((m) => m.text).sort(), [...names].sort());
    assert.equal(flat.marks.find((m) => m.kind === 'person').text, names[1]);
  }
});

test('a person inside a figure clause nests; identical spans nest; crossing spans clip', () => {
  const text = 'Да, 12 полицейских погибли в Алматы, сказал Токаев.';
  const clause = mention(text, '12 полицейских погибли в Алматы');
  const city = mention(text, 'Алматы');
  const article = {
    text,
    figures: [{
      kind: 'killed',
      actor: 'police',
      value: 12,
      text: clause.surface,
      start: clause.start,
      end: clause.end
    }],
    places: [{name: 'Almaty', kind: 'place', mentions: [city]}],
    countries: [{code: 'KZ', name: 'Kazakhstan', mentions: [city]}],
    organizations: [{
      name: 'X',
      entity_id: 'o:1',
      mentions: [{start: city.start, end: utf8(text) - 1, surface: ''}]
    }],
  };
  const {root, rejected} = nestSpans(text, collectSpans(article));
  assert.deepEqual(rejected, []);
  const flat = flatten(root);
  assert.equal(flat.text, text);
  const byKind = Object.fromEntries(flat.marks.map((m) => [m.kind, m]));
  assert.equal(byKind.figure.text, clause.surface);
  assert.equal(byKind.place.text, 'Алматы');
  assert.equal(byKind.country.text, 'Алматы');
  assert.equal(byKind.org.clipped, true, 'the org span crosses the figure clause and is clipped');
});

test('offsets inside a character or past the end are rejected, not drawn', () => {
  const text = 'Бишкек';
  const article = {
    text,
    places: [{
      name: 'B',
      kind: 'place',
      mentions: [
        {start: 1, end: 4, surface: '?'},    // starts inside "Б"
        {start: 0, end: 100, surface: '?'},  // past the end
        {start: 4, end: 2, surface: '?'},    // reversed
        {start: 0, end: 4, surface: 'Би'},   // fine
      ]
    }]
  };
  const {root, rejected} = nestSpans(text, collectSpans(article));
  assert.equal(rejected.length, 3);
  const flat = flatten(root);
  assert.deepEqual(flat.marks.map((m) => m.text), ['Би']);
  assert.equal(flat.text, text);
});

test('empty and fact-less articles render as plain text', () => {
  assert.deepEqual(nestSpans('', []).root.children, []);
  assert.deepEqual(nestSpans('abc', collectSpans({text: 'abc'})).root.children, ['abc']);
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
