// Colours by ACLED event type, and by fact kind for highlighted spans. The palette is
// colour-blind friendly (Okabe–Ito) and matches the CSS variables in app.css.

export const EVENT_TYPES = [
  'Protests',
  'Riots',
  'Violence against civilians',
  'Battles',
  'Explosions/Remote violence',
  'Strategic developments',
];

const EVENT_COLORS = {
  'Protests': '#0072B2',
  'Riots': '#D55E00',
  'Violence against civilians': '#CC79A7',
  'Battles': '#E69F00',
  'Explosions/Remote violence': '#000000',
  'Strategic developments': '#009E73',
};
const UNKNOWN_COLOR = '#7f7f7f';

export function eventColor(type) {
  return EVENT_COLORS[type] || UNKNOWN_COLOR;
}

// A short stable slug for CSS classes and data attributes: 'Violence against civilians' →
// 'violence-against-civilians'; null → 'none'.
export function slug(text) {
  if (!text) return 'none';
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// Colours of figure kinds in the timelines.
const FIGURE_COLORS = {
  killed: '#B2182B',
  injured: '#EF8A62',
  arrested: '#2166AC',
  hospitalized: '#D6604D',
  missing: '#762A83',
  deployed: '#1B7837',
  crowd: '#5E5E5E',
};
export function figureColor(kind) {
  return FIGURE_COLORS[kind] || UNKNOWN_COLOR;
}
