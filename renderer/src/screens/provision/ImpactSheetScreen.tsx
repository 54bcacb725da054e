import { broadAreaLabels, ncYearGroupLabels } from '../../../../shared/domain/sen';
import { evaluationDecisionLabels } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { useLoad } from '../../components/useLoad';
import { longDate } from '../register/labels';
import type { ImpactSheet } from './api';
import { CostNotes } from './CostNotes';
import { formatPence } from './money';
import type { MapDocument } from './printRequest';
import { costPair, dateSpan, shortWave, signed } from './words';

interface ImpactSheetScreenProps {
  groupId: string;
  onBack(): void;
  onOpenPupil(pupilId: string): void;
  onPrint?: ((document: MapDocument, title: string) => void) | undefined;
}

/** A group's intervention impact: each pupil's change, the group's summary and its evaluation, as it prints. */
export function ImpactSheetScreen({ groupId, onBack, onOpenPupil, onPrint }: ImpactSheetScreenProps) {
  const [loaded] = useLoad(() => window.senco.provisionMaps.impact({ groupId, audience: 'staff' }), 'SENCO Desk could not build the impact sheet.');
  return (
    <main className="page page--wide">
      <p className="back-link">
        <NavLink to="group" onNavigate={onBack}>
          Back to the group
        </NavLink>
      </p>
      {loaded.state === 'loading' ? <PageHeading title="Impact sheet">Building the impact sheet…</PageHeading> : null}
      {loaded.state === 'failed' ? (
        <>
          <PageHeading title="Impact sheet" />
          <ErrorSummary errors={[{ message: loaded.error.message }]} />
        </>
      ) : null}
      {loaded.state === 'ready' ? <Sheet sheet={loaded.value} onOpenPupil={onOpenPupil} onPrint={onPrint} /> : null}
    </main>
  );
}

function Sheet({ sheet, onOpenPupil, onPrint }: { sheet: ImpactSheet } & Pick<ImpactSheetScreenProps, 'onOpenPupil' | 'onPrint'>) {
  const { group, summary } = sheet;
  const costs = sheet.pupils.some((p) => p.cost);
  const unit = (n: number | null) => (n === null ? '—' : `${signed(n)} ${Math.abs(n) === 1 ? group.unit.one : group.unit.many}`);
  const rows: [string, string][] = [
    ['Pupils', String(summary.pupils)],
    ['Measured on entry and exit', String(summary.measured)],
    ['Improved', String(summary.improved)],
    ['Mean change', unit(summary.meanChange)],
    ['Mean change a month', unit(summary.meanPerMonth)],
    ['Mean review outcome', summary.meanOutcomeScore === null ? '—' : signed(summary.meanOutcomeScore)],
  ];
  if (summary.cost) rows.push(['Cost', costPair(summary.cost)]);
  if (summary.costPerUnitGainPence !== undefined) rows.push([`Cost per ${group.unit.one} gained`, summary.costPerUnitGainPence === null ? 'No gain to divide by' : formatPence(summary.costPerUnitGainPence)]);
  return (
    <>
      <PageHeading title={sheet.header.title} />
      <p className="page-intro">
        {broadAreaLabels[group.area]} · {shortWave(group.wave)} · {group.when} · {dateSpan(group.startDate, group.endDate)}
      </p>
      {onPrint ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => onPrint({ kind: 'provision-impact', groupId: group.id }, sheet.header.title)}>
            Print or save as PDF
          </button>
        </div>
      ) : null}
      <section className="card" aria-labelledby="impact-summary-heading">
        <h2 id="impact-summary-heading">Summary</h2>
        <p>
          Intended outcome: {group.intendedOutcome}. Measure: {group.measureLabel}.
        </p>
        <SummaryList rows={rows} />
      </section>
      <CostNotes header={sheet.header} />
      <section className="card" aria-labelledby="impact-pupils-heading">
        <h2 id="impact-pupils-heading">Pupils</h2>
        <table className="table">
          <caption className="visually-hidden">Each pupil’s entry and exit scores, change and review</caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Dates</th>
              <th scope="col">Entry</th>
              <th scope="col">Exit</th>
              <th scope="col">Change</th>
              <th scope="col">A month</th>
              <th scope="col">Review outcome</th>
              {costs ? <th scope="col">Cost</th> : null}
            </tr>
          </thead>
          <tbody>
            {sheet.pupils.map((p) => (
              <tr key={p.membershipId}>
                <th scope="row">
                  <NavLink to={`pupil-${p.pupilId}`} onNavigate={() => onOpenPupil(p.pupilId)}>
                    {p.name}
                  </NavLink>
                  {p.year ? <div className="cell-note">{ncYearGroupLabels[p.year]}</div> : null}
                </th>
                <td>{dateSpan(p.startDate, p.endDate)}</td>
                <td>{p.scores.entry ?? '—'}</td>
                <td>{p.scores.exit ?? '—'}</td>
                <td>{signed(p.scores.change)}</td>
                <td>{signed(p.scores.perMonth)}</td>
                <td>{p.outcome ? `${p.outcome.label} (${signed(p.outcome.score)})` : '—'}</td>
                {costs ? <td>{p.cost ? formatPence(p.cost.projectedPence) : '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="impact-evaluation-heading">
        <h2 id="impact-evaluation-heading">Evaluation</h2>
        <p>{sheet.evaluation ? `${evaluationDecisionLabels[sheet.evaluation.decision]} (${longDate(sheet.evaluation.date)}): ${sheet.evaluation.reason}` : 'The group has not been evaluated yet.'}</p>
      </section>
    </>
  );
}
