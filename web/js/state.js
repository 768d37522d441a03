// The page's state: the current filter and page, and who listens to changes.

export const EMPTY_FILTER = Object.freeze({
  from: '', to: '', country: '', admin1: '', eventType: null, subEventType: '', actor: '', q: '',
  minFatalities: 0, bbox: null, status: null,
});

export function createState() {
  const listeners = new Set();
  const state = {
    filter: { ...EMPTY_FILTER },
    page: { limit: 50, offset: 0, sort: '-event_date' },
    /** Merge changes into the filter (back to the first page) and tell the listeners. */
    set(changes, reason = 'filter') {
      state.filter = { ...state.filter, ...changes };
      state.page = { ...state.page, offset: 0 };
      listeners.forEach((fn) => fn(reason));
    },
    setPage(changes) {
      state.page = { ...state.page, ...changes };
      listeners.forEach((fn) => fn('page'));
    },
    reset() {
      state.filter = { ...EMPTY_FILTER };
      state.page = { ...state.page, offset: 0 };
      listeners.forEach((fn) => fn('reset'));
    },
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
  return state;
}
