/**
 * Why an imported file is refused: the line it was noticed on (null when the
 * whole file is at fault, e.g. its size) and a plain-English reason ready to
 * show, starting "Line N: " when there is a line.
 *
 * Reasons name elements and lines, never a value from the file: a reason may
 * end up in a log, and a file of pupils is personal data (STYLE.md 15).
 */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
  readonly reason: string;

  constructor(
    readonly line: number | null,
    text: string,
  ) {
    const reason = atLine(line, text);
    super(reason);
    this.reason = reason;
  }
}

/** "Line 42: a Pupil has no DOB." for a line; the text, capitalised, without one. */
export function atLine(line: number | null, text: string): string {
  return line === null ? text.charAt(0).toUpperCase() + text.slice(1) : `Line ${line}: ${text}`;
}
