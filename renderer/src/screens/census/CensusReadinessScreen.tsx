import type { CensusReadiness } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { formatSchoolDate } from '../../../../shared/rules/schoolDate';
import { CensusProblemsTable } from './CensusProblemsTable';
import './census.css';

interface CensusReadinessScreenProps {
  onOpenPupil(pupilId: string): void;
  onBack(): void;
}

const termName = { autumn: 'autumn', spring: 'spring', summer: 'summer' } as const;

/**
 * Before census day: who would fail a census rule, and what to change. Most
 * fixes belong in the MIS (the census is sent from there), so each fix says where.
 */
export function CensusReadinessScreen({ onOpenPupil, onBack }: CensusReadinessScreenProps) {
  const [loaded] = useLoad(() => window.senco.census.readiness(), 'SENCO Desk could not check the register for the census.');
  return (
    <main className="page">
      <p className="back-link">
        <NavLink to="register" onNavigate={onBack}>
          Back to the register
        </NavLink>
      </p>
      <PageHeading title="Census readiness" />
      {loaded.state === 'loading' ? <p role="status">Checking every pupil on roll…</p> : null}
      {loaded.state === 'failed' ? <ErrorSummary errors={[{ message: loaded.error.message }]} /> : null}
      {loaded.state === 'ready' ? <Checked result={loaded.value} onOpenPupil={onOpenPupil} /> : null}
    </main>
  );
}

function Checked({ result, onOpenPupil }: { result: CensusReadiness; onOpenPupil(pupilId: string): void }) {
  const { census, pupilsChecked, pupils } = result;
  const problems = pupils.reduce((sum, pupil) => sum + pupil.problems.length, 0);
  return (
    <>
      <p className="census-day">
        The next census is the {termName[census.term]} census on <strong>{formatSchoolDate(census.date)}</strong>. SENCO Desk checked{' '}
        {pupilsChecked} {pupilsChecked === 1 ? 'pupil' : 'pupils'} on roll that day against the census UPN rules (1500–1550) and SEN rules
        (2120–2175).
      </p>
      {pupils.length === 0 ? (
        <div className="success-panel" role="status">
          <p>No pupil would fail a census UPN or SEN rule.</p>
        </div>
      ) : (
        <>
          <div className="warning-panel" role="status">
            <p>
              {pupils.length} {pupils.length === 1 ? 'pupil needs' : 'pupils need'} a fix before census day ({problems}{' '}
              {problems === 1 ? 'problem' : 'problems'}).
            </p>
          </div>
          <CensusProblemsTable pupils={pupils} onOpenPupil={onOpenPupil} />
        </>
      )}
    </>
  );
}
