// The world map: countries from world-atlas TopoJSON drawn as SVG with d3-geo's Natural Earth
// projection (no tile server, nothing from the network), stories as circle markers at their
// location, sized by article count and coloured by event type. Wheel/drag or the buttons zoom
// and pan. Markers are SVG links (<a href="#/story/ID">), so Tab reaches them and Enter opens.
//
// Markers carry data-story-id, data-country, data-event-type, data-articles; countries carry
// data-country (ISO alpha-2).

import {eventColor, slug} from './colors.js';
import {h, replace, s} from './dom.js';
import {articleCount, countryName, dateRange, placeText, plural} from './format.js';
import {spreadMarkers} from './marker_layout.js';
import {href} from './router.js';

const WIDTH = 960;
const HEIGHT = 500;
const MAX_ZOOM = 24;
const FIT_ZOOM = 4;

// d3-geo and topojson-client are loaded as classic scripts by index.html (globals d3, topojson).
const {geoNaturalEarth1, geoPath, geoGraticule10} = globalThis.d3 || {};

let atlasPromise = null;

// Loads the TopoJSON countries and the ISO numeric → alpha-2 table once.
function loadAtlas() {
  if (!atlasPromise) {
    const get = (url) => fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
    atlasPromise =
        Promise
            .all([
              get('/assets/vendor/countries-110m.json'),
              get('/assets/vendor/codes.json').catch(() => [])
            ])
            .then(([topology, codes]) => {
              const alpha2 = new Map(codes.map((row) => [row[2], row[0]]));
              const features =
                  globalThis.topojson.feature(topology, topology.objects.countries).features;
              for (const f of features) f.alpha2 = alpha2.get(String(f.id)) || null;
              return features;
            });
    atlasPromise.catch(() => {
      atlasPromise = null;
    });  // allow a retry later
  }
  return atlasPromise;
}

function markerRadius(count) {
  return Math.min(22, 4 + 3 * Math.sqrt(Math.max(1, count)));
}

