// One article with every extracted fact: the highlighted text beside lists of places,
// countries, persons, organizations, events and figures.

import {api} from './api.js';
import {articleColumn} from './article_column.js';
import {errorBox, h, loading, replace} from './dom.js';
import {countryName, dateText, num} from './format.js';
import {highlightLegend} from './highlight.js';
import {href} from './router.js';

export async function renderArticle(view, route) {
  replace(view, loading('the article'));
  let article;
  try {
    article = await api.article(route.id);
  } catch (err) {
    replace(
        view, h('p', {class: 'back'}, h('a', {href: '#/'}, '← Map and stories')), errorBox(err));
    return;
  }
  const column = articleColumn(article, {showStoryLink: true, showArticleLink: false});
  replace(
      view,
      h('p', {class: 'back'},
        article.story_id ? h('a', {href: href('story', article.story_id)}, '← Story') :
                           h('a', {href: '#/'}, '← Map and stories')),
      h('h1', {class: 'visually-hidden'}, article.title || article.id),
      h('div', {class: 'article-page'},
        h('div', {class: 'article-main'}, highlightLegend(column), column),
        h('aside', {class: 'facts-panel', 'aria-label': 'Extracted facts'}, factLists(article))));
  document.title = `${article.title || article.id} — Newsloom`;
}

function section(title, items, render) {
  if (!items || !items.length) return null;
  return h(
      'section', {class: 'fact-list', dataset: {facts: title.toLowerCase()}},
      h('h2', null, `${title} (${items.length})`),
      h('ul', null, items.map((it) => h('li', null, render(it)))));
}

function mentionsText(list) {
  const surfaces = [...new Set((list || []).map((m) => m.surface))];
  // <bdi> isolates each surface, so Arabic or Hebrew text does not reorder the list around it.
  return surfaces.length ?
      h('span', {class: 'muted'}, ' — ',
        surfaces.map((text, i) => [i ? ', ' : '', '“', h('bdi', null, text), '”'])) :
      null;
}

function entityLink(e) {
  const label = [
    h('bdi', null, e.name),
    e.written && e.written !== e.name ? [' (', h('bdi', null, e.written), ')'] : '',
    e.role ? `, ${e.role}` : '', e.source ? ', cited as source' : ''
  ];
  return [
    e.entity_id ? h('a', {href: href('entity', e.entity_id)}, label) : h('span', null, label),
    mentionsText(e.mentions)
  ];
}

function factLists(article) {
  const loc = article.location;
  return [
    h('section', {class: 'fact-list', dataset: {facts: 'location'}}, h('h2', null, 'Main location'),
      h('p', null,
        loc ? `${loc.place || loc.admin1 || ''}${loc.place || loc.admin1 ? ', ' : ''}${
                  countryName(loc.country)}` +
                ` (precision ${loc.precision})` :
              'unknown')),
    section(
        'Countries', article.countries,
        (c) => [`${c.name || countryName(c.code)} (${c.code})`, mentionsText(c.mentions)]),
    section(
        'Places', article.places,
        (p) =>
            [`${p.name}${p.kind === 'subdivision' ? ' (region)' : ''}, ${p.country}`,
             mentionsText(p.mentions)]),
    section('Persons', article.persons, entityLink),
    section('Organizations', article.organizations, entityLink),
    section(
        'Events', article.events,
        (ev) =>
            [h('strong', null, ev.type), ev.subtype ? ` / ${ev.subtype}` : '',
             ` — ${ev.date ? `${ev.date} (${ev.date_precision})` : 'undated'}`,
             ev.background ? h('span', {class: 'note'}, ' background') : '',
             (ev.actors || []).length ?
                 h('div', {class: 'muted'}, 'Actors: ',
                   ev.actors.map((a) => a.name ? `${a.role} (${a.name})` : a.role).join(', ')) :
                 null]),
    section(
        'Figures', article.figures,
        (f) =>
            [h('strong', null,
               `${f.kind}: ${f.qualifier ? `${f.qualifier} ` : ''}${f.approx ? '~' : ''}${
                   num(f.value)}`),
             ` ${f.actor_name || f.actor}`,
             f.background ? h('span', {class: 'note'}, ' background') : '',
             h('div', {class: 'muted'}, '“', h('bdi', null, f.text), '”')]),
    h('p', {class: 'muted'},
      `Published ${dateText(article.published)} · language ${article.lang}` +
          (typeof article.lang_confidence === 'number' ?
               ` (${Math.round(article.lang_confidence * 100)}%)` :
               '')),
  ];
}
