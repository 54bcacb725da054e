import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { type CsvPlan, planSentence, rows } from './importText';

interface CsvConfirmProps {
  fileName: string;
  plan: CsvPlan;
  leftOut: number;
  error: string | null;
  onImport(): void;
  onBack(): void;
}

/** The last word before anything is saved: exactly what Import will do. */
export function CsvConfirm({ fileName, plan, leftOut, error, onImport, onBack }: CsvConfirmProps) {
  return (
    <main className="page page--medium">
      <PageHeading title={`Import ${fileName}?`}>Import these pupils?</PageHeading>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <div className="card">
        <p className="import-plan">{planSentence(plan)}</p>
        {leftOut > 0 ? <p>{rows(leftOut)} of the file will be left out, as you chose.</p> : null}
        <p>SEN history, needs and notes already recorded are not changed. Everything is saved together, or nothing is.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={onImport}>
            Import
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        </div>
      </div>
    </main>
  );
}
