// The parts of the store the HTTP API uses. Tests may pass just these areas.
import type { Store } from '../store/index.js';

export type ApiStore = Pick<Store, 'search' | 'reviews' | 'tokens'> & Partial<Pick<Store, 'documents' | 'feeds' | 'alerts'>>;
