/**
 * One character of a group changed, in a way the key's check character always
 * catches: a data character replaced by A or B (never the 0 ↔ Z pair the
 * check cannot tell apart).
 */
export function mistype(group: string): string {
  const replacement = group[0] === 'A' ? 'B' : 'A';
  return replacement + group.slice(1);
}

/** The key as someone might type it from the kit: lower case, spaces between groups, a line break in the middle. */
export function typedLoosely(groups: readonly string[]): string {
  return `${groups.slice(0, 7).join(' ')}\n${groups.slice(7).join(' - ')}`.toLowerCase();
}
