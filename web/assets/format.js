// Display helpers: names of countries and languages (from the browser's own Intl data, so no
// table has to be shipped), dates as the API gives them (YYYY, YYYY-MM, YYYY-MM-DD), numbers.

const regionNames = safeDisplayNames('region');
const languageNames = safeDisplayNames('language');

function safeDisplayNames(type) {
  try {
    return new Intl.DisplayNames(['en'], {type});
  } catch {
    return null;
  }
}

export function countryName(code) {
  if (!code) return 'unknown country';
  try {
    return (regionNames && regionNames.of(code)) || code;
  } catch {
    return code;
  }
}

export function langName(code) {
  if (!code || code === 'und') return 'undetermined';
  try {
    return (languageNames && languageNames.of(code)) || code;
  } catch {
    return code;
  }
}

// Scripts written right to left; their article text gets dir="rtl".
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);
export function langDir(code) {
  return RTL.has(code) ? 'rtl' : 'auto';
}

// A published object ({date, precision, inferred}) or a plain date string → text.
export function dateText(value) {
  if (!value) return 'undated';
  if (typeof value === 'string') return value;
  return value.inferred ? `${value.date} (inferred)` : value.date;
}

export function dateRange(first, last) {
  if (!first && !last) return 'undated';
  if (!last || first === last) return first || last;
  return `${first} – ${last}`;
}

const numberFormat = new Intl.NumberFormat('en');
export function num(n) {
  return typeof n === 'number' ? numberFormat.format(n) : String(n ?? '');
}

export function plural(n, one, many) {
  return `${num(n)} ${n === 1 ? one : (many || `${one}s`)}`;
}

// "2022-01" → milliseconds at the start of that period (UTC); NaN when not a date.
export function dateStart(text) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || '');
  if (!m) return NaN;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

// The number of articles of a story summary (article_count, else the member list's length).
export function articleCount(story) {
  if (typeof story.article_count === 'number') return story.article_count;
  return Array.isArray(story.articles) ? story.articles.length : 0;
}

// A short label for an article: its title, else the start of its text.
export function articleLabel(article, max = 80) {
  if (article.title) return article.title;
  const text = (article.text || '').trim().split('\n')[0];
  if (!text) return article.id;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// "Almaty, Kazakhstan" for a location object; just the country when no town is known (or the
// place is the country itself).
export function placeText(loc) {
  if (!loc) return 'Place unknown';
  const country = loc.country ? countryName(loc.country) : '';
  if (loc.place && loc.place !== country && loc.place !== loc.country) {
    return country ? `${loc.place}, ${country}` : loc.place;
  }
  return country || loc.place || 'Place unknown';
}
