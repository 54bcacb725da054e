import { nextCensusDay } from '../../shared/rules/censusDays';
import { censusReadinessProblems } from '../../shared/rules/censusReadiness';
import { londonDate } from '../../shared/rules/schoolDate';
import { duplicateUpns } from '../../shared/rules/upn';
import { registerRows } from '../db/repositories/register';
import type { SessionService } from './session';

/**
 * Before each census day: every pupil on roll that day who would fail a
 * census UPN rule (1500–1550) or SEN rule (2120–2175), each with the fix.
 */
export class CensusReadinessService {
  constructor(private readonly session: SessionService) {}

  check() {
    const census = nextCensusDay(londonDate(this.session.now()));
    // On roll on census day: not left before it.
    const rows = registerRows(this.session.db(), census.date, false);
    const duplicates = duplicateUpns(rows.flatMap((row) => (row.upn ? [row.upn] : [])));
    const pupils = rows.flatMap((row) => {
      const problems = censusReadinessProblems(row, duplicates);
      if (problems.length === 0) return [];
      const name = `${row.preferredForename ?? row.legalForename} ${row.preferredSurname ?? row.legalSurname}`;
      return [{ pupilId: row.id, name, upn: row.upn, ncYear: row.ncYear, problems }];
    });
    return { census, pupilsChecked: rows.length, pupils };
  }
}
