// Search results (GET /api/search): stories ranked by their best matching articles, each with
// the matching articles' titles and snippets in their own language.

import {api} from './api.js';
import {errorBox, h, loading, replace} from './dom.js';
import {langName, num} from './format.js';
import {href} from './router.js';
import {pager, storyItem} from './story_list.js';

const PER_PAGE = 20;

export async function renderSearch(view, route) {
  const q = (route.params.q || '').trim();
  const page = Math.max(1, parseInt(route.params.page, 10) || 1);
  if (!q) {
    replace(
        view, h('h1', null, 'Search'),
        h('p', null, 'Type words in any language into the search box above.'));
    return;
  }
  replace(view, h('h1', null, 'Search: ', h('q', null, q)), loading('results'));
  let answer;
  try {
    answer = await api.search({q, page, per_page: PER_PAGE});
  } catch (err) {
    replace(view, h('h1', null, 'Search: ', h('q', null, q)), errorBox(err));
    return;
  }
  const items = answer.items || [];
  replace(
      view, h('h1', null, 'Search: ', h('q', null, q)),
      h('p', {class: 'muted', 'data-testid': 'search-total'},
        `${num(answer.total)} ${answer.total === 1 ? 'story' : 'stories'}`, ' · ',
        h('a', {href: href('home', null, {q, sort: 'relevance'})}, 'show on the map')),
      items.length ? h('ol', {class: 'story-list search-results', 'data-testid': 'search-results'},
                       items.map((it) => storyItem(it.story, matches(it)))) :
                     h('p', {class: 'muted', 'data-testid': 'empty'}, 'Nothing found.'),
      pager(
          {total: answer.total, page: answer.page || page, per_page: answer.per_page || PER_PAGE},
          (n) => href('search', null, {q, page: n})));
  document.title = `${q} — Newsloom search`;
}

function matches(item) {
  const list = item.matches || [];
  return h(
      'div', {class: 'matches'},
      typeof item.score === 'number' ?
          h('span', {class: 'score', title: 'relevance'}, `${Math.round(item.score * 100)}%`) :
          null,
      list.length ?
          h('ul', null,
            list.map(
                (m) => h(
                    'li', {dataset: {articleId: m.article, lang: m.lang}},
                    h('span', {class: 'lang-badge', title: langName(m.lang)}, m.lang), ' ',
                    h('a', {href: href('article', m.article), lang: m.lang, dir: 'auto'},
                      m.title || m.article),
                    m.snippet ? h('div', {class: 'snippet', lang: m.lang, dir: 'auto'}, m.snippet) :
                                null))) :
          null);
}
