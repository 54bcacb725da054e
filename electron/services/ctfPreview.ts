import { senHistoryFromCtf } from '../../shared/rules/ctfHistory';
import { checkUpn, normaliseUpn } from '../../shared/rules/upn';
import type { CtfPupil } from '../imports/ctfTypes';

/** Each pupil of a CTF as the preview shows them: new or matched by UPN, UPN problems, SEN periods and warnings. */
export function previewCtfPupils(pupils: readonly CtfPupil[], knownUpns: ReadonlySet<string>) {
  return pupils.map((pupil) => {
    const history = senHistoryFromCtf(pupil.senHistory);
    return {
      line: pupil.line,
      name: `${pupil.preferredForename ?? pupil.forename} ${pupil.preferredSurname ?? pupil.surname}`,
      upn: pupil.upn,
      upnProblems: checkUpn(pupil.upn).errors,
      action: knownUpns.has(normaliseUpn(pupil.upn)) ? ('update' as const) : ('new' as const),
      senPeriods: history.statuses.length,
      warnings: history.warnings,
    };
  });
}
export type CtfPreviewPupil = ReturnType<typeof previewCtfPupils>[number];
