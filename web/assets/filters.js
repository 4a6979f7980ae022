// The filter form of the map view: country, event type, date range, language, sort. Its
// state lives in the URL hash (router.js), so a filtered view is a deep link; changing a
// field navigates to the new hash.

import {EVENT_TYPES} from './colors.js';
import {h} from './dom.js';
import {countryName, langName} from './format.js';

export const FILTER_KEYS = ['country', 'type', 'from', 'to', 'lang', 'entity', 'q', 'sort'];
const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

// Values for the selects, from the (unfiltered) stories: {countries, types, langs}.
export function facetsOf(stories) {
  const countries = new Set();
  const types = new Set(EVENT_TYPES);
  const langs = new Set();
  for (const st of stories) {
    if (st.location && st.location.country) countries.add(st.location.country);
    if (st.event_type) types.add(st.event_type);
    for (const l of st.langs || []) langs.add(l);
  }
  return {
    countries: [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b))),
    types: [...types],
    langs: [...langs].sort((a, b) => langName(a).localeCompare(langName(b))),
  };
}

function select(name, label, current, options) {
  const id = `filter-${name}`;
  const values = options.map(([v]) => v);
  if (current && !values.includes(current)) options = [...options, [current, current]];
  return h(
      'div', {class: 'field'},
      h('label',
        {for: id
        },
        label),
      h('select', {id, name},
        options.map(
            ([v, text]) => h('option', {value: v, selected: v === (current || '')}, text))));
}

function dateInput(name, label, current) {
  const id = `filter-${name}`;
  return h('div', {class: 'field'}, h('label', {for: id
           }, label), h('input', {
             id,
             name,
             type: 'text',
             inputmode: 'numeric',
             pattern: DATE_PATTERN,
             size: 10,
             placeholder: 'YYYY-MM-DD',
             value: current || '',
             title: 'YYYY, YYYY-MM or YYYY-MM-DD'
           }));
}

// onChange(params) receives the form's filter values (empty ones left out).
export function filterForm(params, facets, onChange) {
  const form = h(
      'form', {class: 'filters', 'data-testid': 'filters', 'aria-label': 'Filter stories'},
      select(
          'country', 'Country', params.country,
          [['', 'All countries'], ...facets.countries.map((c) => [c, `${countryName(c)} (${c})`])]),
      select(
          'type', 'Event type', params.type,
          [['', 'All types'], ...facets.types.map((t) => [t, t])]),
      dateInput('from', 'From', params.from), dateInput('to', 'To', params.to),
      select(
          'lang', 'Language', params.lang,
          [['', 'All languages'], ...facets.langs.map((l) => [l, `${langName(l)} (${l})`])]),
      select(
          'sort', 'Sort', params.sort,
          [
            ['', 'Latest first'], ['oldest', 'Oldest first'], ['size', 'Most articles'],
            ...(params.q ? [['relevance', 'Relevance']] : [])
          ]),
      params.entity ? h('input', {type: 'hidden', name: 'entity', value: params.entity}) : null,
      params.q ? h('input', {type: 'hidden', name: 'q', value: params.q}) : null,
      h('div', {class: 'field buttons'}, h('button', {type: 'submit'}, 'Apply'),
        h('button', {
          type: 'reset',
          onclick: (e) => {
            e.preventDefault();
            onChange({});
          }
        },
          'Clear')));
  const emit = () => {
    const values = {};
    for (const key of FILTER_KEYS) {
      const el = form.elements.namedItem(key);
      if (el && el.value) values[key] = el.value.trim();
    }
    onChange(values);
  };
  form.addEventListener('change', (e) => {
    if (e.target.tagName === 'SELECT' || e.target.checkValidity()) emit();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (form.reportValidity()) emit();
  });
  return form;
}

// Chips naming the filters that are not visible as fields (entity, text query), each with a
// remove link.
export function hiddenFilterChips(params, removeHref) {
  const chips = [];
  if (params.entity) chips.push(['entity', `Mentions entity ${params.entity}`]);
  if (params.q) chips.push(['q', `Text: “${params.q}”`]);
  if (!chips.length) return null;
  return h(
      'p', {class: 'chips'},
      chips.map(
          ([key, text]) =>
              h('span', {class: 'chip'}, text, ' ',
                h('a', {href: removeHref(key), 'aria-label': `Remove filter ${key}`}, '×'))));
}
