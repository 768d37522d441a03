// `sitrep gazetteer import|search|info`: manage and query the gazetteer database.
import { statSync } from 'node:fs';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';
import { importPlaces, ImportError } from '../../gazetteer/import.js';
import { gazetteerLocation, openGazetteer } from '../../gazetteer/open.js';

export const command: Command = {
  summary: 'import places into the gazetteer, search it, or describe it',
  usage: `usage:
  sitrep gazetteer import <file> --gazetteer <db>   add places: a GeoNames dump (allCountries.txt, XX.txt,
        cities*.txt, plain or .zip) or a CSV with the header name,latitude,longitude,country,admin1,admin2
        [,aliases,feature_code,population]. A --gazetteer file that does not exist starts as a copy of the
        embedded gazetteer, which is never changed. A bad file changes nothing.
  sitrep gazetteer search <name> [--limit N] [--json]   candidate places for a name, most populous first
  sitrep gazetteer info [--json]                        the database used, its size and counts
options:
  --gazetteer <db>   gazetteer database (default: SITREP_GAZETTEER, else the embedded build/gazetteer.db)`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { limit: { type: 'string' }, json: { type: 'boolean' } });
    const [sub, ...args] = positionals;
    if (sub === 'import') {
      const file = args[0];
      if (!file) { console.error('sitrep gazetteer import: name the file to import'); return 2; }
      const target = values.gazetteer ?? process.env.SITREP_GAZETTEER;
      if (!target) { console.error('sitrep gazetteer import: say which gazetteer to import into with --gazetteer <file> (or SITREP_GAZETTEER)'); return 2; }
      try {
        const r = await importPlaces(target, file, { progress: (n) => console.error(`  ${n.toLocaleString('en')} rows…`) });
        console.error(`imported ${r.places} places (${r.format}) into ${gazetteerLocation(target)}${r.created ? ' (created from the embedded gazetteer)' : ''} in ${r.seconds.toFixed(1)} s`);
        return 0;
      } catch (err) {
        if (err instanceof ImportError) { console.error(`sitrep gazetteer import: ${err.message}; the gazetteer is unchanged`); return 1; }
        throw err;
      }
    }
    if (sub === 'search') {
      const name = args.join(' ');
      if (!name) { console.error('sitrep gazetteer search: give a name'); return 2; }
      const gaz = openGazetteer(values.gazetteer);
      const limit = values.limit ? Number(values.limit) : 20;
      const rows = gaz.lookup(name).slice(0, limit).map((p) => ({
        geonameid: p.geonameid > 0 ? p.geonameid : null, name: p.name, feature_code: p.feature_code, country_code: p.country_code,
        admin1: gaz.adminName(p.admin1_code), admin2: gaz.adminName(p.admin2_code), latitude: p.latitude, longitude: p.longitude,
        population: p.population, matched: ['name', 'alternate name', 'abbreviation', 'demonym'][p.kind], source: p.source,
      }));
      if (values.json) console.log(JSON.stringify(rows, null, 2));
      else if (!rows.length) console.log(`no place named "${name}"`);
      else for (const r of rows) console.log([r.name, r.feature_code, r.country_code, r.admin1, r.admin2, `${r.latitude},${r.longitude}`, `pop ${r.population}`, r.geonameid ?? '-', r.matched].join('\t'));
      return 0;
    }
    if (sub === 'info') {
      const t0 = performance.now();
      const gaz = openGazetteer(values.gazetteer);
      const openMs = performance.now() - t0;
      const info = { ...gaz.info(), bytes: statSync(gaz.path).size, openMs: Math.round(openMs * 10) / 10 };
      if (values.json) console.log(JSON.stringify(info, null, 2));
      else {
        console.log(`${info.path}: ${(info.bytes / 1e6).toFixed(1)} MB, opened in ${info.openMs} ms`);
        console.log(`${info.places} places, ${info.names} names, ${info.admin1} admin-1 and ${info.admin2} admin-2 areas`);
        for (const [k, v] of Object.entries(info.meta)) console.log(`${k}: ${v}`);
      }
      return 0;
    }
    console.error(`sitrep gazetteer: say import, search or info\n\n${this.usage}`);
    return 2;
  },
};
