/**
 * Other pupils are never identified in a pupil's document (REFERENCE.md §5).
 * Structured records belong to the one pupil, but free text is typed by
 * people ("works well with Tom Hughes"), so a document can be given the names
 * of the other pupils on roll and every full name of theirs in free text
 * reads "another pupil" instead.
 *
 * Only a forename and surname together are matched: a forename alone is too
 * often also a word, a staff name or the pupil's own friend's nickname to
 * replace safely, and a wrong replacement would change the meaning of a
 * record. That limit is the writer's to mind.
 */

export interface PupilName {
  forename: string;
  surname: string;
}

export const ANOTHER_PUPIL = 'another pupil';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).map(escape).join('\\s+');

/**
 * A function that hides those names in a text, and counts what it hid. Names
 * of `self` are never hidden: the export service may pass the whole roll.
 */
export function otherPupilsHider(names: readonly PupilName[], self: readonly PupilName[]): { hide(text: string): string; hidden(): number } {
  const own = new Set(self.map(key));
  const patterns = [...new Set(names.filter((n) => !own.has(key(n)) && n.forename.trim() && n.surname.trim()).map((n) => `${words(n.forename)}\\s+${words(n.surname)}`))]
    // Longest first, so "Tom Hughes-Smith" is hidden whole rather than as "another pupil-Smith".
    .sort((a, b) => b.length - a.length);
  let count = 0;
  if (patterns.length === 0) return { hide: (text) => text, hidden: () => 0 };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  return {
    hide(text) {
      return text.replace(pattern, () => {
        count++;
        return ANOTHER_PUPIL;
      });
    },
    hidden: () => count,
  };
}

function key(n: PupilName): string {
  return `${n.forename.trim().toLowerCase()} ${n.surname.trim().toLowerCase()}`;
}
