// How a new report of an event that is already stored changes it (ACLED: conflicting reports keep the
// lowest known fatality count; every source is listed). One rule for both stores.
import type { CodedEvent } from '../document.js';

/** The stored fields a new report can change. */
export interface ReportedTotals {
  fatalities: number;
  fatalities_unknown: number;
  arrests: number;
  source: string;
  confidence: number;
}

/** Sources joined as ACLED lists them ("A; B"), each once. */
export function joinSources(a: string, b: string): string {
  const all = [...a.split(';'), ...b.split(';')].map((s) => s.trim()).filter(Boolean);
  return [...new Set(all)].join('; ');
}

/** The stored event's totals once `report` is added to them. */
export function combineReports(existing: ReportedTotals, report: CodedEvent): ReportedTotals {
  // Conflicting reports: the lowest known fatality count; an unknown count yields to a known one.
  let fatalities = existing.fatalities, unknown = existing.fatalities_unknown;
  if (!report.fatalities_unknown && (unknown || report.fatalities < fatalities)) { fatalities = report.fatalities; unknown = 0; }
  return {
    fatalities,
    fatalities_unknown: unknown,
    arrests: Math.max(existing.arrests, report.arrests),
    source: joinSources(existing.source, report.source),
    confidence: Math.min(1, Math.max(existing.confidence, report.confidence) + 0.05),
  };
}
