/**
 * CSV as MIS exports write it (RFC 4180): commas, double-quoted fields with
 * "" for a quote, line breaks inside quotes, CRLF or LF, an optional BOM.
 * Returns rows of raw strings with the line each row starts on, or the line
 * where the file stops making sense.
 */
export type CsvResult = { ok: true; rows: { line: number; cells: string[] }[] } | { ok: false; line: number; reason: string };

export function parseCsv(text: string): CsvResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteOpenedOn = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    // A blank line is not a row (exports often end with one).
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = input[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return { ok: false, line, reason: `Line ${line}: text follows a closing quote; a quote inside a field is written "".` };
        }
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') {
      if (cell !== '') return { ok: false, line, reason: `Line ${line}: a quote starts in the middle of a field.` };
      quoted = true;
      quoteOpenedOn = line;
    } else if (c === ',') {
      endCell();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { ok: false, line: quoteOpenedOn, reason: `Line ${quoteOpenedOn}: a quoted field is never closed.` };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
