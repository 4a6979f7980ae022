// Client for the Newsloom JSON API (docs/api.md). Every function returns a Promise of the
// decoded JSON body, or rejects with an ApiError carrying the HTTP status and the server's
// message ({"error": {"code", "message"}}), or a network failure message (status 0).

export class ApiError extends Error {
  constructor(status, message, url) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.url = url;
  }
}

// Encodes one path segment. ':' is legal in a segment and common in ids (p:…, feed:3), so it
// stays readable; everything else that is not unreserved is percent-encoded.
export function segment(id) {
  return encodeURIComponent(String(id)).replace(/%3A/gi, ':');
}

// Builds "?a=1&b=2" from an object, leaving out empty values.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, {headers: {Accept: 'application/json'}});
  } catch (err) {
    throw new ApiError(0, `the server did not answer (${err.message})`, path);
  }
  const body = await response.text();
  let data = null;
  try {
    data = body ? JSON.parse(body) : null;
  } catch {
    if (response.ok) throw new ApiError(response.status, `${path}: the answer is not JSON`, path);
  }
  if (!response.ok) {
    const message = data && data.error && data.error.message ?
        data.error.message :
        `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, path);
  }
  return data;
}

export const api = {
  health: () => getJson('/api/health'),
  // filters: {country, type, from, to, lang, entity, q, sort, page, per_page}
  stories: (filters) => getJson(`/api/stories${query(filters)}`),
  story: (id) => getJson(`/api/stories/${segment(id)}`),
  article: (id) => getJson(`/api/articles/${segment(id)}`),
  entity: (id) => getJson(`/api/entities/${segment(id)}`),
  search: (params) => getJson(`/api/search${query(params)}`),
  exportUrl: (format, filters) => `/api/export${query({...filters, format})}`,
};
