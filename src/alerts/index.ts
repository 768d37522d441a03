// Alerts after each saved batch: find new matches of the rules among new or merged events, then deliver.
import type { AlertStore } from '../store/alerts.js';
import { deliverPending, type DeliverOptions } from './deliver.js';
import { findMatches, type MatchOptions } from './find-matches.js';

export type AlertOptions = Partial<DeliverOptions> & MatchOptions;

export async function runAlerts(alerts: AlertStore, o: AlertOptions = {}): Promise<{ matched: number; delivered: number; pending: number; failed: number }> {
  const matched = await findMatches(alerts, o);
  const counts = await deliverPending(alerts, o);
  return { matched, ...counts };
}
