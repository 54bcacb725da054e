import { formatLondonDateTime } from '../../../../shared/rules/schoolDate';

interface Recorded {
  at: string;
  by: string | null;
}

/** "29 November 2026 at 9am by Priya Shah": when a version was typed in, and by whom. Imports have no person. */
export function savedWhenBy(recorded: Recorded, staffNames: Readonly<Record<string, string>>): string {
  const who = recorded.by === null ? 'an import' : (staffNames[recorded.by] ?? 'a member of staff');
  return `${formatLondonDateTime(recorded.at)} by ${who}`;
}
