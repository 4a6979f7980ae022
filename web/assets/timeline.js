// A timeline drawn by hand in SVG: articles per period as bars and, below them, figures per
// period (killed, injured, arrested, … summed) as lines on a log scale. The period (day,
// month or year) adapts to the span of the data. Bars are buttons: clicking one calls
// onSelect(from, to) with that period's bounds (used to filter by date).

import {figureColor} from './colors.js';
import {h, s} from './dom.js';
import {dateStart, num} from './format.js';

const WIDTH = 960;
const BAR_H = 90;
const FIG_H = 70;
const TOP = 14;
const GAP = 22;
const LEFT = 58;
const RIGHT = 12;
const HEIGHT = TOP + BAR_H + GAP + FIG_H + 24;
const FIGURE_KINDS =
    ['killed', 'injured', 'arrested', 'hospitalized', 'missing', 'deployed', 'crowd'];

function pad(n) {
  return String(n).padStart(2, '0');
}

// Period key of a date string for a unit; a date less precise than the unit goes to the
// period's first sub-period ("2022" in months → "2022-01").
function periodKey(date, unit) {
  const t = new Date(dateStart(date));
  if (unit === 'year') return String(t.getUTCFullYear());
  if (unit === 'month') return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function nextPeriod(key, unit) {
  const t = new Date(dateStart(key));
  if (unit === 'year')
    t.setUTCFullYear(t.getUTCFullYear() + 1);
  else if (unit === 'month')
    t.setUTCMonth(t.getUTCMonth() + 1);
  else
    t.setUTCDate(t.getUTCDate() + 1);
  return periodKey(t.toISOString().slice(0, 10), unit);
}

// The period: by the span of the data, never finer than its most precise date (month-dated
// articles alone are counted per month, not piled on the first day).
function chooseUnit(minT, maxT, finest) {
  const days = (maxT - minT) / 86400000;
  if (days > 6 * 366 || finest === 'year') return 'year';
  if (days > 120 || finest === 'month') return 'month';
  return 'day';
}

function finestPrecision(dates) {
  const longest = Math.max(...dates.map((d) => String(d).length));
  return longest >= 10 ? 'day' : longest >= 7 ? 'month' : 'year';
}

// items: [{date: 'YYYY[-MM[-DD]]', articles: n, figures: {kind: value}}]; undated items are
// counted apart. Returns the list of periods {key, articles, figures}, the unit and the
// undated count.
export function binItems(items) {
  const dated = items.filter((it) => Number.isFinite(dateStart(it.date)));
  const undated = items.length - dated.length;
  if (!dated.length) return {periods: [], unit: 'month', undated};
  const times = dated.map((it) => dateStart(it.date));
  const unit = chooseUnit(
      Math.min(...times), Math.max(...times), finestPrecision(dated.map((it) => it.date)));
  const byKey = new Map();
  for (const it of dated) {
    const key = periodKey(it.date, unit);
    const p = byKey.get(key) || {key, articles: 0, figures: {}};
    p.articles += it.articles || 0;
    for (const [kind, v] of Object.entries(it.figures || {}))
      p.figures[kind] = (p.figures[kind] || 0) + v;
    byKey.set(key, p);
  }
  const keys = [...byKey.keys()].sort();
  const periods = [];
  for (let k = keys[0], guard = 0; guard < 2000; k = nextPeriod(k, unit), guard++) {
    periods.push(byKey.get(k) || {key: k, articles: 0, figures: {}});
    if (k === keys[keys.length - 1]) break;
  }
  return {periods, unit, undated};
}

export function timelineChart(items, {title = 'Timeline', onSelect = null} = {}) {
  const {periods, unit, undated} = binItems(items);
  const figure = h('figure', {class: 'timeline', 'data-testid': 'timeline'});
  figure.append(
      h('figcaption', null, title, periods.length ? ` (per ${unit})` : '',
        undated ? ` — ${undated} undated not shown` : ''));
  if (!periods.length) {
    figure.append(h('p', {class: 'muted'}, 'No dated articles.'));
    return figure;
  }
  const plotW = WIDTH - LEFT - RIGHT;
  const step = plotW / periods.length;
  const maxArticles = Math.max(1, ...periods.map((p) => p.articles));
  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'timeline-svg',
    role: 'img',
    'aria-label': `${title}: articles and figures per ${unit}`
  });
  svg.append(
      s('text', {x: LEFT - 6, y: TOP + BAR_H / 2 + 4, class: 'axis-label', 'text-anchor': 'end'},
        'articles'),
      s('text', {x: LEFT - 6, y: TOP + 8, class: 'axis-tick', 'text-anchor': 'end'},
        num(maxArticles)));
  periods.forEach((p, i) => {
    const bh = (p.articles / maxArticles) * BAR_H;
    const x = LEFT + i * step;
    const bw = Math.max(1, Math.min(48, step * 0.8));
    const bar =
        s('rect', {
          x: (x + (step - bw) / 2).toFixed(2),
          y: (TOP + BAR_H - bh).toFixed(2),
          width: bw.toFixed(2),
          height: bh.toFixed(2),
          class: 'bar',
          dataset: {period: p.key, count: p.articles}
        },
          s('title', null, `${p.key}: ${p.articles} articles`));
    if (onSelect && p.articles) {
      bar.setAttribute('tabindex', '0');
      bar.setAttribute('role', 'button');
      bar.setAttribute('aria-label', `${p.key}: ${p.articles} articles; show only this ${unit}`);
      const pick = () => onSelect(p.key, p.key);
      bar.addEventListener('click', pick);
      bar.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          pick();
        }
      });
    }
    svg.append(bar);
  });
  drawFigureLines(svg, periods, step);
  drawTicks(svg, periods, step);
  figure.append(svg, figureLegend(periods));
  return figure;
}

