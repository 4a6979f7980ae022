// Renders an article's text with its extracted facts highlighted at their byte spans
// (spans.js does the UTF-8 arithmetic). Each highlight is
//   <mark class="hl hl-KIND" data-kind data-start data-end [data-entity-id]> with a title;
// persons and organizations link to their entity page. Paragraphs (\n\n) stay visible through
// `white-space: pre-wrap` on the container.

import {h} from './dom.js';
import {href} from './router.js';
import {collectSpans, nestSpans} from './spans.js';

// Returns {element, rejected}: a <div class="article-text"> and the spans that could not be
// placed (bad offsets).
export function highlightedText(article) {
  const {root, rejected} = nestSpans(article.text || '', collectSpans(article));
  const element = h('div', {
    class: 'article-text',
    lang: article.lang !== 'und' ? article.lang : null,
    dir: 'auto',
    'data-testid': 'article-text'
  });
  for (const child of root.children) element.append(renderNode(child));
  if (rejected.length) {
    console.warn(
        `article ${article.id}: ${rejected.length} spans with offsets outside the text`, rejected);
  }
  return {element, rejected};
}

function renderNode(node, inLink = false) {
  if (typeof node === 'string') return document.createTextNode(node);
  const sp = node.span;
  const classes = ['hl', `hl-${sp.kind}`];
  if (sp.source) classes.push('hl-source');
  if (sp.background) classes.push('hl-background');
  const mark = h('mark', {
    class: classes.join(' '),
    title: sp.label,
    dataset: {
      kind: sp.kind,
      start: sp.start,
      end: sp.end,
      entityId: sp.entityId || null,
      country: sp.country || null,
      figureKind: sp.figureKind || null,
      clipped: node.clipped ? 'true' : null,
    },
  });
  const link = !!sp.entityId && !inLink;  // never an <a> inside another
  for (const child of node.children) mark.append(renderNode(child, inLink || link));
  if (link) {
    return h('a', {class: 'hl-link', href: href('entity', sp.entityId)}, mark);
  }
  return mark;
}

// A legend with a checkbox per kind that shows or hides that kind's highlights inside `scope`
// (by toggling a class on it).
export function highlightLegend(scope) {
  const kinds = [
    ['person', 'Persons'],
    ['org', 'Organizations'],
    ['place', 'Places'],
    ['country', 'Countries'],
    ['figure', 'Figures'],
    ['event', 'Event words'],
  ];
  return h(
      'fieldset', {class: 'hl-legend', 'data-testid': 'highlight-legend'},
      h('legend', null, 'Highlight'),
      kinds.map(
          ([kind, label]) =>
              h('label', {class: `hl-key hl-${kind}`}, h('input', {
                  type: 'checkbox',
                  checked: true,
                  dataset: {kind},
                  onchange: (e) => scope.classList.toggle(`hide-${kind}`, !e.target.checked)
                }),
                ' ', label)));
}
