// Detectors: per sentence, trigger rules (data/lexicons/triggers.json) propose sub-event types; the
// modality refiner rejects triggers that do not report a new, real event; the combine rules
// (data/lexicons/refiners.json) settle which type the sentence reports. Returns one proposal per
// sentence that has any trigger: accepted (rejected = null) or rejected with the reason.
import type { Document, Evidence, Sentence } from '../document.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { anyMatch, findAll } from './patterns.js';
import { CLAUSE_BREAK, tokenize, type Tok } from './tokens.js';
import { causeClauseStart, datedBackground, modalityOf, type Trigger } from './modality.js';
import { publicationDay } from './collaborators.js';
import { actorCueHolds } from './actor-cues.js';

export interface Proposal {
  sentence: Sentence;
  /** Index of the sentence in the document. */
  index: number;
  toks: Tok[];
  sub: string;
  score: number;
  triggers: Trigger[];
  rejected: string | null;
  evidence: Evidence[];
  /** The sentence names an armed target (soldiers, a base, a patrol): violence against it is not against civilians. */
  armedTarget: boolean;
  /** Where a cause clause after the act starts ("lynched for a murder two weeks ago"): its dates are not the act's. */
  causeFrom?: number | null;
}

/** How many sentences before the current one a trigger's 'with' cue may be found in ("Students protested. They pelted police with stones."). */
const WITH_CONTEXT = 2;
/** How many sentences after the current one a 'with' cue may be found in ("Workers protested. Police dispersed them."). */
const WITH_AFTER = 2;

/** `span`: the document and offsets of the tokens, when a named actor there may also make a cue set hold (actor-cues.json). */
function cueHolds(k: Knowledge, names: string[], toks: Tok[], all: boolean, cache: Map<string, boolean>, span?: { doc: Document; start: number; end: number }): boolean {
  if (!names.length) return all;
  const test = (n: string) => {
    const key = span ? `${n}+actors` : n;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = anyMatch(k.cues[n], toks) || (!!span && actorCueHolds(span.doc, n, span.start, span.end))));
    return v;
  };
  return all ? names.every(test) : names.some(test);
}

const BARE_YEAR = /\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)/i;

/** The rejection reason of a sentence that only tells the outcome of the previous event: its sentence is read with that event. */
export const CONTINUATION = 'continuation';

/** Perpetrators named in a sentence: an armed actor or a crowd. */
const PERPETRATOR_INTER = new Set([1, 2, 3, 4, 5, 8]);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'got']);
/** A sentence this short that only says who was hurt ("4 policemen injured.") has no room for a new event. */
const SHORT = 8;

function continuesPrevious(doc: Document, k: Knowledge, out: Proposal[], sentence: Sentence, toks: Tok[], accepted: Trigger[]): boolean {
  // The event whose outcome this tells: the last proposal before any outcome sentences already read with it ("Several arrested. Some injured.").
  const previous = [...out].reverse().find((p) => p.rejected !== CONTINUATION);
  if (!previous || previous.rejected) return false;
  if (!accepted.every((t) => anyMatch(k.outcomeOnly, toks, t.from, t.to))) return false;
  if (toks.some((t) => t.norm === 'by')) return false;
  // "Officers were injured": the forces named are the victims of the previous event, not perpetrators.
  if (anyMatch(k.cues.armed_victim_passive, toks)) return true;
  // "Five police officers were injured": the people named are the outcome's victims, not a new perpetrator.
  if (accepted.every((t) => anyMatch(k.cues.harmed_only, toks, t.from, t.from + 1) && (toks.length <= SHORT || toks.slice(Math.max(0, t.from - 3), t.from).some((x) => PASSIVE.has(x.norm))))) return true;
  return !doc.actors.some((a) => a.start >= sentence.start && a.end <= sentence.end && PERPETRATOR_INTER.has(a.inter));
}

/** An explosion or harm told as real (cues.json explosion_reported), not as hypothetical or negated ("it could have killed many", "did not explode"). */
function explosionTold(k: Knowledge, toks: Tok[]): boolean {
  return findAll(k.cues.explosion_reported, toks).some((m) => !modalityOf({ sub: 'Remote explosive/landmine/IED', from: m.from, to: m.to }, toks, 0, toks.length));
}

/**
 * "Farmers protested after pollution destroyed their crops", "rallied against the detention of activists
 * accused of vandalising a bank": violence named after a protest and a topic word (cues.json
 * protest_topic) in the same clause is what the protest is about, not its act. A verb joined by "and"
 * ("protested against the law and burned tyres") or a clause after a comma is the protesters' own act.
 */
