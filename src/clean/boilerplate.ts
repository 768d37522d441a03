// Publisher boilerplate by pattern: data/boilerplate.json lists regular expressions for legal
// disclaimers, "this story is from", share/subscribe lines, bylines and the like (see its $comment).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

export type PatternKind = 'paragraph' | 'heading' | 'prefix' | 'suffix' | 'tail';

export interface BoilerplatePattern {
  id: string;
  kind: PatternKind;
  regex: RegExp;
}

export interface BoilerplateConfig {
  patterns: BoilerplatePattern[];
  recurring: { minDocuments: number; minLength: number };
}

let loaded: BoilerplateConfig | null = null;

/** The boilerplate knowledge, read once per process. */
export function boilerplateConfig(path = join(DATA_DIR, 'boilerplate.json')): BoilerplateConfig {
  if (loaded && path === join(DATA_DIR, 'boilerplate.json')) return loaded;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    patterns: { id: string; kind: PatternKind; pattern: string; flags?: string }[];
    recurring: { minDocuments: number; minLength: number };
  };
  const config: BoilerplateConfig = {
    patterns: raw.patterns.map((p) => ({ id: p.id, kind: p.kind, regex: new RegExp(p.pattern, p.flags ?? 'iu') })),
    recurring: raw.recurring,
  };
  if (path === join(DATA_DIR, 'boilerplate.json')) loaded = config;
  return config;
}

export interface Removed {
  id: string;
  text: string;
}

/** Apply the patterns to a list of paragraphs; returns what is kept and what was removed (and why). */
export function removeBoilerplate(paragraphs: string[], patterns: BoilerplatePattern[]): { kept: string[]; removed: Removed[] } {
  const kept: string[] = [];
  const removed: Removed[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let p = paragraphs[i]!;
    let drop: BoilerplatePattern | null = null;
    for (const pat of patterns) {
      if (pat.kind === 'prefix' || pat.kind === 'suffix') {
        const m = p.match(pat.regex);
        if (m && m[0].length > 0 && m[0].length < p.length) {
          removed.push({ id: pat.id, text: m[0] });
          p = (pat.kind === 'prefix' ? p.slice(m.index! + m[0].length) : p.slice(0, m.index)).trim();
        }
        continue;
      }
      if (pat.regex.test(p)) { drop = pat; break; }
    }
    if (!drop) { kept.push(p); continue; }
    removed.push({ id: drop.id, text: p });
    if (drop.kind === 'heading' && i + 1 < paragraphs.length) {
      removed.push({ id: drop.id, text: paragraphs[++i]! });
    } else if (drop.kind === 'tail') {
      for (i++; i < paragraphs.length; i++) removed.push({ id: drop.id, text: paragraphs[i]! });
    }
  }
  return { kept, removed };
}
