// The actors stage: actor mentions of the cleaned text, normalised against the actor dictionary
// (data/actors/*.json plus the user's ctx.actorFiles). Generic actors ("gunmen", "protesters") take
// the document's main country (the most frequent country of its resolved toponyms) and the state
// forces' government period at the publication date.
import type { Stage } from '../pipeline.js';
import type { Document } from '../document.js';
import { report } from '../document.js';
import { findActors, loadActorDictionary, type ActorDictionary } from '../actors/index.js';

/** The most frequent country of the document's resolved toponyms, or null. */
export function mainCountry(doc: Document): string | null {
  const counts = new Map<string, number>();
  for (const t of doc.toponyms) if (t.country_code) counts.set(t.country_code, (counts.get(t.country_code) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [code, c] of counts) if (c > n) [best, n] = [code, c];
  return best;
}

export const actorsStage: Stage = {
  name: 'actors',
  run(doc, ctx) {
    let dict: ActorDictionary;
    try {
      dict = loadActorDictionary(ctx.actorFiles);
    } catch (err) {
      report(doc, 'actors', 'warning', `actor dictionary files could not be read (${(err as Error).message}); using the bundled dictionary`);
      dict = loadActorDictionary();
    }
    const date = (doc.meta.publishedAt ?? ctx.defaultPublishedAt ?? '').slice(0, 10) || null;
    doc.actors = findActors(doc.text, 0, { countryCode: mainCountry(doc), date }, dict);
  },
};
