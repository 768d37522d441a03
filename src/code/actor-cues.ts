// Cue sets that also hold when the sentence names an actor of given inter codes
// (data/lexicons/actor-cues.json): a named group ("Los Zetas") is an organised actor as much as "a cartel".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import type { Document } from '../document.js';

let sets: Map<string, Set<number>> | null = null;

function load(): Map<string, Set<number>> {
  if (sets) return sets;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'actor-cues.json'), 'utf8')) as { sets: Record<string, number[]> };
  return (sets = new Map(Object.entries(raw.sets).map(([k, v]) => [k, new Set(v)])));
}

/** Does the text span [start, end) name an actor whose inter code makes the cue set hold? */
export function actorCueHolds(doc: Document, name: string, start: number, end: number): boolean {
  const inters = load().get(name);
  if (!inters) return false;
  return doc.actors.some((a) => a.start >= start && a.end <= end && inters.has(a.inter));
}
