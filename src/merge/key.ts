// The merge key of an event: its normalised actor pair, place and day. ACLED codes one event per
// actor pair, location and day, so events sharing a key are one event (src/store/sqlite/events.ts
// merges reports from different documents by it).
import { createHash } from 'node:crypto';
import type { CodedEvent } from '../document.js';

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\([^)]*\d{4}[^)]*\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

export function mergeKey(e: Pick<CodedEvent, 'actor1' | 'actor2' | 'location' | 'latitude' | 'longitude' | 'country' | 'event_date'>): string {
  const pair = [norm(e.actor1), norm(e.actor2)].sort().join('+');
  const place = e.latitude !== null && e.longitude !== null ? `${e.latitude.toFixed(2)},${e.longitude.toFixed(2)}` : norm(`${e.location} ${e.country}`);
  return `${pair}|${place}|${e.event_date}`;
}

/** A stable public id for an event: country code and a hash of its first document and key. */
export function eventId(countryCode: string | null, docId: string, key: string): string {
  const h = createHash('sha256').update(`${docId}\n${key}`).digest('hex').slice(0, 10);
  return `${(countryCode ?? 'XX').toUpperCase()}-${h}`;
}
