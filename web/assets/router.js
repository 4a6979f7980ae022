// Hash routes, so every view is a deep link and back/forward work without a server round trip:
//   #/?country=KZ&type=Riots&from=2020&to=2022-01&lang=nl&sort=size&page=2   map and stories
//   #/story/ID            one story, its articles side by side and its figure timeline
//   #/article/ID          one article with every extracted fact
//   #/entity/ID           one person or organization
//   #/search?q=…&page=N   search results

const VIEWS = new Set(['story', 'article', 'entity', 'search']);

// Returns {view, id, params} with params a plain object of strings. An unknown route gives
// view 'notfound'.
export function parseHash(hash) {
  let text = (hash || '').replace(/^#/, '');
  if (!text.startsWith('/')) text = `/${text}`;
  const qmark = text.indexOf('?');
  const path = qmark < 0 ? text : text.slice(0, qmark);
  const params = Object.fromEntries(new URLSearchParams(qmark < 0 ? '' : text.slice(qmark + 1)));
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return {view: 'home', id: null, params};
  const view = parts[0];
  if (view === 'search' && parts.length === 1) return {view, id: null, params};
  if (VIEWS.has(view) && parts.length === 2) {
    try {
      return {view, id: decodeURIComponent(parts[1]), params};
    } catch {
      return {view: 'notfound', id: path, params};
    }
  }
  return {view: 'notfound', id: path, params};
}

// Builds a hash: href('story', 's_1') → '#/story/s_1'; href('home', null, {country: 'KZ'}).
// Empty parameters are left out.
export function href(view, id, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const qs = q.toString() ? `?${q}` : '';
  if (view === 'home') return `#/${qs}`;
  if (id === null || id === undefined) return `#/${view}${qs}`;
  return `#/${view}/${encodeURIComponent(id).replace(/%3A/gi, ':')}${qs}`;
}

export function go(hash) {
  if (location.hash !== hash) location.hash = hash;
}
