// The country named in an ACLED actor name: "Protesters (Kenya)", "Military Forces of the
// Philippines (2016-2022)", "Pokot Ethnic Militia (Kenya)" → ISO alpha-2.
import { countryTable } from './countries.js';

let byName: Map<string, string> | null = null;

/** ISO alpha-2 code of an ACLED country name ("Democratic Republic of Congo" → "CD"), or null. */
export function codeOfName(name: string): string | null {
  if (!byName) {
    byName = new Map();
    for (const [code, n] of countryTable().names) byName.set(n.toLowerCase(), code);
  }
  return byName.get(name.trim().toLowerCase()) ?? null;
}

/** ISO alpha-2 code of the country in an ACLED-style actor name, or null. */
export function actorCountry(actor: string): string | null {
  const state = /^(?:Military|Police) Forces of (?:the )?(.+)$/.exec(actor);
  if (state) {
    // The country may be followed by a period, a unit or a faction: try the longest prefix that is a country.
    const words = state[1].replace(/\s*\(\d{4}-(?:\d{4})?\).*$/, '').split(' ');
    for (let n = words.length; n > 0; n--) {
      const code = codeOfName(words.slice(0, n).join(' '));
      if (code) return code;
    }
  }
  const paren = /\(([^()]+)\)\s*$/.exec(actor);
  return paren ? codeOfName(paren[1]) : null;
}
