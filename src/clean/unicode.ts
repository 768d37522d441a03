// Unicode normalisation: NFC, one kind of line break, no zero-width or control characters,
// ordinary spaces for the exotic ones.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g;
// C0 and C1 controls except tab and line feed (carriage returns are turned into line feeds first).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

export function normalizeUnicode(s: string): string {
  return s
    .replace(LINE_BREAKS, '\n')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ');
}
