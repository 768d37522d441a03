// The map: Leaflet over the offline basemap (countries, admin-1 outlines when built), event points
// clustered on a screen grid, coloured by event type and sized by fatalities.
import * as L from '/vendor/leaflet/leaflet-src.esm.js';
import { clusterSize, dominant, eventRadius, gridCluster } from './cluster.js';
import { colorOf } from './colors.js';
import { el } from './dom.js';

const CELL = 56;          // cluster cell in pixels
const SINGLE_ZOOM = 9;    // from this zoom on, every event is its own marker

export function createMap(container, { onOpen, onViewChange }) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14, attributionControl: false, preferCanvas: false })
    .setView([15, 20], 2);
  map.createPane('basemap').style.zIndex = 200;
  map.createPane('outlines').style.zIndex = 250;
  const layer = L.layerGroup().addTo(map);
  let points = [];

  fetch('/basemap/countries.geojson').then((r) => r.json()).then((geo) => {
    L.geoJSON(geo, { pane: 'basemap', interactive: false, style: { color: '#9aa5b1', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);
  }).catch(() => {});
  fetch('/basemap/admin1.geojson').then((r) => (r.ok ? r.json() : null)).then((geo) => {
    if (!geo) return;
    const outlines = L.geoJSON(geo, { pane: 'outlines', interactive: false, style: { color: '#c3c9d0', weight: 0.5 } });
    const toggle = () => (map.getZoom() >= 5 ? outlines.addTo(map) : outlines.remove());
    map.on('zoomend', toggle);
    toggle();
  }).catch(() => {});

  function render() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.2);
    const visible = [];
    for (const [id, lat, lon, type, fatalities] of points) {
      // show each point once, in the world copy nearest the view
      let lng = lon;
      const center = map.getCenter().lng;
      while (lng - center > 180) lng -= 360;
      while (center - lng > 180) lng += 360;
      if (!bounds.contains([lat, lng])) continue;
      const px = map.project([lat, lng], zoom);
      visible.push({ x: px.x, y: px.y, id, lat, lng, type, fatalities });
    }
    const clusters = zoom >= SINGLE_ZOOM ? visible.map((p) => ({ x: p.x, y: p.y, members: [p] })) : gridCluster(visible, CELL);
    for (const c of clusters) {
      if (c.members.length === 1) {
        const p = c.members[0];
        L.circleMarker([p.lat, p.lng], {
          radius: eventRadius(p.fatalities), color: '#ffffff', weight: 1.2, fillColor: colorOf(p.type), fillOpacity: 0.85,
          className: 'event-marker',
        }).on('click', () => onOpen(p.id)).bindTooltip(el('span', {}, `${p.type} · ${p.fatalities} fatalities`)).addTo(layer);
        continue;
      }
      const size = clusterSize(c.members.length);
      const fatalities = c.members.reduce((n, m) => n + m.fatalities, 0);
      const icon = L.divIcon({
        className: 'cluster-marker',
        html: el('div', { class: 'cluster-dot', dataset: { color: colorOf(dominant(c.members, 'type')) } }, String(c.members.length)),
        iconSize: [size, size],
      });
      const latlng = map.unproject([c.x, c.y], zoom);
      const marker = L.marker(latlng, { icon, keyboard: false })
        .bindTooltip(el('span', {}, `${c.members.length} events · ${fatalities} fatalities`))
        .on('click', () => map.fitBounds(L.latLngBounds(c.members.map((m) => [m.lat, m.lng])).pad(0.3), { maxZoom: SINGLE_ZOOM }))
        .addTo(layer);
      // colour the dot through the CSSOM (allowed by the CSP), not a style attribute
      const dot = marker.getElement()?.querySelector('.cluster-dot');
      if (dot) { dot.style.background = dot.dataset.color; dot.style.width = dot.style.height = `${size}px`; dot.style.lineHeight = `${size}px`; }
    }
  }

  map.on('zoomend moveend', () => { render(); onViewChange(); });

  return {
    map,
    setPoints(next) { points = next; render(); },
    /** The view as west,south,east,north. */
    bbox() {
      const b = map.getBounds();
      const west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
      return [west, Math.max(-90, b.getSouth()), east, Math.min(90, b.getNorth())];
    },
    focus(lat, lon) { if (lat !== null && lon !== null) map.setView([lat, lon], Math.max(map.getZoom(), 6), { animate: false }); },
  };
}
