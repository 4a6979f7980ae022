// A story's reconciled figures (stories.jsonl "figures"): a summary table, and for each kind
// and actor a timeline of every report (value, article, published) with conflicts marked —
// a report that disagrees with the summary value is drawn hollow and flagged.
//
// Stable selectors: [data-testid=figure-timeline] per group with data-kind, data-actor,
// data-conflict; each report row [data-testid=figure-report] with data-article, data-value.

import {figureColor} from './colors.js';
import {h, s} from './dom.js';
import {articleLabel, dateText, langName, num} from './format.js';

const W = 360;
const H = 120;
const PAD = {
  left: 44,
  right: 14,
  top: 12,
  bottom: 28
};

// The summary table: one row per kind and actor with its reconciled value.
export function figureSummaryTable(figures) {
  if (!figures || !figures.length) return h('p', {class: 'muted'}, 'No figures reported.');
  return h(
      'table', {class: 'figure-summary', 'data-testid': 'figure-summary'},
      h('caption', null,
        'Reconciled figures: the latest report; the most conservative when sources of the same day disagree'),
      h('thead', null,
        h('tr', null,
          ['Kind', 'Actor', 'Value', 'Reports', 'Sources agree?'].map(
              (t) => h('th', {scope: 'col'}, t)))),
      h('tbody', null,
        figures.map(
            (f) => h(
                'tr',
                {class: f.conflict ? 'conflict' : null, dataset: {kind: f.kind, actor: f.actor}},
                h('td', null,
                  h('span', {class: 'swatch', style: {background: figureColor(f.kind)}}), f.kind),
                h('td', null, f.actor), h('td', {class: 'num'}, num(f.value)),
                h('td', {class: 'num'}, (f.reports || []).length),
                h('td', null,
                  f.conflict ?
                      h('strong', {class: 'conflict-flag'},
                        '⚠ conflict: ' +
                            [...new Set((f.reports || []).map((r) => num(r.value)))].join(' / ')) :
                      'yes')))));
}

export function figureTimelines(figures, articlesById, articleHref) {
  if (!figures || !figures.length) return null;
  return h(
      'div', {class: 'figure-timelines'},
      figures.map((f) => figureTimeline(f, articlesById, articleHref)));
}

// articlesById: Map id → article (title and language of each report).
function figureTimeline(f, articlesById, articleHref) {
  const reports = f.reports || [];
  const title = `${f.kind} — ${f.actor}`;
  return h(
      'section', {
        class: `figure-timeline${f.conflict ? ' conflict' : ''}`,
        'data-testid': 'figure-timeline',
        dataset: {
          kind: f.kind,
          actor: f.actor,
          conflict: f.conflict ? 'true' : 'false',
          reports: reports.length
        },
        'aria-label': `Figure timeline: ${title}`
      },
      h('h4', null, h('span', {class: 'swatch', style: {background: figureColor(f.kind)}}), title,
        ': ', h('strong', null, num(f.value)),
        f.conflict ? h('span', {class: 'conflict-flag'}, ' ⚠ sources disagree') : null),
      reports.length > 1 ? reportChart(f) : null,
      h('table', {class: 'reports'},
        h('thead', null,
          h('tr', null, ['Value', 'Article', 'Published'].map((t) => h('th', {scope: 'col'}, t)))),
        h('tbody', null, reports.map((r) => {
          const a = articlesById.get(r.article);
          const differs = r.value !== f.value;
          return h(
              'tr', {
                'data-testid': 'figure-report',
                class: differs && f.conflict ? 'differs' : null,
                dataset: {article: r.article, value: r.value}
              },
              h('td', {class: 'num'}, `${r.approx ? '~' : ''}${num(r.value)}`,
                differs && f.conflict ? ' ≠' : ''),
              h('td', null,
                h('a', {href: articleHref(r.article), dir: 'auto'},
                  a ? articleLabel(a, 60) : r.article),
                a ? h('span', {class: 'lang-badge', title: langName(a.lang)}, a.lang) : null),
              h('td', null, dateText(r.published)));
        }))));
}

// Values of the reports in their order (the API orders them by publication), as a step chart.
function reportChart(f) {
  const reports = f.reports;
  const max = Math.max(1, ...reports.map((r) => r.value));
  const x = (i) => PAD.left +
      (reports.length === 1 ? 0.5 : i / (reports.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const color = figureColor(f.kind);
  const svg =
      s('svg', {
        class: 'report-chart',
        viewBox: `0 0 ${W} ${H}`,
        role: 'img',
        'aria-label':
            `Reports of ${f.kind} (${f.actor}) in order: ${reports.map((r) => r.value).join(', ')}`
      },
        s('line', {class: 'axis', x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0)}),
        s('text', {class: 'axis-tick', x: PAD.left - 6, y: y(max) + 4, 'text-anchor': 'end'},
          num(max)),
        s('text', {class: 'axis-tick', x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end'}, '0'),
        s('polyline', {
          fill: 'none',
          stroke: color,
          'stroke-width': 1.5,
          points: reports.map((r, i) => `${x(i).toFixed(1)},${y(r.value).toFixed(1)}`).join(' ')
        }));
  reports.forEach((r, i) => {
    const differs = r.value !== f.value;
    svg.append(
        s('circle', {
          cx: x(i).toFixed(1),
          cy: y(r.value).toFixed(1),
          r: 5,
          fill: differs && f.conflict ? '#fff' : color,
          stroke: color,
          'stroke-width': 2,
          class: differs && f.conflict ? 'differs' : null
        },
          s('title', null,
            `${r.approx ? '~' : ''}${r.value} — ${r.article} (${dateText(r.published)})`)));
    const label = dateText(r.published);
    if (i === 0 || label !== dateText(reports[i - 1].published)) {
      const anchor = i === 0 ? 'start' : i === reports.length - 1 ? 'end' : 'middle';
      svg.append(s('text', {class: 'axis-tick', x: x(i), y: H - 8, 'text-anchor': anchor}, label));
    }
  });
  return svg;
}
