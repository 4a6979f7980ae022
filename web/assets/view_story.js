// A story: its headline and leads, reconciled figures with the timeline of every report,
// the timeline of its articles, and every article in every language side by side with the
// extracted facts highlighted.

import {api} from './api.js';
import {articleColumn, columnId} from './article_column.js';
import {eventColor} from './colors.js';
import {errorBox, h, loading, replace} from './dom.js';
import {figureSummaryTable, figureTimelines} from './figures.js';
import {dateRange, langName, placeText, plural} from './format.js';
import {highlightLegend} from './highlight.js';
import {href} from './router.js';
import {timelineChart} from './timeline.js';

export async function renderStory(view, route) {
  replace(view, loading('the story'));
  let data;
  try {
    data = await api.story(route.id);
  } catch (err) {
    replace(view, backLink(), errorBox(err));
    return;
  }
  const {story, articles} = data;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const columns =
      h('div', {class: 'columns', 'data-testid': 'article-columns'},
        orderColumns(story, articles).map((a) => articleColumn(a)));
  replace(
      view, backLink(),
      h('header', {
        class: 'story-header',
        'data-testid': 'story-header',
        dataset: {storyId: story.id, country: (story.location && story.location.country) || null}
      },
        h('h1', {dir: 'auto'},
          story.headline && story.headline.text ? story.headline.text : story.id),
        storyFacts(story, articles), leads(story)),
      h('section', {class: 'figures-panel', 'aria-labelledby': 'figures-title'},
        h('h2', {id: 'figures-title'}, 'Figures'), figureSummaryTable(story.figures),
        (story.figures || []).length ?
            h('details', {class: 'figure-details', open: true},
              h('summary', null, 'Every report, per kind and actor'),
              figureTimelines(story.figures, byId, (id) => `#${columnId(id)}`)) :
            null),
      h('section', {class: 'articles-panel', 'aria-labelledby': 'articles-title'},
        h('h2', {id: 'articles-title'},
          `${plural(articles.length, 'article')} in ${
              plural((story.langs || []).length, 'language')}`),
        highlightLegend(columns), columns),
      h('section', {class: 'timeline-panel', 'aria-label': 'Story timeline'},
        timelineChart(
            articles.map((a) => ({
                           date: a.published && a.published.date,
                           articles: 1,
                           figures: figuresOf(a),
                         })),
            {title: 'Articles and their figures over time'})));
  document.title = `${story.headline ? story.headline.text : story.id} — Newsloom`;
  wireReportLinks(view);
}

function backLink() {
  return h('p', {class: 'back'}, h('a', {href: '#/'}, '← Map and stories'));
}

// Columns grouped by language in the story's language order, member order inside a language.
function orderColumns(story, articles) {
  const rank = new Map((story.langs || []).map((l, i) => [l, i]));
  return articles.map((a, i) => [a, i])
      .sort(([a, i], [b, j]) => (rank.get(a.lang) ?? 99) - (rank.get(b.lang) ?? 99) || i - j)
      .map(([a]) => a);
}

function storyFacts(story, articles) {
  const loc = story.location;
  const entityOf = new Map();
  for (const a of articles)
    for (const p of a.persons || [])
      if (p.entity_id) entityOf.set(p.name, p.entity_id);
  const dl = h('dl', {class: 'facts'});
  const row = (term, ...value) => dl.append(h('dt', null, term), h('dd', null, ...value));
  row('Event type',
      h('span', {class: 'swatch round', style: {background: eventColor(story.event_type)}}),
      story.event_type || 'none');
  row('Where', placeText(loc),
      loc && loc.country ?
          [' ', h('a', {href: href('home', null, {country: loc.country})}, 'more here')] :
          null);
  row('When', dateRange(story.first_published, story.last_published));
  row('Languages', (story.langs || []).map(langName).join(', '));
  if ((story.persons || []).length) {
    row('People',
        story.persons.map(
            (name, i) =>
                [i ? ', ' : '',
                 entityOf.has(name) ? h('a', {href: href('entity', entityOf.get(name))}, name) :
                                      name]));
  }
  return dl;
}

function leads(story) {
  const list = story.leads || [];
  if (!list.length) return null;
  return h(
      'details', {class: 'leads'},
      h('summary', null, `Leads in ${plural(list.length, 'other language')}`),
      h('ul', null,
        list.map(
            (l) =>
                h('li', null, h('span', {class: 'lang-badge'}, l.lang), ' ',
                  h('a', {href: `#${columnId(l.article)}`, lang: l.lang, dir: 'auto'}, l.text)))));
}

// The article's figures outside background, summed by kind.
function figuresOf(article) {
  const out = {};
  for (const f of article.figures || [])
    if (!f.background) out[f.kind] = (out[f.kind] || 0) + f.value;
  return out;
}

// Links to "#a-ID" scroll to the column instead of changing the route.
function wireReportLinks(view) {
  view.addEventListener('click', (e) => {
    const a = e.target.closest('a[href^="#a-"]');
    if (!a) return;
    e.preventDefault();
    const target = document.getElementById(a.getAttribute('href').slice(1));
    if (target) {
      target.scrollIntoView({behavior: 'smooth', block: 'nearest', inline: 'start'});
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1500);
      target.setAttribute('tabindex', '-1');
      target.focus({preventScroll: true});
    }
  });
}
