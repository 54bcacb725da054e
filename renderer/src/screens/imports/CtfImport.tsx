import { useState } from 'react';
import type { ChosenCtf } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { CtfPreview } from './CtfPreview';
import { ImportProgress } from './ImportProgress';
import { count, pupils } from './importText';
import { ChooseFileButtons } from './ChooseFileButtons';
import { useChooseFile } from './useChooseFile';
import { useProgressEvent } from '../../components/ProgressPanel';

type Step = 'choose' | 'preview' | 'confirm' | 'saving';

interface CtfImportProps {
  onDone(notice: string): void;
  onCancel(): void;
  onSaving?: ((saving: boolean) => void) | undefined;
}

/**
 * A Common Transfer File from another school: choose → preview → confirm →
 * saving. A malformed file is refused by main whole, with its line and
 * reason, and nothing is imported.
 */
export function CtfImport({ onDone, onCancel, onSaving }: CtfImportProps) {
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<ChosenCtf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useProgressEvent('importProgress');
  const choose = useChooseFile(
    () => window.senco.imports.chooseCtf(),
    (chosen) => {
      setFile(chosen);
      setStep('preview');
    },
  );

  async function commit() {
    if (!file) return;
    setError(null);
    setStep('saving');
    onSaving?.(true);
    const result = await window.senco.imports.commitCtf({ importId: file.importId });
    onSaving?.(false);
    if (!result.ok) {
      setError(result.error.message);
      return setStep('confirm');
    }
    const { added, updated, histories } = result.value;
    onDone(`Imported ${file.fileName}: ${pupils(added)} added, ${count(updated)} updated, SEN history for ${pupils(histories)}.`);
  }

  if (step === 'preview' && file) return <CtfPreview file={file} onContinue={() => setStep('confirm')} onCancel={onCancel} />;
  if (step === 'saving') return <ImportProgress title="Importing the CTF" message={progress?.message ?? `Importing ${pupils(file?.pupils.length ?? 0)}…`} done={progress?.done} total={progress?.total} />;
  if (step === 'confirm' && file) {
    const added = file.pupils.filter((p) => p.action === 'new').length;
    const histories = file.pupils.filter((p) => p.senPeriods > 0).length;
    return (
      <main className="page page--medium">
        <PageHeading title={`Import ${file.fileName}?`}>Import this CTF?</PageHeading>
        <ErrorSummary errors={error ? [{ message: error }] : []} />
        <div className="card">
          <p className="import-plan">
            Add {pupils(added)}, update {count(file.pupils.length - added)}, and bring in SEN history for up to {pupils(histories)} who have none here.
          </p>
          <p>Everything is saved together, or nothing is.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void commit()}>
              Import
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep('preview')}>
              Back
            </button>
          </div>
        </div>
      </main>
    );
  }
  return (
    <main className="page page--medium">
      <PageHeading title="Import a Common Transfer File" />
      <ErrorSummary errors={choose.error ? [{ message: choose.error }] : []} />
      <div className="card">
        <p>A Common Transfer File (CTF) comes from a pupil’s previous school. Its pupils are matched by UPN; SEN history comes in only for pupils with none recorded here, so nothing you have recorded is replaced.</p>
        <p>A file that cannot be read is refused whole, with the line and the reason: nothing is imported from it.</p>
        <ChooseFileButtons busy={choose.busy} label="Choose the CTF file" onChoose={choose.start} onCancel={onCancel} />
      </div>
    </main>
  );
}
