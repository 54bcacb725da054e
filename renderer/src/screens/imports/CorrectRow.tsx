import { type FormEvent, useState } from 'react';
import type { ImportField } from '../../../../shared/rules/pupilImport';
import type { CsvPreviewRow } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { fieldLabel, isImportField } from './importText';

export interface CorrectedCell {
  field: ImportField;
  value: string;
}

interface CorrectRowProps {
  row: CsvPreviewRow;
  /** Main's refusal of the corrected values, if any. */
  error: string | null;
  busy: boolean;
  onCorrect(cells: CorrectedCell[]): void;
  onCancel(): void;
}

const fieldId = (field: string) => `correct-${field}`;

/**
 * The cells of one row that have a problem, as the file has them, to type
 * over. The corrections are kept by main with the file in memory only; the
 * preview is read again with them, so the row shows what is still wrong.
 */
export function CorrectRow({ row, error, busy, onCorrect, onCancel }: CorrectRowProps) {
  const fields = [...new Set(row.problems.map((p) => p.field))].filter(isImportField);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field, row.problems.find((p) => p.field === field)?.text ?? ''])),
  );
  const name = `${typeof row.pupil.legalForename === 'string' ? row.pupil.legalForename : ''} ${typeof row.pupil.legalSurname === 'string' ? row.pupil.legalSurname : ''}`.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    onCorrect(fields.map((field) => ({ field, value: (values[field] ?? '').trim() })));
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Correct line ${row.line}`}>
        Correct line {row.line}
        {name ? `: ${name}` : ''}
      </PageHeading>
      <ErrorSummary errors={error ? [{ message: error, fieldId: fields[0] ? fieldId(fields[0]) : undefined }] : []} />
      <p>Your correction is used for this import only: the file itself is not changed. Correct it in your MIS too, so the next export is right.</p>
      <form className="card" noValidate aria-busy={busy} onSubmit={submit}>
        {fields.map((field) => (
          <Field
            key={field}
            id={fieldId(field)}
            label={fieldLabel(field)}
            hint={row.problems
              .filter((p) => p.field === field)
              .map((p) => p.message)
              .join(' ')}
            autoComplete="off"
            spellCheck={false}
            value={values[field] ?? ''}
            onValueChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
          />
        ))}
        <FormActions busy={busy} label="Use these values" busyLabel="Checking…" busyAnnouncement="Checking the corrected row." cancelLabel="Back to the preview" onCancel={onCancel} />
      </form>
    </main>
  );
}
