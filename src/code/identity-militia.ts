// ACLED's identity militias for unnamed armed sides: in ethnic, clan or communal violence the side
// nobody names is "Unidentified Ethnic/Clan/Communal Militia (Country)" (inter 4), not an
// "Unidentified Armed Group" (inter 3). The cue words per kind are data (data/lexicons/identity-militia.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { anyMatch, compileAll, type Pattern } from './patterns.js';
import type { Tok } from './tokens.js';

interface Kind { name: string; patterns: Pattern[] }
let kinds: { list: Kind[]; inter: number } | null = null;

function load(): { list: Kind[]; inter: number } {
  if (kinds) return kinds;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'identity-militia.json'), 'utf8')) as { kinds: { name: string; patterns: string[] }[]; inter: number };
  return (kinds = { list: raw.kinds.map((k) => ({ name: k.name, patterns: compileAll(k.patterns) })), inter: raw.inter });
}

/** The identity militia that stands for an unnamed armed side in these sentences, or null when they name no identity violence. */
export function identityMilitia(parts: { toks: Tok[] }[], country: string): { name: string; inter: number } | null {
  const { list, inter } = load();
  for (const kind of list) {
    if (!parts.some((p) => anyMatch(kind.patterns, p.toks))) continue;
    return { name: country ? kind.name.replace('{country}', country) : kind.name.replace(' ({country})', ''), inter };
  }
  return null;
}
