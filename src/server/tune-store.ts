// What a store needs before it serves the API. For SQLite: fresh statistics for the planner (cheap:
// PRAGMA optimize analyses only tables that need it), and a page cache and memory map large enough
// that listing a page of events reads memory instead of calling the OS for each 4 KB page.
import type { SqliteStore, Store } from '../store/index.js';

const CACHE_KIB = 64 * 1024;
const MMAP_BYTES = 1024 * 1024 * 1024;

export function tuneStoreForServing(store: Store): void {
  if (store.kind !== 'sqlite') return;
  const { db } = store as SqliteStore;
  db.pragma('optimize=0x10002');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
}
