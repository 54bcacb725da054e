/**
 * Staff sign in by typing their name, so two spellings of one name must
 * match: case, spacing and Unicode forms do not count.
 */
export function staffNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');
}
