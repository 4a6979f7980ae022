// Entry point: renders the view named by the URL hash on load and on every hash change
// (so deep links, reload and back/forward all work), wires the search box and shows the
// server's health in the header.

import {api} from './api.js';
import {errorBox, h, replace} from './dom.js';
import {plural} from './format.js';
import {go, href, parseHash} from './router.js';
import {renderArticle} from './view_article.js';
import {renderEntity} from './view_entity.js';
import {renderHome} from './view_home.js';
import {renderSearch} from './view_search.js';
import {renderStory} from './view_story.js';

const VIEWS = {
  home: renderHome,
  story: renderStory,
  article: renderArticle,
  entity: renderEntity,
  search: renderSearch,
  notfound: (view, route) => replace(
      view, h('h1', null, 'Not found'),
      errorBox({status: 404, message: `there is no page "${route.id}" in this UI`}),
      h('p', null, h('a', {href: '#/'}, 'Back to the map'))),
};

const main = document.getElementById('main');
let lastView = null;

async function render() {
  const route = parseHash(location.hash);
  const view =
      h('div', {class: `view view-${route.view}`, 'data-view': route.view, 'aria-busy': 'true'});
  replace(main, view);
  document.title = 'Newsloom';
  document.getElementById('search-input').value =
      route.view === 'search' ? route.params.q || '' : '';
  if (route.view !== lastView || route.view !== 'home') window.scrollTo(0, 0);
  if (route.view !== lastView && lastView !== null) main.focus({preventScroll: true});
  lastView = route.view;
  try {
    await VIEWS[route.view](view, route);
  } catch (err) {
    console.error(err);
    replace(view, errorBox(err));
  } finally {
    view.setAttribute('aria-busy', 'false');
    if (view.isConnected) document.body.dataset.ready = location.hash || '#/';
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = event.target.elements.q.value.trim();
  if (q) go(href('search', null, {q}));
});

async function showHealth() {
  const status = document.getElementById('status');
  try {
    const health = await api.health();
    status.textContent =
        `${plural(health.stories, 'story', 'stories')} · ${plural(health.articles, 'article')}`;
    if (health.search === false) status.textContent += ' · search index off';
  } catch (err) {
    status.textContent = `Server: ${err.message}`;
    status.classList.add('bad');
  }
}

window.addEventListener('hashchange', render);
render();
showHealth();
