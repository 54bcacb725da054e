import { type CensusSenCode, censusNeedsFor, censusSenProblems } from './census';
import { type UpnErrorCode, checkUpn, normaliseUpn } from './upn';

export interface ReadinessProblem {
  code: UpnErrorCode | '1520' | CensusSenCode;
  message: string;
  fix: string;
}

/** What the census would send for one pupil on census day. */
export interface CensusPupil {
  upn: string | null;
  /** The open status on census day; none counts as N (the monitoring list too). */
  provision: string | null;
  needs: readonly { type: string; rank: number }[];
}

const upnFixes: Record<UpnErrorCode, string> = {
  '1500': 'Add the pupil’s UPN: copy it from the school’s MIS.',
  '1510': 'Check the UPN against the MIS: a character is wrong, or the check letter was mistyped.',
  '1530': 'Check characters 2–4 against the MIS: they must be the LA number that issued the UPN.',
  '1540': 'Check characters 5–12 against the MIS: they are all digits.',
  '1550': 'Check the last character against the MIS: a digit, or a letter for a temporary UPN.',
};

/**
 * Every census rule one pupil would fail (UPN 1500–1550 and SEN 2120–2175),
 * each with the fix. `duplicates` holds the UPNs shared by more than one
 * pupil in the school (census 1520), normalised as checkUpn reads them.
 */
export function censusReadinessProblems(pupil: CensusPupil, duplicates: ReadonlySet<string>): ReadinessProblem[] {
  const upn = checkUpn(pupil.upn ?? '');
  const problems: ReadinessProblem[] = upn.errors.map((error) => ({ ...error, fix: upnFixes[error.code] }));
  if (upn.upn && duplicates.has(normaliseUpn(upn.upn))) {
    problems.push({
      code: '1520',
      message: '1520: another pupil in the school has the same UPN.',
      fix: 'Find the other pupil with this UPN and correct whichever is wrong in the MIS, then re-import.',
    });
  }
  // Open needs on a pupil with no SEN provision would go to the census too: 2125 names them.
  const senProblems = censusSenProblems({ provision: pupil.provision ?? 'N', needs: censusNeedsFor(pupil.needs) });
  for (const problem of senProblems) problems.push(problem);
  return problems;
}
