// PLACEHOLDER: SQLite implementation of the documents area (see ../documents.ts).
import type { Db } from './open.js';
import type { DocumentStore } from '../documents.js';

export function sqliteDocumentStore(_db: Db): DocumentStore {
  throw new Error('not implemented yet');
}
