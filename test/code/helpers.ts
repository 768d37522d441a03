// Run sentences through the whole pipeline (no dedupe) and return the document.
import { createContext } from '../../src/context.js';
import { createDocument, type Document } from '../../src/document.js';
import { runPipeline, STAGES } from '../../src/pipeline.js';

export async function code(text: string, publishedAt = '2024-03-06', title: string | null = null): Promise<Document> {
  const doc = createDocument(`t-${Math.random().toString(36).slice(2)}`, text, { origin: 'test', contentType: 'application/json', publishedAt });
  doc.title = title;
  await runPipeline(doc, createContext({ dedupeIndex: null }), STAGES.filter((s) => s.name !== 'dedupe'));
  return doc;
}

/** The answer of a document: its most confident event. */
export function top(doc: Document) {
  return [...doc.events].sort((a, b) => b.confidence - a.confidence)[0];
}
