// One person or organization: its variants (with script and count), its stories and the
// articles that mention it.

import {api} from './api.js';
import {errorBox, h, loading, replace} from './dom.js';
import {dateText, langName, num} from './format.js';
import {href} from './router.js';
import {storyList} from './story_list.js';

const KINDS = {
  person: 'Person',
  organization: 'Organization',
  org: 'Organization'
};

export async function renderEntity(view, route) {
  replace(view, loading('the entity'));
  let data;
  try {
    data = await api.entity(route.id);
  } catch (err) {
    replace(
        view, h('p', {class: 'back'}, h('a', {href: '#/'}, '← Map and stories')), errorBox(err));
    return;
  }
  const {entity, stories = [], articles = []} = data;
  replace(
      view, h('p', {class: 'back'}, h('a', {href: '#/'}, '← Map and stories')),
      h('header',
        {class: 'entity-header', 'data-testid': 'entity-header', dataset: {entityId: entity.id}},
        h('h1', null, entity.display_name),
        h('p', {class: 'muted'},
          `${KINDS[entity.kind] || entity.kind || 'Entity'} · ${
              num(entity.mention_count)} mentions in ` +
              `${num(entity.article_count)} articles · seen ${dateText(entity.first_seen)} – ${
                  dateText(entity.last_seen)}`),
        h('p', null,
          h('a', {href: href('home', null, {entity: entity.id})}, 'Show its stories on the map'))),
      h('section', {'aria-labelledby': 'variants-title'},
        h('h2', {id: 'variants-title'}, 'Written as'),
        h('table', {class: 'variants', 'data-testid': 'variants'},
          h('thead', null,
            h('tr', null, ['Variant', 'Script', 'Count'].map((t) => h('th', {scope: 'col'}, t)))),
          h('tbody', null,
            (entity.variants || [])
                .map(
                    (v) =>
                        h('tr', {dataset: {script: v.script}}, h('td', {dir: 'auto'}, v.text),
                          h('td', null, v.script), h('td', {class: 'num'}, num(v.count))))))),
      h('section', {'aria-labelledby': 'entity-stories-title'},
        h('h2', {id: 'entity-stories-title'}, `Stories (${stories.length})`), storyList(stories)),
      h('section', {'aria-labelledby': 'entity-articles-title'},
        h('h2', {id: 'entity-articles-title'}, `Articles (${articles.length})`),
        h('ul', {class: 'article-list', 'data-testid': 'entity-articles'},
          articles.map(
              (a) => h(
                  'li', {dataset: {articleId: a.id, lang: a.lang}},
                  h('span', {class: 'lang-badge', title: langName(a.lang)}, a.lang), ' ',
                  h('a', {href: href('article', a.id), dir: 'auto'}, a.title || a.id), ' ',
                  h('span', {class: 'muted'},
                    dateText(
                        a.published_inferred ? {date: a.published, inferred: true} : a.published)),
                  a.story_id ? [' · ', h('a', {href: href('story', a.story_id)}, 'story')] :
                               null)))));
  document.title = `${entity.display_name} — Newsloom`;
}