export class WorldMap {
  // options.onCountry(code) is called when a country shape is clicked.
  constructor(container, options = {}) {
    this.options = options;
    if (!geoNaturalEarth1 || !globalThis.topojson) {
      replace(
          container,
          h('p', {class: 'error', role: 'alert'},
            'The map libraries did not load (/assets/vendor/); the list still works.'));
      this.update = () => 0;
      return;
    }
    this.projection =
        geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], {type: 'Sphere'});
    this.path = geoPath(this.projection);
    this.zoom = {k: 1, x: 0, y: 0};
    this.viewport = s('g', {class: 'viewport'});
    this.countries = s('g', {class: 'countries'});
    this.markers = s('g', {class: 'markers', 'data-testid': 'markers'});
    this.viewport.append(
        s('path', {class: 'sphere', d: this.path({type: 'Sphere'})}),
        s('path', {class: 'graticule', d: this.path(geoGraticule10())}), this.countries,
        this.markers);
    this.svg =
        s('svg', {
          class: 'world-map',
          viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
          role: 'group',
          'aria-label': 'World map of stories',
          'data-testid': 'world-map'
        },
          this.viewport);
    this.tooltip = document.getElementById('tooltip');
    this.message = h('p', {class: 'map-message', hidden: true});
    replace(container, h('div', {class: 'map-frame'}, this.svg, this.zoomButtons()), this.message);
    this.enablePanZoom();
    this.ready = loadAtlas().then((features) => this.drawCountries(features), (err) => {
      this.message.hidden = false;
      this.message.textContent =
          `The map could not be drawn (${err.message}); the list still works.`;
    });
  }

  drawCountries(features) {
    for (const f of features) {
      const d = this.path(f);
      if (!d) continue;
      const name = f.alpha2 ? countryName(f.alpha2) : (f.properties && f.properties.name) || '';
      this.countries.append(
          s('path', {
            class: 'country',
            d,
            dataset: {country: f.alpha2 || null},
            onclick: () => f.alpha2 && this.options.onCountry && this.options.onCountry(f.alpha2)
          },
            s('title', null, name)));
    }
    if (this.stories) this.markCountries(this.stories);
  }

  // Draws one marker per story that has a location with coordinates; returns how many.
  update(stories) {
    this.stories = stories;
    this.markers.replaceChildren();
    this.placed = [];
    const located = stories.filter(
        (st) =>
            st.location && Number.isFinite(st.location.lat) && Number.isFinite(st.location.lon));
    located.sort(
        (a, b) => articleCount(b) - articleCount(a) || (a.id < b.id ? -1 : 1));  // small on top
    for (const story of located) {
      const [x, y] = this.projection([story.location.lon, story.location.lat]);
      const m = this.marker(story, x, y);
      this.placed.push(m);
      this.markers.append(m.element);
    }
    this.markCountries(stories);
    this.fitMarkers();
    return located.length;
  }

  // A marker: an SVG link holding a leader line (from the true place to the marker when the
  // layout had to move it) and the circle.
  marker(story, x, y) {
    const count = articleCount(story);
    const label = `${story.headline ? story.headline.text : story.id} — ` +
        `${placeText(story.location)}, ${plural(count, 'article')}`;
    const leader = s('line', {class: 'leader', x1: x, y1: y, x2: x, y2: y});
    const circle =
        s('circle', {cx: x, cy: y, r: markerRadius(count), fill: eventColor(story.event_type)});
    const a =
        s('a', {
          class: 'marker',
          href: href('story', story.id),
          'aria-label': label,
          dataset: {
            storyId: story.id,
            country: story.location.country || null,
            eventType: slug(story.event_type),
            articles: count
          }
        },
          leader, circle);
    const show = () => this.showTooltip(story, a);
    a.addEventListener('mouseenter', show);
    a.addEventListener('focus', show);
    a.addEventListener('mouseleave', () => this.hideTooltip());
    a.addEventListener('blur', () => this.hideTooltip());
    return {element: a, circle, leader, x, y, r: markerRadius(count)};
  }

  // Zooms so that every marker is in view, at most FIT_ZOOM (a few stories in one region
  // fill the map instead of a corner of it).
  fitMarkers() {
    if (!this.placed.length) return this.applyZoom();
    const xs = this.placed.map((m) => m.x);
    const ys = this.placed.map((m) => m.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.max(
        1,
        Math.min(
            FIT_ZOOM, 0.7 * WIDTH / Math.max(1, x1 - x0), 0.7 * HEIGHT / Math.max(1, y1 - y0)));
    this.zoom = {k, x: WIDTH / 2 - k * (x0 + x1) / 2, y: HEIGHT / 2 - k * (y0 + y1) / 2};
    this.applyZoom();
  }

  // Places the markers for the current zoom: radii keep a readable screen size and
  // overlapping markers are spread apart (marker_layout.js) in screen terms.
  layoutMarkers() {
    const k = this.zoom.k;
    const scale = 1 / Math.sqrt(k);
    const points = this.placed.map((m) => ({x: m.x, y: m.y, r: m.r * scale + 1 / k}));
    const spread = spreadMarkers(points);
    this.placed.forEach((m, i) => {
      const {x, y} = spread[i];
      m.circle.setAttribute('cx', x.toFixed(2));
      m.circle.setAttribute('cy', y.toFixed(2));
      m.circle.setAttribute('r', (m.r * scale).toFixed(2));
      m.leader.setAttribute('x2', x.toFixed(2));
      m.leader.setAttribute('y2', y.toFixed(2));
      m.leader.setAttribute('x1', m.x.toFixed(2));
      m.leader.setAttribute('y1', m.y.toFixed(2));
    });
  }

  markCountries(stories) {
    const codes = new Set(stories.map((st) => st.location && st.location.country).filter(Boolean));
    for (const path of this.countries.children) {
      path.classList.toggle('has-stories', codes.has(path.dataset.country));
    }
  }

  showTooltip(story, anchor) {
    if (!this.tooltip) return;
    replace(
        this.tooltip, h('strong', {dir: 'auto'}, story.headline ? story.headline.text : story.id),
        h('div', null, placeText(story.location)),
        h('div', null,
          `${story.event_type || 'No event type'} · ${plural(articleCount(story), 'article')}` +
              ` · ${(story.langs || []).join(', ')}`),
        h('div', null, dateRange(story.first_published, story.last_published)));
    this.tooltip.hidden = false;
    const box = anchor.getBoundingClientRect();
    const tip = this.tooltip.getBoundingClientRect();
    const left = Math.min(
        window.innerWidth - tip.width - 8, Math.max(8, box.left + box.width / 2 - tip.width / 2));
    const top = box.top - tip.height - 8 < 0 ? box.bottom + 8 : box.top - tip.height - 8;
    this.tooltip.style.left = `${left + window.scrollX}px`;
    this.tooltip.style.top = `${top + window.scrollY}px`;
  }

  hideTooltip() {
    if (this.tooltip) this.tooltip.hidden = true;
  }

  zoomButtons() {
    const button = (text, label, fn) =>
        h('button', {type: 'button', 'aria-label': label, onclick: fn}, text);
    return h(
        'div', {class: 'zoom-buttons'},
        button('+', 'Zoom in', () => this.zoomAt(2, WIDTH / 2, HEIGHT / 2)),
        button('−', 'Zoom out', () => this.zoomAt(0.5, WIDTH / 2, HEIGHT / 2)),
        button('⟲', 'Reset zoom', () => {
          this.zoom = {k: 1, x: 0, y: 0};
          this.applyZoom();
        }));
  }

  // Scales by `factor` around the SVG point (cx, cy).
  zoomAt(factor, cx, cy) {
    const z = this.zoom;
    const k = Math.min(MAX_ZOOM, Math.max(1, z.k * factor));
    z.x = cx - (cx - z.x) * (k / z.k);
    z.y = cy - (cy - z.y) * (k / z.k);
    z.k = k;
    this.applyZoom();
  }

  applyZoom() {
    const z = this.zoom;
    if (z.k === 1) {
      z.x = 0;
      z.y = 0;
    }
    z.x = Math.min(0, Math.max(WIDTH * (1 - z.k), z.x));
    z.y = Math.min(0, Math.max(HEIGHT * (1 - z.k), z.y));
    this.viewport.setAttribute('transform', `translate(${z.x},${z.y}) scale(${z.k})`);
    if (this.placed) this.layoutMarkers();
    this.svg.classList.toggle('zoomed', z.k > 1);
  }

  // Converts a pointer event to SVG viewBox coordinates.
  svgPoint(event) {
    const box = this.svg.getBoundingClientRect();
    return [
      (event.clientX - box.left) * WIDTH / box.width,
      (event.clientY - box.top) * HEIGHT / box.height
    ];
  }

  enablePanZoom() {
    this.svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      const [x, y] = this.svgPoint(event);
      this.zoomAt(event.deltaY < 0 ? 1.25 : 0.8, x, y);
    }, {passive: false});
    let drag = null;
    this.svg.addEventListener('pointerdown', (event) => {
      if (this.zoom.k === 1 || event.button !== 0) return;
      drag = {
        start: this.svgPoint(event),
        x: this.zoom.x,
        y: this.zoom.y,
        moved: false,
        id: event.pointerId
      };
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const [x, y] = this.svgPoint(event);
      const dx = x - drag.start[0];
      const dy = y - drag.start[1];
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) this.svg.setPointerCapture(drag.id);
      drag.moved = true;
      this.zoom.x = drag.x + dx;
      this.zoom.y = drag.y + dy;
      this.applyZoom();
    });
    const end = () => {
      if (drag && drag.moved) {
        // Swallow the click that ends a drag so it does not open a marker.
        this.svg.addEventListener('click', (e) => {
          e.preventDefault();
          e.stopPropagation();
        }, {capture: true, once: true});
      }
      drag = null;
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', () => {
      drag = null;
    });
  }
}
