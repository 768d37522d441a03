// Day arithmetic on calendar days written YYYY-MM-DD. All computations are in UTC so that a day
// never shifts with the machine's time zone: a date mention names a day, not an instant.

/** A calendar day as a Date at 00:00 UTC. */
export function dayOf(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a UTC day (years 1000-9999, as everywhere in sitrep). */
export function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10); // also throws on an invalid date, as before
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** YYYY-MM-DD from year, month (1-12) and day; the day is clamped to the month's length. */
export function ymd(year: number, month: number, day: number): string {
  const last = daysInMonth(year, month);
  return isoDay(new Date(Date.UTC(year, month - 1, Math.min(Math.max(day, 1), last))));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  const d = dayOf(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayOf(b).getTime() - dayOf(a).getTime()) / 86_400_000);
}

// Publication dates repeat across a batch: their days are remembered (a bounded map).
const DAY_MEMO_LIMIT = 10_000;
const dayMemo = new Map<string, string | null>();

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return dayOf(iso).getUTCDay();
}

/** The Monday of the (ISO, Monday-first) week holding the day. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

/** The day of the week `wd` (0 = Sunday) on or before `iso` (strictly before when `strict`). */
export function weekdayOnOrBefore(iso: string, wd: number, strict = false): string {
  let back = (weekday(iso) - wd + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(iso, -back);
}

/** Today's date in UTC. */
export function today(): string {
  return isoDay(new Date());
}

/** A publication date (date or date-time, ISO 8601 or anything Date can read) → YYYY-MM-DD, or null. */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  let day = dayMemo.get(value);
  if (day === undefined) {
    day = readDay(value);
    if (dayMemo.size >= DAY_MEMO_LIMIT) dayMemo.clear();
    dayMemo.set(value, day);
  }
  return day;
}

function readDay(value: string): string | null {
  const s = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    try {
      return isoDay(dayOf(s));
    } catch {
      return null;
    }
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : isoDay(new Date(t));
}
