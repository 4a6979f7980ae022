// Small DOM helpers: element construction without innerHTML (all text goes through
// textContent, so API data can never inject markup).

const SVG_NS = 'http://www.w3.org/2000/svg';

// h('a', {href: '#/', class: 'x', dataset: {storyId: 'id'}, onclick: fn}, 'text', child, ...)
// Attributes whose value is null, undefined or false are left out; children that are null,
// undefined or false are skipped; arrays of children are flattened.
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

// Same as h() for SVG elements.
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') {
      for (const [k, v] of Object.entries(value))
        if (v !== null && v !== undefined) el.dataset[k] = v;
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(el.style, value);  // CSSOM, allowed under a strict Content-Security-Policy
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child))
      append(el, child);
    else
      el.append(child instanceof Node ? child : String(child));
  }
}

// Replaces every child of `el` with `children`.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// An error box for a failed request or a bad link (role=alert so screen readers announce it).
export function errorBox(err) {
  const status = err && err.status ? ` (HTTP ${err.status})` : '';
  return h(
      'div', {class: 'error', role: 'alert', 'data-testid': 'error'},
      h('strong', null, 'Could not load this page', status, ': '),
      err && err.message ? err.message : String(err));
}

export function loading(what) {
  return h('p', {class: 'loading', 'data-testid': 'loading'}, `Loading ${what}…`);
}
