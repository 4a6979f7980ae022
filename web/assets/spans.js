// Extracted facts as spans of an article's text, and the nesting of those spans into a tree
// of text pieces ready to render. No DOM here, so node tests can run it.
//
// Offsets in articles.jsonl are BYTE offsets into the UTF-8 encoding of `text` ([start, end)).
// JavaScript strings index UTF-16 code units, so the text is encoded once and every piece is
// decoded from its byte range. A span whose ends do not fall on UTF-8 character boundaries, or
// lie outside the text, is rejected (reported, never drawn at a wrong place).

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// Nesting order for spans that cover the same bytes: lower draws outside.
const PRIORITY = {
  figure: 0,
  event: 1,
  place: 2,
  country: 2,
  org: 3,
  person: 4
};

export const SPAN_KINDS = ['person', 'org', 'place', 'country', 'figure', 'event'];

// Every mention of every fact of an article, as
// {kind, start, end, surface, label, entityId?, geonameid?, country?, source?, background?}.
export function collectSpans(article) {
  const spans = [];
  const add = (kind, m, extra) => {
    if (m && Number.isInteger(m.start) && Number.isInteger(m.end)) {
      spans.push({kind, start: m.start, end: m.end, surface: m.surface ?? m.text, ...extra});
    }
  };
  for (const p of article.places || []) {
    for (const m of p.mentions || []) {
      add('place', m, {
        label: `${p.kind === 'subdivision' ? 'Region' : 'Place'}: ${p.name}`,
        geonameid: p.geonameid,
        country: p.country
      });
    }
  }
  for (const c of article.countries || []) {
    for (const m of c.mentions || [])
      add('country', m, {label: `Country: ${c.name || c.code}`, country: c.code});
  }
  for (const [list, kind, title] of [
           [article.persons, 'person', 'Person'], [article.organizations, 'org', 'Organization']]) {
    for (const e of list || []) {
      const role = e.role ? ` (${e.role})` : '';
      const source = e.source ? ' — cited as source' : '';
      for (const m of e.mentions || []) {
        add(kind, m, {
          label: `${title}: ${e.name}${role}${source}`,
          entityId: e.entity_id || null,
          source: !!e.source
        });
      }
    }
  }
  for (const f of article.figures || []) {
    const approx = f.approx ? '~' : '';
    const qual = f.qualifier ? `${f.qualifier} ` : '';
    add('figure', {start: f.start, end: f.end, surface: f.text}, {
      label: `Figure: ${f.kind}, ${f.actor_name || f.actor}: ${qual}${approx}${f.value}` +
          (f.background ? ' (background)' : ''),
      figureKind: f.kind,
      background: !!f.background
    });
  }
  for (const ev of article.events || []) {
    for (const m of ev.evidence || []) {
      add('event', m, {
        label: `Event: ${ev.type}${ev.subtype ? ` / ${ev.subtype}` : ''}` +
            (ev.background ? ' (background)' : ''),
        background: !!ev.background
      });
    }
  }
  return spans;
}

function isBoundary(bytes, i) {
  return i === bytes.length || (bytes[i] & 0xc0) !== 0x80;
}

// Nests `spans` over `text`. Returns {root, rejected}: root is {start, end, children}, where
// children are strings (plain text) and span nodes {span, start, end, clipped, children}.
// A span that crosses the end of an enclosing one is clipped to it (clipped: true).
export function nestSpans(text, spans) {
  const bytes = encoder.encode(text || '');
  const rejected = [];
  const valid = spans.filter((sp) => {
    const ok = sp.start >= 0 && sp.end > sp.start && sp.end <= bytes.length &&
        isBoundary(bytes, sp.start) && isBoundary(bytes, sp.end);
    if (!ok) rejected.push(sp);
    return ok;
  });
  valid.sort(
      (a, b) =>
          a.start - b.start || b.end - a.end || (PRIORITY[a.kind] ?? 9) - (PRIORITY[b.kind] ?? 9));
  const root = {start: 0, end: bytes.length, nodes: []};
  const stack = [root];
  for (const span of valid) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    const node = {
      span,
      start: span.start,
      end: Math.min(span.end, parent.end),
      clipped: span.end > parent.end,
      nodes: []
    };
    parent.nodes.push(node);
    stack.push(node);
  }
  fill(root, bytes);
  return {root, rejected};
}

// Turns each node's child span list into `children`: text pieces between them, decoded.
function fill(node, bytes) {
  const children = [];
  let pos = node.start;
  for (const child of node.nodes) {
    if (child.start > pos) children.push(decoder.decode(bytes.subarray(pos, child.start)));
    fill(child, bytes);
    children.push(child);
    pos = child.end;
  }
  if (node.end > pos) children.push(decoder.decode(bytes.subarray(pos, node.end)));
  node.children = children;
  delete node.nodes;
}

// The text of bytes [start, end) of `text` (for tests and tooltips).
export function byteSlice(text, start, end) {
  return decoder.decode(encoder.encode(text).subarray(start, end));
}
