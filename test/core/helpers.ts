// Shared helpers for the core tests: temporary folders and a pipeline run over one input.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createContext, type Context } from '../../src/context.js';
import { createDocument, type Document } from '../../src/document.js';
import { runPipeline, stagesUntil } from '../../src/pipeline.js';

export function tempDir(prefix = 'sitrep-core-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Run extract → clean → dedupe over raw input. */
export async function prepare(raw: string, options: { contentType?: string; origin?: string; id?: string; title?: string; source?: string; ctx?: Context } = {}): Promise<Document> {
  const doc = createDocument(options.id ?? '', raw, { origin: options.origin ?? 'test', contentType: options.contentType ?? 'text/plain', source: options.source ?? null });
  doc.title = options.title ?? null;
  await runPipeline(doc, options.ctx ?? createContext(), stagesUntil('dedupe'));
  return doc;
}