function protestTopics(k: Knowledge, toks: Tok[], accepted: (Trigger & { weight: number })[], rejected: (Trigger & { reason: string })[]): void {
  // The act of protesting ("protested", "a demonstration"), not the people ("the protesters were dispersed").
  const protest = accepted.find((t) => t.sub === 'Peaceful protest' && !anyMatch(k.cues.protester_nouns, toks, t.from, t.from + 1));
  if (!protest) return;
  for (let i = accepted.length - 1; i >= 0; i--) {
    const t = accepted[i];
    if (t.sub === 'Peaceful protest' || t.from < protest.to) continue;
    const topic = findAll(k.cues.protest_topic, toks, protest.to, t.from).at(-1);
    if (!topic) continue;
    const between = toks.slice(topic.to, t.from), word = toks[t.from].norm, before = toks[t.from - 1]?.norm;
    // "..., burning tyres", "- led to rioting", "turned violent": the protest's own course.
    if (between.some((x) => x.norm === ',' || x.norm === '-' || CLAUSE_BREAK.has(x.norm)) || anyMatch(k.cues.protest_course, toks, topic.to, t.to)) continue;
    // "protested against the law and burned tyres", "protested against X by setting fire to stalls".
    if (before === 'and' && finite(k, toks, t.from) && !/(?:ed|en)$/.test(toks[t.from - 2]?.norm ?? '')) continue;
    if (before === 'by' && word.endsWith('ing')) continue;
    // "residents demonstrating against the curfew vandalised a station": the crowd's main verb after a noun phrase.
    if (toks[protest.from].norm.endsWith('ing') && !CLAUSE_TOPIC.has(toks[topic.from].norm) && finite(k, toks, t.from)) continue;
    rejected.push({ ...t, reason: 'grievance' });
    accepted.splice(i, 1);
  }
}
/** A finite verb at toks[i]: a past tense in -ed or an irregular one (cues.json irregular_past). */
const finite = (k: Knowledge, toks: Tok[], i: number) => toks[i].norm.endsWith('ed') || anyMatch(k.cues.irregular_past, toks, i, i + 1);
/** Topic words that open a clause ("after police shot a man"), not a noun phrase ("against the curfew"). */
const CLAUSE_TOPIC = new Set(['after', 'following']);

