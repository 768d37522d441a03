// The event table: one row per event of the current page; click a row to open the event.
import { colorOf } from './colors.js';
import { clear, el } from './dom.js';

/** The deepest page start the API accepts (MAX_OFFSET in src/server/params.ts). */
const MAX_OFFSET = 10_000;

export function createTable(table, { onOpen, onSort, onPage }) {
  const body = table.querySelector('tbody');
  for (const th of table.querySelectorAll('th[data-sort]')) {
    th.classList.add('sortable');
    th.addEventListener('click', () => onSort(th.dataset.sort));
  }
  document.getElementById('prev').addEventListener('click', () => onPage(-1));
  document.getElementById('next').addEventListener('click', () => onPage(1));

  return {
    /** `knownTotal`: the exact number of events of this filter (GET /api/stats), when known. */
    render(page, selectedId, knownTotal = null) {
      clear(body);
      for (const th of table.querySelectorAll('th[data-sort]')) {
        th.classList.toggle('asc', page.sort === th.dataset.sort);
        th.classList.toggle('desc', page.sort === `-${th.dataset.sort}`);
      }
      if (page.events.length === 0) body.appendChild(el('tr', {}, el('td', { colspan: 9, class: 'empty' }, 'No events match these filters.')));
      for (const e of page.events) {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.background = colorOf(e.event_type);
        body.appendChild(el('tr', {
          class: e.event_id === selectedId ? 'selected' : '', tabindex: 0, dataset: { id: e.event_id },
          onclick: () => onOpen(e.event_id),
          onkeydown: (ev) => { if (ev.key === 'Enter') onOpen(e.event_id); },
        },
        el('td', { class: 'nowrap' }, e.event_date),
        el('td', {}, swatch, e.event_type),
        el('td', { class: 'wide' }, e.sub_event_type),
        el('td', {}, e.actor1),
        el('td', { class: 'wide' }, e.actor2),
        el('td', {}, [e.location, e.admin1].filter(Boolean).join(', ')),
        el('td', {}, e.country),
        el('td', { class: 'num' }, String(e.fatalities), e.fatalities_unknown ? '?' : ''),
        el('td', {}, el('span', { class: `status status-${e.status}` }, e.status))));
      }
      // A page only says whether more events follow (it does not count them); the count is the stats'.
      const first = page.events.length ? page.offset + 1 : 0;
      const exact = page.totalExact || knownTotal !== null;
      const total = page.totalExact ? page.total : knownTotal ?? page.total;
      document.getElementById('page-info').textContent =
        `${first}–${page.offset + page.events.length} of ${total.toLocaleString()}${exact ? '' : '+'}`;
      document.getElementById('prev').disabled = page.offset === 0;
      // the API pages no deeper than offset 10,000 (narrow the filter or export to see further)
      document.getElementById('next').disabled = (page.totalExact && page.offset + page.events.length >= page.total)
        || page.offset + page.limit > MAX_OFFSET;
    },
  };
}
