import { recipientKindLabels } from '../../../../shared/domain/disclosure';
import { formatLondonDateTime, formatSchoolDate } from '../../../../shared/rules/schoolDate';
import type { DisclosureRegisterEntry } from '../../api';
import { decisionLines, outcomeLabels, shortKindLabel } from './words';

/** One decision in the register; its reasons, basis and hash open underneath. */
export function RegisterEntryRow({ entry }: { entry: DisclosureRegisterEntry }) {
  const { recipient } = entry;
  return (
    <tr>
      <td>{formatSchoolDate(entry.decidedOn)}</td>
      <td>
        {entry.documentTitle}
        <br />
        {entry.pupils.map((p) => p.name).join(', ') || 'No pupil named'}
      </td>
      <td>
        {recipientKindLabels[recipient.kind]}
        {recipient.name ? <><br />{recipient.name}</> : null}
        {recipient.organisation ? <><br />{recipient.organisation}</> : null}
      </td>
      <td>
        <strong>{outcomeLabels[entry.outcome]}</strong>
        <details className="details register-entry__details">
          <summary className="details__summary">Reasons and record</summary>
          <div className="details__text">
            <p>Why: {entry.purpose}</p>
            {entry.interestsReason ? <p>In the interests of the pupil: {entry.interestsReason}</p> : null}
            <ul>
              {decisionLines(entry.documents).map((line) => (
                <li key={`${line.kind}-${line.outcome}-${line.reason}`}>
                  {shortKindLabel(line.kind)}
                  {line.count > 1 ? ` (${line.count} pupils)` : ''}: {outcomeLabels[line.outcome]}. {line.basis ? `Basis: ${line.basis}. ` : ''}
                  {line.reason}
                </li>
              ))}
            </ul>
            <p>
              Asked by {entry.requestedBy} on {formatLondonDateTime(entry.recordedAt)}.
              {entry.approvedBy ? ` Approved by ${entry.approvedBy}.` : ''}
            </p>
            <p>
              {entry.fileName ? (
                <>
                  Sent as {entry.fileName} ({entry.outputKind.toUpperCase()}). SHA-256: <code className="hash">{entry.sha256}</code>
                </>
              ) : entry.outputKind === 'print' ? (
                // A print has no file: the hash is of the page sent to the printer.
                <>
                  Printed. SHA-256 of the page sent: <code className="hash">{entry.sha256}</code>
                </>
              ) : (
                'Nothing was sent.'
              )}
            </p>
          </div>
        </details>
      </td>
    </tr>
  );
}