/** `toksOf`: the tokens of each sentence, filled as they are needed (shared with the caller). */
export function detect(doc: Document, sentences: Sentence[], toksOf: Tok[][] = []): Proposal[] {
  const k = knowledge();
  const out: Proposal[] = [];
  const pubYear = Number((publicationDay(doc) ?? '').slice(0, 4)) || null;
  // Which cue sets hold in each sentence (by sentence index), kept for the whole document: a sentence
  // is read again as the context of the sentences after it. A cue depends on the sentence's tokens alone
  // (the "+actors" keys also on its actors), so the answers hold for every reader.
  const cueCaches: Map<string, boolean>[] = [];
  const cacheOf = (j: number) => (cueCaches[j] ??= new Map());
  sentences.forEach((sentence, index) => {
    const toks = (toksOf[index] ??= tokenize(doc.text, sentence.start, sentence.end));
    if (!toks.length) return;
    // A 'with' cue holds in this sentence or in one of the WITH_CONTEXT sentences before it.
    const withHolds = (names: string[], after: string[]): boolean => {
      if (cueHolds(k, names, toks, true, cueCache, { doc, start: sentence.start, end: sentence.end })) return true;
      for (let j = index - 1; j >= Math.max(0, index - WITH_CONTEXT); j--) {
        if (!toksOf[j]?.length) continue;
        if (cueHolds(k, names, toksOf[j], true, cacheOf(j))) return true;
      }
      // ... or (the rule's with_after cues) in one of the WITH_AFTER sentences after it ("Workers protested. Police dispersed them.").
      if (!after.length) return false;
      for (let j = index + 1; j < Math.min(sentences.length, index + 1 + WITH_AFTER); j++) {
        toksOf[j] ??= tokenize(doc.text, sentences[j].start, sentences[j].end);
        if (!toksOf[j].length) continue;
        if (cueHolds(k, after, toksOf[j], false, cacheOf(j))) return true;
      }
      return false;
    };
    const accepted: (Trigger & { weight: number })[] = [];
    const rejected: (Trigger & { reason: string })[] = [];
    const cueCache = cacheOf(index);
    // One scan of the sentence over every trigger pattern; then, rule by rule (in file order), the
    // rule's cues are checked and each start is taken once.
    const found = findAll(k.triggerPatterns, toks);
    if (!found.length) return;
    const hits = found.map((m) => ({ m, ...k.ruleOf.get(m.pattern)! })).sort((a, b) => a.index - b.index || a.m.from - b.m.from);
    for (let h = 0; h < hits.length; ) {
      const { rule, index: ruleIndex } = hits[h];
      let end = h;
      while (end < hits.length && hits[end].index === ruleIndex) end++;
      const ruleHits = hits.slice(h, end);
      h = end;
      if (!withHolds(rule.with, rule.withAfter)) continue;
      if (rule.without.length && cueHolds(k, rule.without, toks, false, cueCache)) continue;
      const seen = new Set<number>();
      for (const { m } of ruleHits) {
        if (seen.has(m.from)) continue;
        seen.add(m.from);
        const t = { sub: rule.sub, from: m.from, to: m.to };
        const reason = modalityOf(t, toks, 0, toks.length, doc.text);
        if (reason) rejected.push({ ...t, reason });
        else accepted.push({ ...t, weight: rule.weight });
      }
    }
    if (!accepted.length && !rejected.length) return;
    protestTopics(k, toks, accepted, rejected);
    // Outcome-only sentences after a reported event continue it ("Rioters attacked voters. 8 injured.").
    if (accepted.length && continuesPrevious(doc, k, out, sentence, toks, accepted)) {
      const t = accepted[0];
      out.push({ sentence, index, toks, sub: t.sub, score: 0, triggers: [t], rejected: CONTINUATION, evidence: [{ field: 'sub_event_type', start: toks[t.from].start, end: toks[t.to - 1].end, text: doc.text.slice(toks[t.from].start, toks[t.to - 1].end) }], armedTarget: false });
      return;
    }
    // A sentence dated well before publication, or about a bare earlier year, is background.
    let background: string | null = null;
    const causeFrom = accepted.length ? causeClauseStart(toks, Math.min(...accepted.map((t) => t.to))) : null;
    if (accepted.length) {
      const year = BARE_YEAR.exec(sentence.text);
      if (year && pubYear && Number(year[1]) < pubYear && !/\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b/.test(sentence.text)) background = 'background';
      else if (datedBackground(doc, sentence, causeFrom)) background = 'background';
    }
    const span = (t: Trigger): Evidence => {
      const start = toks[t.from].start, end = toks[t.to - 1].end;
      return { field: 'sub_event_type', start, end, text: doc.text.slice(start, end) };
    };
    if (!accepted.length || background) {
      const t = rejected[0] ?? accepted[0];
      const reason = background ?? rejected[0].reason;
      out.push({ sentence, index, toks, sub: t.sub, score: 0, triggers: [t], rejected: reason, evidence: [span(t)], armedTarget: false });
      return;
    }
    // Score each proposed type by the weights of its distinct triggers.
    const scores = new Map<string, number>();
    for (const t of accepted) scores.set(t.sub, (scores.get(t.sub) ?? 0) + t.weight);
    let forced: string | null = null;
    for (const rule of k.combine) {
      if (!rule.when.every((w) => scores.has(w))) continue;
      if (rule.cue && !anyMatch(k.cues[rule.cue], toks)) continue;
      // 'unless': a cue set that stops the rule ("caused material damage" is property destruction unless people were hurt).
      const unless = (rule as { unless?: string }).unless;
      if (unless && anyMatch(k.cues[unless], toks)) continue;
      const total = rule.when.reduce((s, w) => s + (scores.get(w) ?? 0), 0);
      for (const d of rule.drop) scores.delete(d);
      scores.set(rule.becomes, Math.max(total, scores.get(rule.becomes) ?? 0));
      if (!forced) forced = rule.becomes;
      // Re-check later rules against what is left.
    }
    let best: string | null = null;
    for (const [sub, score] of scores) {
      if (!best) { best = sub; continue; }
      const b = scores.get(best)!;
      const rankA = k.taxonomy.subEventTypes.get(sub)!.rank, rankB = k.taxonomy.subEventTypes.get(best)!.rank;
      if (score > b || (score === b && rankA < rankB)) best = sub;
    }
    if (!best) return;
    // A device named again after a story's defusal or seizure ("Police defused a bomb. The explosive was planted near a school."),
    // with no explosion or harm told: the same device, read with that event (cues.json explosion_reported).
    if (best === 'Remote explosive/landmine/IED' && !explosionTold(k, toks)) {
      const previous = [...out].reverse().find((p) => p.rejected !== CONTINUATION);
      if (previous && !previous.rejected && previous.sub === 'Disrupted weapons use') {
        const t = accepted.find((x) => x.sub === best) ?? accepted[0];
        out.push({ sentence, index, toks, sub: best, score: 0, triggers: [t], rejected: CONTINUATION, evidence: [span(t)], armedTarget: false });
        return;
      }
    }
    const triggers = accepted.filter((t) => t.sub === best || (forced === best));
    const chosen = triggers.length ? triggers : accepted;
    out.push({ sentence, index, toks, sub: best, score: scores.get(best)!, triggers: chosen, rejected: null, evidence: chosen.slice(0, 3).map(span), armedTarget: cueHolds(k, ['armed_target'], toks, true, cueCache), causeFrom });
  });
  return out;
}
