import type { ChosenCtf } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { count, pupils } from './importText';
import './imports.css';

interface CtfPreviewProps {
  file: ChosenCtf;
  onContinue(): void;
  onCancel(): void;
}

/** What the CTF holds and what importing it would do; nothing is saved yet. */
export function CtfPreview({ file, onContinue, onCancel }: CtfPreviewProps) {
  const added = file.pupils.filter((p) => p.action === 'new').length;
  const warnings = [...file.warnings, ...file.pupils.flatMap((p) => p.warnings)];
  return (
    <main className="page">
      <PageHeading title={`Preview the CTF ${file.fileName}`}>Check the CTF before importing</PageHeading>
      <p>
        {file.fileName} holds {pupils(file.pupils.length)}: {count(added)} new, {count(file.pupils.length - added)} already here (matched by UPN). Nothing has been saved yet.
        SEN history comes in only for pupils with none recorded here.
      </p>
      <div className="import-table-box" role="region" aria-label="Pupils in the CTF" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">Pupils in the CTF</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">UPN</th>
              <th scope="col">Will be</th>
              <th scope="col">SEN history</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {file.pupils.map((pupil) => (
              <tr key={`${pupil.line}-${pupil.upn}`}>
                <td>{pupil.line}</td>
                <th scope="row">{pupil.name}</th>
                <td>{pupil.upn || '—'}</td>
                <td>{pupil.action === 'new' ? 'New' : 'Updated'}</td>
                <td>{pupil.senPeriods === 0 ? 'None' : `${count(pupil.senPeriods)} ${pupil.senPeriods === 1 ? 'period' : 'periods'}`}</td>
                <td>{[...pupil.upnProblems.map((p) => p.message), ...pupil.warnings.map((w) => `Line ${w.line}: ${w.message}`)].join(' ') || 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {warnings.length > 0 ? (
        <section className="warning-panel" aria-labelledby="ctf-warnings">
          <h2 id="ctf-warnings">Warnings</h2>
          <ul>
            {warnings.slice(0, 50).map((w) => (
              <li key={`${w.line}:${w.message}`}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
          {warnings.length > 50 ? <p>And {count(warnings.length - 50)} more.</p> : null}
        </section>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={onContinue}>
          Continue
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel the import
        </button>
      </div>
    </main>
  );
}
