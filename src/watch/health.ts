// A feed's health in one word, for `sitrep feeds status` and /api/feeds.
import type { FeedState } from '../store/feeds.js';

export type HealthState = 'new' | 'ok' | 'backoff';

export function feedHealth(f: FeedState): { state: HealthState } {
  if (f.consecutiveFailures > 0) return { state: 'backoff' };
  return { state: f.lastSuccessAt ? 'ok' : 'new' };
}
