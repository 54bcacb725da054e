import { useMemo } from 'react';
import { isBlocked } from '../../../../shared/rules/importFixes';
import type { CsvPreview } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SuccessNotice } from '../../components/SuccessNotice';
import { count, rows as rowCount } from './importText';
import { PreviewTable } from './PreviewTable';

interface CsvPreviewStepProps {
  fileName: string;
  preview: CsvPreview;
  /** Said once on arrival, e.g. after a row was corrected. */
  notice?: string | undefined;
  error: string | null;
  /** The filter as the SENCO left it; null until they touch it, when rows that stop the import are shown first. */
  onlyProblems: boolean | null;
  onOnlyProblemsChange(only: boolean): void;
  onCorrect(line: number): void;
  /** `leftOut`: the lines that still have blocking problems, which the SENCO chose to import without. */
  onContinue(leftOut: number[]): void;
  onChangeMapping(): void;
  onCancel(): void;
}

/** Every row with its problems; nothing is saved. Blocked rows are corrected here, or left out knowingly. */
export function CsvPreviewStep(props: CsvPreviewStepProps) {
  const { fileName, preview, notice, error, onCorrect, onContinue, onChangeMapping, onCancel } = props;
  const blocked = useMemo(() => preview.rows.filter(isBlocked).map((r) => r.line), [preview]);
  const withProblems = useMemo(() => preview.rows.filter((r) => r.problems.length > 0), [preview]);
  const onlyProblems = props.onlyProblems ?? blocked.length > 0;
  const shown = onlyProblems ? withProblems : preview.rows;
  const { summary } = preview;

  return (
    <main className="page">
      <PageHeading title={`Preview the import of ${fileName}`}>Check the rows before importing</PageHeading>
      <SuccessNotice notice={notice} />
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p>Nothing has been saved yet. Pupils already here are matched by UPN; their SEN history, needs and notes will not change.</p>
      <ul className="import-counts" aria-label="What the file holds">
        <li>
          <strong>{count(summary.new)}</strong> new {summary.new === 1 ? 'pupil' : 'pupils'}
        </li>
        <li>
          <strong>{count(summary.updated)}</strong> to update
        </li>
        <li>
          <strong>{count(summary.blocked)}</strong> {summary.blocked === 1 ? 'row' : 'rows'} with problems to correct
        </li>
        <li>
          <strong>{count(withProblems.length - summary.blocked)}</strong> with census warnings only
        </li>
      </ul>
      <CheckboxField id="import-only-problems" label="Show only rows with problems" checked={onlyProblems} onCheckedChange={props.onOnlyProblemsChange} />
      {shown.length === 0 ? <p>No row has a problem.</p> : <PreviewTable rows={shown} onCorrect={onCorrect} />}
      {blocked.length > 0 ? (
        <div className="warning-panel">
          <p>
            {rowCount(blocked.length)} cannot be imported as {blocked.length === 1 ? 'it stands' : 'they stand'} (line {blocked.slice(0, 8).join(', ')}
            {blocked.length > 8 ? ', …' : ''}). Correct {blocked.length === 1 ? 'it' : 'them'}, or import the rest without {blocked.length === 1 ? 'it' : 'them'}: a row left out is not
            changed or added.
          </p>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onContinue(blocked)}>
          {blocked.length === 0 ? 'Continue' : blocked.length === 1 ? 'Import without this row' : `Import without these ${rowCount(blocked.length)}`}
        </button>
        <button type="button" className="button button--secondary" onClick={onChangeMapping}>
          Change the column matching
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel the import
        </button>
      </div>
    </main>
  );
}
