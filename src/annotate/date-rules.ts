// The rules that turn one of sitrep's own date expressions (data/dates/expressions.json) into a day.
// Each rule is a plain function of the publication day and the expression's named groups; the
// result is the day ACLED would code (the middle of a week or month, as the codebook says).
import { addDays, daysBetween, daysInMonth, mondayOf, weekdayOnOrBefore, ymd } from './calendar.js';

export interface RuleResult {
  date: string;
  /** Last day of the period when the expression names a range. */
  until?: string;
}

export type DateRule = (published: string, groups: Record<string, string | undefined>) => RuleResult | null;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function pubParts(published: string): { y: number; m: number; d: number } {
  return { y: Number(published.slice(0, 4)), m: Number(published.slice(5, 7)), d: Number(published.slice(8, 10)) };
}

/** Month (1-12) and year of a "month [year]" expression; without a year, the latest such month not after publication. */
function monthAndYear(published: string, groups: Record<string, string | undefined>): { y: number; m: number } | null {
  const m = MONTHS.indexOf((groups.month ?? '').toLowerCase()) + 1;
  if (m === 0) return null;
  const p = pubParts(published);
  if (groups.year) return { y: Number(groups.year), m };
  return { y: m > p.m ? p.y - 1 : p.y, m };
}

/** Month number (1-12) of a month name or its abbreviation ("Aug", "Sept"); 0 when none. */
function monthNumber(name: string | undefined): number {
  const n = (name ?? '').toLowerCase().slice(0, 3);
  return n.length === 3 ? MONTHS.findIndex((m) => m.startsWith(n)) + 1 : 0;
}

export const DATE_RULES: Record<string, DateRule> = {
  /** "overnight", "last night": the day before publication. */
  dayBefore: (pub) => ({ date: addDays(pub, -1) }),
  /** "this morning", "today". */
  sameDay: (pub) => ({ date: pub }),
  /** "earlier this week": the Wednesday of the publication week, but never after the day before publication. */
  thisWeek: (pub) => {
    const monday = mondayOf(pub);
    const wednesday = addDays(monday, 2);
    const dayBefore = addDays(pub, -1);
    const date = wednesday < dayBefore ? wednesday : dayBefore < monday ? monday : dayBefore;
    return { date, until: pub };
  },
  /** "last week": the Wednesday of the week before the publication week (ACLED: middle of the week). */
  previousWeek: (pub) => {
    const monday = addDays(mondayOf(pub), -7);
    return { date: addDays(monday, 2), until: addDays(monday, 6) };
  },
  /** "the past week": the middle of the seven days before publication. */
  pastWeek: (pub) => ({ date: addDays(pub, -4), until: addDays(pub, -1) }),
  /** "over the weekend": the latest Saturday before publication day. */
  weekend: (pub) => {
    const saturday = weekdayOnOrBefore(addDays(pub, -1), 6);
    return { date: saturday, until: addDays(saturday, 1) };
  },
  /** "earlier this month": the middle of the month, but not after the day before publication. */
  thisMonth: (pub) => {
    const p = pubParts(pub);
    const day = Math.max(1, Math.min(15, p.d - 1));
    return { date: ymd(p.y, p.m, day), until: pub };
  },
  /** "last month": the middle of the previous month. */
  previousMonth: (pub) => {
    const p = pubParts(pub);
    const y = p.m === 1 ? p.y - 1 : p.y;
    const m = p.m === 1 ? 12 : p.m - 1;
    return { date: ymd(y, m, 15), until: ymd(y, m, daysInMonth(y, m)) };
  },
  /** "beginning of March": the first day of the month (ACLED codebook). */
  monthStart: (pub, g) => {
    const my = monthAndYear(pub, g);
    return my && { date: ymd(my.y, my.m, 1), until: ymd(my.y, my.m, 10) };
  },
  /** "mid-March": the 15th. */
  monthMiddle: (pub, g) => {
    const my = monthAndYear(pub, g);
    return my && { date: ymd(my.y, my.m, 15), until: ymd(my.y, my.m, 20) };
  },
  /** "end of March": the last day of the month (ACLED codebook). */
  monthEnd: (pub, g) => {
    const my = monthAndYear(pub, g);
    return my && { date: ymd(my.y, my.m, daysInMonth(my.y, my.m)), until: ymd(my.y, my.m, daysInMonth(my.y, my.m)) };
  },
  /** "August 12" without a year: that day of the latest such month (a day after publication is allowed, as for chrono's days). */
  monthDay: (pub, g) => {
    const m = monthNumber(g.month);
    const d = Number(g.day);
    const p = pubParts(pub);
    if (m === 0 || d < 1 || d > 31) return null;
    const y = daysBetween(pub, ymd(p.y, m, Math.min(d, daysInMonth(p.y, m)))) > 1 ? p.y - 1 : p.y;
    return d > daysInMonth(y, m) ? null : { date: ymd(y, m, d) };
  },
  /** "in 2019": background. The day is 1 July of that year, only so that the mention has one. */
  year: (_pub, g) => (g.year ? { date: ymd(Number(g.year), 7, 1), until: ymd(Number(g.year), 12, 31) } : null),
  /** "last year", "two years ago", "this year": background, dated to the middle of the named year. */
  relativeYear: (pub, g) => {
    const text = (g.text ?? '').toLowerCase();
    const ago = /(\d+|a|one|two|three|four|five) years? ago/.exec(text);
    const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
    const back = text.includes('this year') ? 0 : ago ? (words[ago[1]] ?? Number(ago[1])) : 1;
    return { date: ymd(pubParts(pub).y - back, 7, 1) };
  },
  /** "between 1 and 5 March": the first day of the range (ACLED splits multi-day events by day). */
  rangeFrom: (pub, g) => {
    const my = monthAndYear(pub, g);
    if (!my || !g.from || !g.to) return null;
    const from = Number(g.from);
    const to = Number(g.to);
    if (from < 1 || to > daysInMonth(my.y, my.m) || from > to) return null;
    return { date: ymd(my.y, my.m, from), until: ymd(my.y, my.m, to) };
  },
};
