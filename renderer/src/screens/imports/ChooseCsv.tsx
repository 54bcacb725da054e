import type { ChosenCsv } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { ChooseFileButtons } from './ChooseFileButtons';
import { useChooseFile } from './useChooseFile';

interface ChooseCsvProps {
  onChosen(file: ChosenCsv): void;
  onCancel(): void;
}

/** The first step: what the import will and will not do, then the file dialog (opened by main, which reads the file). */
export function ChooseCsv({ onChosen, onCancel }: ChooseCsvProps) {
  const choose = useChooseFile(() => window.senco.imports.chooseCsv(), onChosen);
  return (
    <main className="page page--medium">
      <PageHeading title="Import pupils from your MIS" />
      <ErrorSummary errors={choose.error ? [{ message: choose.error }] : []} />
      <div className="card">
        <p>Export the pupils on roll from SIMS, Arbor, Bromcom or another MIS as a CSV file with a header row, then choose it here.</p>
        <ul>
          <li>You will match the file’s columns to pupil details and see every row, with its problems, before anything is saved.</li>
          <li>Pupils already here are matched by UPN and updated. Their SEN history, needs and notes are never changed by an import.</li>
          <li>Nothing is imported until you confirm, and then all of it is saved or none of it.</li>
        </ul>
        <ChooseFileButtons busy={choose.busy} label="Choose the CSV file" onChoose={choose.start} onCancel={onCancel} />
      </div>
    </main>
  );
}