function drawFigureLines(svg, periods, step) {
  const top = TOP + BAR_H + GAP;
  const maxV = Math.max(1, ...periods.flatMap((p) => Object.values(p.figures)));
  const y = (v) => top + FIG_H - (Math.log10(1 + v) / Math.log10(1 + maxV)) * FIG_H;
  svg.append(
      s('text', {x: LEFT - 6, y: top + FIG_H / 2 + 4, class: 'axis-label', 'text-anchor': 'end'},
        'figures'),
      s('text', {x: LEFT - 6, y: top + FIG_H / 2 + 16, class: 'axis-tick', 'text-anchor': 'end'},
        '(log)'),
      s('text', {x: LEFT - 6, y: top + 8, class: 'axis-tick', 'text-anchor': 'end'}, num(maxV)),
      s('line', {x1: LEFT, x2: WIDTH - RIGHT, y1: top + FIG_H, y2: top + FIG_H, class: 'axis'}));
  for (const kind of FIGURE_KINDS) {
    const pts = periods.map((p, i) => [LEFT + (i + 0.5) * step, p.figures[kind]])
                    .filter(([, v]) => v !== undefined);
    if (!pts.length) continue;
    const g = s('g', {class: 'figure-series', dataset: {kind}});
    if (pts.length > 1) {
      g.append(s('polyline', {
        points: pts.map(([x, v]) => `${x.toFixed(1)},${y(v).toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: figureColor(kind),
        'stroke-width': 1.5
      }));
    }
    for (const [x, v] of pts) {
      g.append(
          s('circle', {cx: x.toFixed(1), cy: y(v).toFixed(1), r: 3, fill: figureColor(kind)},
            s('title', null, `${kind}: ${num(v)}`)));
    }
    svg.append(g);
  }
}

function drawTicks(svg, periods, step) {
  const every = Math.ceil(periods.length / 12);
  const base = TOP + BAR_H;
  svg.append(s('line', {x1: LEFT, x2: WIDTH - RIGHT, y1: base, y2: base, class: 'axis'}));
  periods.forEach((p, i) => {
    if (i % every) return;
    svg.append(
        s('text',
          {x: LEFT + (i + 0.5) * step, y: base + 14, class: 'axis-tick', 'text-anchor': 'middle'},
          p.key));
  });
}

function figureLegend(periods) {
  const kinds = FIGURE_KINDS.filter((k) => periods.some((p) => p.figures[k] !== undefined));
  if (!kinds.length) return h('p', {class: 'muted'}, 'No figures reported.');
  return h(
      'ul', {class: 'legend figure-legend'},
      kinds.map(
          (k) =>
              h('li', null, h('span', {class: 'swatch', style: {background: figureColor(k)}}), k)));
}
