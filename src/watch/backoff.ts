// When to poll a feed next: the interval with jitter when healthy, exponential backoff with a cap on errors.

export interface ScheduleOptions {
  /** Normal time between polls of one feed, in ms. */
  intervalMs: number;
  /** Fraction of the interval a poll may move earlier or later (0.1 = ±10 %), so feeds do not poll in lockstep. */
  jitter: number;
  /** First backoff after an error, in ms; doubled for each further consecutive error. */
  backoffBaseMs: number;
  /** Longest backoff, in ms. */
  backoffMaxMs: number;
}

/** `ms` moved by up to ±jitter of itself. `random` is injectable for tests. */
export function jittered(ms: number, jitter: number, random: () => number = Math.random): number {
  return Math.max(0, Math.round(ms * (1 + jitter * (2 * random() - 1))));
}

/** The backoff after the `failures`-th consecutive failure (1 = first), capped, with jitter. */
export function backoffMs(failures: number, o: ScheduleOptions, random: () => number = Math.random): number {
  const raw = o.backoffBaseMs * 2 ** Math.max(0, Math.min(failures - 1, 30));
  return Math.min(o.backoffMaxMs, jittered(Math.min(raw, o.backoffMaxMs), o.jitter, random));
}

/** Parse a duration such as "15m", "30s", "2h", "250ms" or a bare number of seconds into ms. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new Error(`not a duration: "${text}" (use e.g. 30s, 15m, 1h)`);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit]!;
  return Math.round(Number(m[1]) * factor);
}
