// Raw bytes → text, or a reason why they are not text.
//
// Choice for bytes that are not valid UTF-8: news text that is not UTF-8 is almost always
// windows-1252 (or its subset latin-1), which maps every byte except five to a character. So we decode
// it as windows-1252 and say so in a message; only when the bytes look binary (NUL bytes, many
// control characters) is the input rejected.

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; encoding: string; note: string | null }
  | { ok: false; reason: string; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** True when the bytes look like a binary file (images, archives, executables). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.02;
}

export function decodeBytes(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'no bytes' };
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', detail: 'NUL or control bytes: not text' };
  const charset = declaredCharset?.toLowerCase().trim();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      const text = new TextDecoder(charset).decode(bytes);
      return { ok: true, text, encoding: charset, note: `decoded as declared charset ${charset}` };
    } catch {
      // unknown label: fall through to UTF-8 / windows-1252
    }
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', note: null };
  } catch {
    const text = cp1252.decode(bytes);
    if (/[\u0080-\u009f]/.test(text) && (text.match(/[\u0080-\u009f]/g)?.length ?? 0) > 8) {
      return { ok: false, reason: 'undecodable', detail: 'neither valid UTF-8 nor plausible windows-1252' };
    }
    return { ok: true, text, encoding: 'windows-1252', note: 'not valid UTF-8; decoded as windows-1252' };
  }
}
