// MinHash over word shingles, and LSH bands.
// A signature of NUM_HASHES minima of universal hashes of the body's 5-word shingles estimates the
// Jaccard similarity of two bodies; documents whose signatures agree on a whole band of rows share an
// LSH bucket and become candidates. With BANDS × ROWS = 32 × 4, a pair with Jaccard J is a candidate
// with probability 1 − (1 − J⁴)³²: 0.5 at J ≈ 0.42, 0.98 at J = 0.6 (the threshold on the estimate is
// then applied to the candidates; see bench/dedupe-threshold.bench.ts for how it was chosen).
import { fnv1a } from '../util/hash.js';

export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;

/** Lower-cased word tokens (letters and digits) of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct k-word shingles (the whole text as one shingle when shorter). */
export function shingles(text: string, k = SHINGLE_WORDS): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < k) { out.add(fnv1a(w.join(' '))); return out; }
  for (let i = 0; i + k <= w.length; i++) out.add(fnv1a(w.slice(i, i + k).join(' ')));
  return out;
}

// Seeds of the hash family h_i(x) = mix(x ^ A_i) — fixed so that signatures are stable across runs.
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    s[i] = x;
  }
  return s;
})();

/** A 32-bit integer finaliser (murmur3 fmix32). */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function minhash(shingleSet: Set<number>): number[] {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingleSet) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix(s ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity: the share of equal minima. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** One hash per band of ROWS rows (signed-safe, unsigned 32-bit), the keys of the LSH buckets. */
export function bands(sig: number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    out.push(h | 0);
  }
  return out;
}

/** Exact Jaccard similarity of two shingle sets (for measurement). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}
