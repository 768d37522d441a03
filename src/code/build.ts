// Turn an accepted proposal into a coded event: type from the taxonomy, date (resolveEventDate),
// place (chooseEventPlace), actors, counts, evidence for every field and a confidence.
import type { CodedEvent, Document, Evidence } from '../document.js';
import { knowledge } from './knowledge.js';
import { chooseEventPlace, evidenceList, publicationDay, resolveEventDate, type EventPlace } from './collaborators.js';
import { documentCountry } from '../geo/doc-country.js';
import { countPeople } from './numbers.js';
import { assignParties } from './participants.js';
import type { EventAt } from './frontline.js';
import type { Proposal } from './detect.js';
import type { Tok } from './tokens.js';
import { mergeKey, eventId } from '../merge/key.js';
import { anyMatch } from './patterns.js';
import { tokenize } from './tokens.js';

const demonstrationStory = new WeakMap<Document, boolean>();
/** Does the story name a demonstration, riot or demand anywhere (cues.json demonstration_context)? */
function storyNamesDemonstration(doc: Document): boolean {
  let v = demonstrationStory.get(doc);
  if (v === undefined) demonstrationStory.set(doc, (v = anyMatch(knowledge().cues.demonstration_context, tokenize(doc.text))));
  return v;
}

export interface Part { toks: Tok[]; start: number; end: number }

/**
 * Both armed actors of a report stand before its trigger ("presumed JNIM or ISGS militants shot a
 * civilian"), the report tells of no fighting between them (cues.json fighting_each_other) and names
 * no armed target: they are one side named twice, not two sides fighting each other.
 */
function sidesBefore(doc: Document, p: Proposal, parts: Part[], triggerAt: number, country: string, context: Part[], at: EventAt): boolean {
  const cues = knowledge().cues;
  if (anyMatch(cues.armed_target_only, p.toks) || anyMatch(cues.armed_object, p.toks) || armedVictimNamed(p.toks)) return false;
  const battle = assignParties(doc, 'Battles', 'Armed clash', parts, triggerAt, country, context, at);
  const sides = battle.evidence.filter((e) => e.field === 'actor1' || e.field === 'actor2');
  return sides.length === 2 && sides.every((e) => e.end <= triggerAt && !/\bby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, e.start - 8), e.start))) && !anyMatch(cues.between_sides, p.toks) && !anyMatch(cues.fighting_each_other, p.toks);
}

/** Two sides clashing with each other ("Kikuyu and Maasai groups clashed", "inter-clan fighting"), the victims not named as civilians: a battle whose dead are its fatalities. */
function mutualClash(toks: Tok[]): boolean {
  const cues = knowledge().cues;
  return anyMatch(cues.mutual_clash, toks) && !anyMatch(cues.civilian_word, toks);
}

/** Members of an armed force named as the ones killed, shot or attacked ("two policemen were shot dead"), not off-duty or former (cues.json). */
function armedVictimNamed(toks: Tok[]): boolean {
  const cues = knowledge().cues;
  return anyMatch(cues.armed_victim_passive, toks) && !anyMatch(cues.off_duty, toks);
}

/**
 * Armed men ambush, raid or fire on people named as civilians ("raiders ambushed herders", "gunmen fired on
 * passengers", cues.json civilians_attacked), no fighting back, no forces acting or responding (forces_act,
 * forces_respond) and no armed victim is told: an attack
 * on civilians (ACLED), even when the victims' community is also named as a militia elsewhere.
 */
function civiliansAttacked(toks: Tok[]): boolean {
  const cues = knowledge().cues;
  return anyMatch(cues.civilians_attacked, toks) && !anyMatch(cues.fighting_each_other, toks) && !anyMatch(cues.armed_target_only, toks) && !armedVictimNamed(toks)
    && !anyMatch(cues.forces_act, toks) && !anyMatch(cues.forces_respond, toks);
}

/** The member of an armed force attacked is off duty, retired or former (cues.json off_duty): a civilian victim (ACLED). */
function offDutyVictim(toks: Tok[]): boolean {
  return anyMatch(knowledge().cues.off_duty, toks);
}

/**
 * `previous` is the event of the story's previous accepted mention: a mention with no date or place
 * of its own continues the story where it is (the "overnight" clash and the arrests "at least two
 * jihadists were detained" are the same day and place).
 */
