// RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF rows, an optional BOM.

/** Rows of a CSV text as arrays of strings. A quote left open at the end is an error with its row. */
export function* parseCsv(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let row: string[] = [];
  let field = '';
  let rowNumber = 1;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // a quoted field: up to the closing quote not followed by another quote
      const start = rowNumber;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`CSV row ${start}: a quoted field is never closed`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') { field += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      for (const c of field) if (c === '\n') rowNumber++;
      continue;
    }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' || ch === '\n') {
      row.push(field); field = '';
      yield row; row = [];
      rowNumber++;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) { row.push(field); yield row; }
}

/** Rows as objects keyed by the header row's names (trimmed, lower-cased). */
export function* parseCsvRecords(text: string): Generator<{ row: number; record: Record<string, string> }> {
  let header: string[] | null = null;
  let row = 0;
  for (const cells of parseCsv(text)) {
    row++;
    if (!header) { header = cells.map((h) => h.trim().toLowerCase()); continue; }
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    const record: Record<string, string> = {};
    header.forEach((h, k) => { record[h] = cells[k] ?? ''; });
    yield { row, record };
  }
}
