// The filter panel: inputs ↔ the filter state. Event types are checkboxes with the map's colours.
import { TYPE_COLORS, colorOf } from './colors.js';
import { clear, el } from './dom.js';

export function createFilters(root, state) {
  const input = (id) => root.querySelector(`#${id}`);
  const typesBox = input('types');
  let allTypes = Object.keys(TYPE_COLORS);

  function renderTypes(types) {
    allTypes = [...new Set([...Object.keys(TYPE_COLORS), ...types])];
    clear(typesBox);
    for (const type of allTypes) {
      const box = el('input', { type: 'checkbox', value: type, checked: true, 'aria-label': type });
      box.addEventListener('change', () => {
        const checked = [...typesBox.querySelectorAll('input:checked')].map((b) => b.value);
        state.set({ eventType: checked.length === allTypes.length ? null : checked.length ? checked : ['(none)'] });
      });
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = colorOf(type);
      typesBox.appendChild(el('label', { class: 'check type' }, box, swatch, type));
    }
  }

  function fillSelect(select, values) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const v of values) select.appendChild(el('option', { value: v }, v));
    select.value = values.includes(keep) ? keep : '';
  }

  const debounce = (fn, ms = 300) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };
  const onText = (id, key) => input(id).addEventListener('input', debounce(() => state.set({ [key]: input(id).value.trim() })));
  input('from').addEventListener('change', () => state.set({ from: input('from').value }));
  input('to').addEventListener('change', () => state.set({ to: input('to').value }));
  input('country').addEventListener('change', () => state.set({ country: input('country').value }));
  input('sub-event-type').addEventListener('change', () => state.set({ subEventType: input('sub-event-type').value }));
  onText('admin1', 'admin1');
  onText('actor', 'actor');
  input('min-fatalities').addEventListener('input', debounce(() => state.set({ minFatalities: Math.max(0, Number(input('min-fatalities').value) || 0) })));
  input('show-rejected').addEventListener('change', () => state.set({ status: input('show-rejected').checked ? ['rejected'] : null }));
  input('reset').addEventListener('click', () => {
    for (const id of ['from', 'to', 'admin1', 'actor', 'min-fatalities', 'country', 'sub-event-type']) input(id).value = '';
    input('in-view').checked = false;
    input('show-rejected').checked = false;
    for (const b of typesBox.querySelectorAll('input')) b.checked = true;
    document.getElementById('q').value = '';
    state.reset();
  });

  return {
    setFacets(facets) {
      renderTypes(facets.eventTypes);
      fillSelect(input('country'), facets.countries);
      fillSelect(input('sub-event-type'), facets.subEventTypes);
    },
    /** Show a date range chosen elsewhere (the timeline). */
    showDates(from, to) { input('from').value = from; input('to').value = to; },
    inView: () => input('in-view').checked,
    onInViewChange(fn) { input('in-view').addEventListener('change', fn); },
    showError(message) {
      const p = input('filter-error');
      p.textContent = message ?? '';
      p.hidden = !message;
    },
  };
}
