import { type FormEvent, useState } from 'react';
import { type ImportField, importFields, requiredFields } from '../../../../shared/rules/pupilImport';
import type { ChosenCsv } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../forms/useFormErrors';
import { count, fieldLabel } from './importText';

export type Mapping = ChosenCsv['mapping'];

interface MatchColumnsProps {
  file: ChosenCsv;
  mapping: Mapping;
  fullRoll: boolean;
  /** Main's refusal of the last preview, if any. */
  error: string | null;
  busy: boolean;
  onContinue(mapping: Mapping, fullRoll: boolean): void;
  onCancel(): void;
}

const ids = Object.fromEntries(importFields.map((field) => [field, `column-${field}`])) as Record<ImportField, string>;

/** The first value the file has in a column, so the SENCO can see they chose the right one. */
function example(file: ChosenCsv, column: number | null): string | null {
  if (column === null) return null;
  return file.samples.map((cells) => cells[column]?.trim() ?? '').find((cell) => cell !== '') ?? null;
}

/** One select per pupil detail, prefilled from the header names (or the mapping confirmed last time). */
export function MatchColumns({ file, mapping: initial, fullRoll: initialFullRoll, error, busy, onContinue, onCancel }: MatchColumnsProps) {
  const [mapping, setMapping] = useState<Mapping>(initial);
  const [fullRoll, setFullRoll] = useState(initialFullRoll);
  const errors = useFormErrors(ids);
  const options = file.headers.map((header, i) => ({ value: String(i), label: `Column ${i + 1}: ${header || '(no name)'}` }));
  const matched = importFields.filter((field) => initial[field] !== null).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = requiredFields.filter((field) => mapping[field] === null);
    const found = Object.fromEntries(missing.map((field) => [field, [`Choose the column that holds the ${fieldLabel(field).toLowerCase()}.`]]));
    if (errors.show(found)) return;
    onContinue(mapping, fullRoll);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Match the columns of ${file.fileName}`}>Match the columns</PageHeading>
      <ErrorSummary errors={error ? [{ message: error }, ...errors.summary] : errors.summary} />
      <p>
        {file.fileName} has {count(file.rowCount)} {file.rowCount === 1 ? 'row' : 'rows'} of pupils.{' '}
        {file.mappingFrom === 'remembered'
          ? 'These are the columns you chose last time for an export with the same headers.'
          : `${count(matched)} of ${importFields.length} details were recognised from the header names SIMS, Arbor and Bromcom exports use.`}{' '}
        Check each one; choose “Not in this file” for details the export does not have.
      </p>
      <form className="card" noValidate aria-busy={busy} onSubmit={submit}>
        {importFields.map((field) => {
          const sample = example(file, mapping[field]);
          const required = requiredFields.includes(field);
          return (
            <SelectField
              key={field}
              id={ids[field]}
              label={`${fieldLabel(field)}${required ? '' : ' (optional)'}`}
              hint={mapping[field] === null ? 'Not in this file' : sample !== null ? `For example: ${sample}` : 'The first rows are blank in this column'}
              errors={errors.errors[field]}
              value={mapping[field] === null ? '' : String(mapping[field])}
              placeholder="Not in this file"
              options={options}
              onValueChange={errors.edit(field, (value: string) => setMapping((m) => ({ ...m, [field]: value === '' ? null : Number(value) })))}
            />
          );
        })}
        <CheckboxField
          id="import-full-roll"
          label="This file lists every pupil on roll"
          hint="Pupils here who are missing from the file will be offered as leavers. Nobody is deleted."
          checked={fullRoll}
          onCheckedChange={setFullRoll}
        />
        <FormActions busy={busy} label="Preview the import" busyLabel="Reading every row…" busyAnnouncement="Reading every row of the file." cancelLabel="Cancel the import" onCancel={onCancel} />
      </form>
    </main>
  );
}