export function buildEvent(doc: Document, p: Proposal, parts: Part[], rank: number, previous: CodedEvent | null, context: Part[] = []): CodedEvent {
  const tax = knowledge().taxonomy;
  let type = tax.subEventTypes.get(p.sub)!;
  const evidence: Evidence[] = [...p.evidence, ...p.evidence.slice(0, 1).map((e) => ({ ...e, field: 'event_type' }))];

  let date = resolveEventDate(doc, p.sentence);
  // "lynched for a murder two weeks ago": a date in the cause clause after the act dates the cause; the act keeps its own clause's date, else none.
  if (p.causeFrom != null && date?.past && date.evidence && date.evidence.start >= p.causeFrom) {
    date = resolveEventDate(doc, { start: p.sentence.start, end: p.causeFrom });
    if (date?.evidence && date.evidence.start >= p.causeFrom) date = { date: publicationDay(doc) ?? date.date, precision: 1, evidence: null, past: false };
  }
  if (previous && (!date || !evidenceList(date.evidence).length)) date = { date: previous.event_date, precision: previous.time_precision, evidence: null, past: false };
  const day = date?.date ?? publicationDay(doc) ?? new Date().toISOString().slice(0, 10);
  evidence.push(...evidenceList(date?.evidence, 'event_date'));

  let place: (Omit<EventPlace, 'latitude' | 'longitude' | 'evidence'> & { latitude: number | null; longitude: number | null; evidence: EventPlace['evidence'] | null }) | null = chooseEventPlace(doc, p.sentence);
  if (previous && previous.location && (!place || (place.geo_precision > previous.geo_precision && place.country === previous.country))) {
    place = { location: previous.location, latitude: previous.latitude, longitude: previous.longitude, geo_precision: previous.geo_precision, country: previous.country, iso: previous.iso, country_code: previous.event_id.split('-')[0] ?? null, admin1: previous.admin1, admin2: previous.admin2, admin3: previous.admin3, evidence: null };
  }
  // A country named only as a side of a border: the country, but not its capital's point.
  if (place?.border) place = { ...place, location: '', latitude: null, longitude: null };
  // No place named: the country the story's actors and national names point to (no point: ACLED codes no country-level events).
  if (!place) {
    const dc = documentCountry(doc);
    if (dc) place = { ...dc, location: '', latitude: null, longitude: null, geo_precision: 3, admin1: '', admin2: '', admin3: '', evidence: null };
  }
  evidence.push(...evidenceList(place?.evidence, 'location'));
  const country = place?.country ?? '';

  const triggerAt = p.toks[p.triggers[0]?.from ?? 0]?.start ?? p.sentence.start;
  const at: EventAt = { place, date: day };
  let parties = assignParties(doc, type.eventType, p.sub, parts, triggerAt, country, context, at);
  // Refiners that depend on who the sides are (data/lexicons/refiners.json "by_parties").
  for (const rule of knowledge().byParties) {
    if (rule.from !== type.name) continue;
    const holds = rule.when === 'two_armed_sides' ? parties.armedSides >= 2 && !(parties.civilianVictims && sidesBefore(doc, p, parts, triggerAt, country, context, at)) && !offDutyVictim(p.toks) && !civiliansAttacked(p.toks)
      : rule.when === 'civilian_victims_only' ? (parties.civilianVictimsOnly && !(p.armedTarget && parties.otherArmed) && !mutualClash(p.toks)) || (parties.civilianVictims && parties.armedSides >= 2 && sidesBefore(doc, p, parts, triggerAt, country, context, at))
      : rule.when === 'armed_victim' ? (p.armedTarget && parties.otherArmed || armedVictimNamed(p.toks)) && !parties.civilianVictims && !offDutyVictim(p.toks)
      : rule.when === 'off_duty_victim' ? offDutyVictim(p.toks) && !anyMatch(knowledge().cues.fighting_each_other, p.toks)
      : rule.when === 'civilians_attacked' ? civiliansAttacked(p.toks)
      : rule.when === 'crowd_perpetrator' ? parties.crowdPerpetrator
      : rule.when === 'crowd_against_forces' ? parties.crowdAgainstForces
      : rule.when === 'no_demonstration' ? !storyNamesDemonstration(doc)
      : rule.when === 'state_forces_first' ? parties.inter1 === 1
      : rule.when === 'non_state_first' ? [2, 3, 4, 8].includes(parties.inter1)
      : false;
    if (holds) {
      type = tax.subEventTypes.get(rule.becomes)!;
      parties = assignParties(doc, type.eventType, type.name, parts, triggerAt, country, context, at);
    }
  }
  evidence.push(...parties.evidence);

  const counts = countPeople(doc, parts);
  evidence.push(...counts.evidence);

  // Confidence: how much evidence supports the event, and how early in the story it is reported.
  let confidence = 0.3 + Math.min(0.3, 0.05 * p.score);
  if (date?.evidence && evidenceList(date.evidence).length) confidence += 0.1;
  if (place) confidence += place.geo_precision === 1 ? 0.15 : place.geo_precision === 2 ? 0.1 : 0.03;
  if (parties.evidence.length) confidence += 0.05 * Math.min(2, parties.evidence.length);
  confidence -= Math.min(0.3, 0.1 * rank);
  confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;

  const event: Omit<CodedEvent, 'event_id'> = {
    doc_id: doc.id,
    event_date: day,
    time_precision: date?.precision ?? 1,
    disorder_type: type.disorderType,
    event_type: type.eventType,
    sub_event_type: type.name,
    actor1: parties.actor1, assoc_actor_1: parties.assoc_actor_1, inter1: parties.inter1,
    actor2: parties.actor2, assoc_actor_2: parties.assoc_actor_2, inter2: parties.inter2,
    interaction: parties.interaction, civilian_targeting: parties.civilian_targeting,
    iso: place?.iso ?? null,
    country,
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    admin3: place?.admin3 ?? '',
    location: place?.location ?? '',
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.geo_precision ?? 3,
    fatalities: counts.fatalities,
    fatalities_unknown: counts.fatalitiesUnknown,
    arrests: counts.arrests,
    notes: parts.map((x) => doc.text.slice(x.start, x.end)).join(' '),
    source: doc.meta.source ?? '',
    confidence,
    evidence,
  };
  return { event_id: eventId(place?.country_code ?? null, doc.id, mergeKey(event)), ...event } as CodedEvent;
}
