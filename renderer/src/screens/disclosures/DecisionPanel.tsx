import type { DisclosureDecision } from '../../api';
import { decisionLines, outcomeLabels, shortKindLabel } from './words';

interface DecisionPanelProps {
  decision: DisclosureDecision;
  /** "Preview" before anything is recorded; "Recorded" once main has put the attempt in the register. */
  recorded: boolean;
}

const panelClass = { allowed: 'success-panel', 'needs-consent': 'warning-panel', 'needs-approval': 'warning-panel', refused: 'warning-panel' } as const;

const summaries = {
  allowed: 'These records may be shared with this recipient.',
  'needs-consent': 'These records cannot be shared with this recipient without consent.',
  'needs-approval': 'Sharing in the interests of the pupil needs the approval of the headteacher or the DSL first.',
  refused: 'These records cannot be shared with this recipient.',
} as const;

/** The gate's decision, as a whole and for each document, with the basis or the reason. */
export function DecisionPanel({ decision, recorded }: DecisionPanelProps) {
  return (
    <section className={panelClass[decision.outcome]} aria-labelledby="decision-heading">
      <h2 id="decision-heading">
        Decision: {outcomeLabels[decision.outcome]}
        {recorded ? ' (recorded in the disclosure register)' : ' (a preview: nothing is recorded yet)'}
      </h2>
      <p>{summaries[decision.outcome]}</p>
      {decision.reason ? <p>{decision.reason}</p> : null}
      <table className="table decision-table">
        <caption className="visually-hidden">Decision for each document</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Decision</th>
            <th scope="col">Basis or reason</th>
          </tr>
        </thead>
        <tbody>
          {decisionLines(decision.documents).map((line) => (
            <tr key={`${line.kind}-${line.outcome}-${line.reason}`}>
              <th scope="row">
                {shortKindLabel(line.kind)}
                {line.count > 1 ? ` (${line.count} pupils)` : ''}
              </th>
              <td>{outcomeLabels[line.outcome]}</td>
              <td>
                {line.basis ? <strong>{line.basis}. </strong> : null}
                {line.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
