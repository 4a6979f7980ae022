// The start view: filters, the world map, the story list (paged) and the timeline of the
// filtered stories. Everything it shows follows the hash parameters (router.js).

import {api} from './api.js';
import {EVENT_TYPES, eventColor} from './colors.js';
import {errorBox, h, loading, replace} from './dom.js';
import {facetsOf, FILTER_KEYS, filterForm, hiddenFilterChips} from './filters.js';
import {articleCount, num} from './format.js';
import {WorldMap} from './map.js';
import {go, href} from './router.js';
import {pager, storyList} from './story_list.js';
import {timelineChart} from './timeline.js';

const PER_PAGE = 20;
const MAP_LIMIT = 500;  // the API's largest page

let facetsPromise = null;  // facets of all stories, fetched once per page load

function filtersOf(params) {
  const f = {};
  for (const key of FILTER_KEYS)
    if (params[key]) f[key] = params[key];
  return f;
}

export async function renderHome(view, route) {
  const params = route.params;
  const filters = filtersOf(params);
  const page = Math.max(1, parseInt(params.page, 10) || 1);
  const navigate = (next) => go(href('home', null, next));

  const mapBox = h('div', {class: 'map-box'});
  const listBox =
      h('section', {class: 'list-panel', 'aria-labelledby': 'list-title'}, loading('stories'));
  const timelineBox = h('section', {class: 'timeline-panel', 'aria-label': 'Timeline'});
  const formBox = h('div', {class: 'filter-box'});
  replace(
      view, h('h1', {class: 'visually-hidden'}, 'Stories on the map'), formBox,
      hiddenFilterChips(params, (key) => href('home', null, {...filters, [key]: ''})),
      h('div', {class: 'home-grid'},
        h('div', {class: 'map-panel'},
          h('section', {'aria-label': 'Map'}, mapBox, eventLegend(filters)), timelineBox),
        listBox));
  const map = new WorldMap(mapBox, {onCountry: (code) => navigate({...filters, country: code})});

  if (!facetsPromise) {
    facetsPromise = api.stories({per_page: MAP_LIMIT}).then((a) => facetsOf(a.items));
    facetsPromise.catch(() => {
      facetsPromise = null;
    });
  }
  facetsPromise.then(
      (facets) => replace(formBox, filterForm(params, facets, navigate)),
      (err) => replace(formBox, errorBox(err)));

  try {
    const [all, listed] = await Promise.all([
      api.stories({...filters, per_page: MAP_LIMIT}),
      api.stories({...filters, page, per_page: PER_PAGE}),
    ]);
    const onMap = map.update(all.items);
    replace(
        listBox,
        h('h2', {id: 'list-title'},
          `${num(listed.total)} ${listed.total === 1 ? 'story' : 'stories'}`),
        h('p', {class: 'muted', 'data-testid': 'map-count'},
          `${onMap} on the map` +
              (all.total > all.items.length ? ` (the first ${all.items.length})` : '') + '.',
          ' Export: ', exportLinks(filters)),
        storyList(listed.items), pager(listed, (n) => href('home', null, {...filters, page: n})));
    replace(timelineBox, timelineChart(timelineItems(all.items), {
              title: 'Articles and figures over time (by story start)',
              onSelect: (from, to) => navigate({...filters, from, to}),
            }));
  } catch (err) {
    replace(listBox, errorBox(err));
  }
}

function exportLinks(filters) {
  return [['jsonl', 'JSON lines'], ['csv', 'CSV'], ['geojson', 'GeoJSON']].map(
      ([format, label], i) =>
          [i ? ' · ' : '',
           h('a', {href: api.exportUrl(format, filters), download: `stories.${format}`}, label)]);
}

// Event type colours, each a link that filters by that type.
function eventLegend(filters) {
  return h(
      'ul', {class: 'legend event-legend', 'aria-label': 'Event types'},
      EVENT_TYPES.concat([null]).map(
          (type) => h(
              'li', null, h('span', {class: 'swatch round', style: {background: eventColor(type)}}),
              type ? h('a', {
                href: href('home', null, {...filters, type, page: ''}),
                'aria-current': filters.type === type ? 'true' : null
              },
                       type) :
                     'No event type')));
}

// Each story contributes its articles and its reconciled figures (summed by kind) at its
// first publication date.
function timelineItems(stories) {
  return stories.map((st) => {
    const figures = {};
    for (const f of st.figures || []) figures[f.kind] = (figures[f.kind] || 0) + (f.value || 0);
    return {date: st.first_published, articles: articleCount(st), figures};
  });
}
