import type { CensusReadiness } from '../../api';
import { yearLabel } from '../register/labels';

interface CensusProblemsTableProps {
  pupils: CensusReadiness['pupils'];
  onOpenPupil(pupilId: string): void;
}

/** One row per pupil, every failing rule with its census code and its fix. */
export function CensusProblemsTable({ pupils, onOpenPupil }: CensusProblemsTableProps) {
  return (
    <table className="table census-table">
      <caption className="visually-hidden">Pupils who would fail a census rule</caption>
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">UPN</th>
          <th scope="col">Year</th>
          <th scope="col">What is wrong, and the fix</th>
        </tr>
      </thead>
      <tbody>
        {pupils.map((pupil) => (
          <tr key={pupil.pupilId}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpenPupil(pupil.pupilId)}>
                {pupil.name}
              </button>
            </th>
            <td className="census-table__upn">{pupil.upn ?? 'None'}</td>
            <td className="census-table__year">{pupil.ncYear ? yearLabel(pupil.ncYear) : 'Not known'}</td>
            <td>
              <ul className="census-problems">
                {pupil.problems.map((problem, index) => (
                  <li key={`${problem.code}-${index}`}>
                    <span className="census-problems__message">{problem.message}</span>
                    <span className="census-problems__fix">Fix: {problem.fix}</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
