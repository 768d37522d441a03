// Government periods for state-force names: "Military Forces of Kenya (2013-2022)".
// Data: data/actors/state-forces.json "periods" — start dates of each government per country.

/** Start dates of governments per ISO alpha-2 code, ascending. */
export type PeriodTable = Map<string, string[]>;

/**
 * The period label valid at `date` (YYYY-MM-DD...), e.g. "(2013-2022)" or "(2024-)"; "" for a country
 * without periods. A date before the first start falls into the first period; no date means today.
 */
export function periodLabel(periods: PeriodTable, code: string, date?: string | null): string {
  const starts = periods.get(code);
  if (!starts || starts.length === 0) return '';
  const day = (date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date : new Date().toISOString()).slice(0, 10);
  let i = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k] <= day) i = k;
  const from = starts[i].slice(0, 4);
  const to = i + 1 < starts.length ? starts[i + 1].slice(0, 4) : '';
  return `(${from}-${to})`;
}
