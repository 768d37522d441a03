// The analyst page: wires the filter state to the map, the timeline, the table and the event panel.
import { api, auth } from './api.js';
import { createEventPanel } from './event-panel.js';
import { createFilters } from './filters.js';
import { createMap } from './map.js';
import { createState } from './state.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';

const state = createState();
const $ = (id) => document.getElementById(id);
let selectedId = null;

const filters = createFilters($('filters'), state);
const panel = createEventPanel($('panel'), {
  onChanged: () => refresh('review'),
  onClose: () => { selectedId = null; document.body.classList.remove('with-panel'); refreshTable(); },
});
const openEvent = async (id) => {
  selectedId = id;
  document.body.classList.add('with-panel');
  try {
    const detail = await panel.open(id);
    mapView.focus(detail.event.latitude, detail.event.longitude);
  } catch (err) { filters.showError(err.message); }
  refreshTable();
};
const mapView = createMap($('map'), {
  onOpen: openEvent,
  onViewChange: () => { if (filters.inView()) state.set({ bbox: mapView.bbox() }, 'view'); },
});
filters.onInViewChange(() => state.set({ bbox: filters.inView() ? mapView.bbox() : null }));
const timeline = createTimeline($('timeline'), {
  onRange: (from, to) => { filters.showDates(from, to); state.set({ from, to }); },
});
const table = createTable($('events'), {
  onOpen: openEvent,
  onSort: (key) => state.setPage({ sort: state.page.sort === `-${key}` ? key : `-${key}`, offset: 0 }),
  onPage: (direction) => state.setPage({ offset: Math.max(0, state.page.offset + direction * state.page.limit) }),
});

$('search').addEventListener('submit', (e) => { e.preventDefault(); state.set({ q: $('q').value.trim() }); });
let searchTimer;
$('q').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => state.set({ q: $('q').value.trim() }), 350); });

// The token dialog: the token stays in this tab (sessionStorage), the reviewer name on this machine.
$('token-button').addEventListener('click', () => {
  $('token-dialog').hidden = !$('token-dialog').hidden;
  $('token').value = auth.token;
  $('reviewer').value = auth.reviewer;
});
$('token-save').addEventListener('click', () => {
  auth.token = $('token').value.trim();
  auth.reviewer = $('reviewer').value.trim();
  $('token-dialog').hidden = true;
  updateTokenButton();
  refresh('token');
});
function updateTokenButton() { $('token-button').textContent = auth.token ? 'Token ✓' : 'Token'; }

let latestPage = null;
/** The exact number of events of the current filter, from its stats (pages do not count). */
let filterTotal = null;
function refreshTable() { if (latestPage) table.render(latestPage, selectedId, filterTotal); }

let generation = 0;
async function refresh(reason) {
  const mine = ++generation;
  const filter = state.filter;
  const { from: _f, to: _t, ...undated } = filter;
  try {
    const [page, points, stats, timelineStats] = await Promise.all([
      api.events(filter, state.page),
      reason === 'page' ? null : api.points(filter),
      reason === 'page' ? null : api.stats(filter),
      reason === 'page' || reason === 'view' ? null : api.stats(undated),
    ]);
    if (mine !== generation) return; // a newer request is on its way
    filters.showError(null);
    latestPage = page;
    if (stats) filterTotal = stats.total;
    table.render(page, selectedId, filterTotal);
    if (points) mapView.setPoints(points.points);
    if (stats) $('summary').textContent = `${stats.total.toLocaleString()} events · ${stats.fatalities.toLocaleString()} fatalities${points?.truncated ? ' · map shows the newest 50,000' : ''}`;
    if (timelineStats) timeline.setDays(timelineStats.byDay);
    timeline.setRange(filter.from, filter.to);
    $('export-csv').href = api.exportUrl(filter, 'acled-csv');
    $('export-geojson').href = api.exportUrl(filter, 'geojson');
    document.body.dataset.ready = 'true';
  } catch (err) {
    if (mine !== generation) return;
    filters.showError(err.status === 401 ? 'This server needs an API token to read: use the Token button.' : err.message);
  }
}

state.subscribe(refresh);
updateTokenButton();
api.facets().then((f) => filters.setFacets(f)).catch(() => {}).finally(() => refresh('start'));
