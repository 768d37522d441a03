// PLACEHOLDER: SQLite writes of coded events, called inside the documents' save transaction.
import type { Db } from './open.js';
import type { Document } from '../../document.js';

/** Store the events of one saved document, merging them into existing events (ACLED's rules). */
export function writeEvents(_db: Db, _doc: Document): void {}
