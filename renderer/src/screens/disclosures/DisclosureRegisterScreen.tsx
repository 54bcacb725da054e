import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { RegisterQuery } from '../../../../shared/contract/disclosures';
import { type RecipientKind, recipientKindLabels, recipientKinds } from '../../../../shared/domain/disclosure';
import type { DisclosureRegisterEntry } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { RegisterEntryRow } from './RegisterEntryRow';
import { SentNotice } from './SentNotice';
import './disclosureRegister.css';

const kindOptions = recipientKinds.map((value) => ({ value, label: recipientKindLabels[value] }));

interface DisclosureRegisterScreenProps {
  /** Only those who may send records may print the register (the print is itself recorded). */
  mayPrint: boolean;
  onBack(): void;
}

/**
 * Every decision of the disclosure gate, newest first: what, about whom, to
 * whom, why, the decision and its basis, who asked and approved, and the
 * hash of what was sent. Filter by pupil, recipient and dates; print it for
 * the data protection officer.
 */
export function DisclosureRegisterScreen({ mayPrint, onBack }: DisclosureRegisterScreenProps) {
  const [form, setForm] = useState({ pupilSearch: '', recipientKind: '' as RecipientKind | '', from: '', to: '' });
  const [query, setQuery] = useState<RegisterQuery>({});
  const [entries, setEntries] = useState<DisclosureRegisterEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printed, setPrinted] = useState<{ fileName: string | null; sha256: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (next: RegisterQuery) => {
    const result = await window.senco.disclosures.register(next);
    if (result.ok) {
      setEntries(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);
  useEffect(() => void load({}), [load]);

  function filter(event: FormEvent) {
    event.preventDefault();
    const next: RegisterQuery = {
      ...(form.pupilSearch.trim() ? { pupilSearch: form.pupilSearch.trim() } : {}),
      ...(form.recipientKind ? { recipientKind: form.recipientKind } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
    };
    setQuery(next);
    setPrinted(null);
    void load(next);
  }

  async function print() {
    setBusy(true);
    const result = await window.senco.disclosures.printRegister(query);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPrinted({ fileName: result.value.fileName, sha256: result.value.sha256 });
    void load(query);
  }

  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  return (
    <main className="page">
      <p className="back-link">
        <NavLink to="disclosures" onNavigate={onBack}>
          Back to disclosures
        </NavLink>
      </p>
      <PageHeading title="Disclosure register">Disclosure register</PageHeading>
      <p className="lead measure">Every decision on sharing records, refusals included. Printing the register is recorded in it too.</p>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <form className="card disclosure-filters" noValidate onSubmit={filter} aria-label="Filter the disclosure register">
        <Field id="register-pupil" label="Pupil" hint="Part of a name or a UPN." autoComplete="off" value={form.pupilSearch} onValueChange={set('pupilSearch')} />
        <SelectField id="register-recipient" label="Recipient" placeholder="Any recipient" options={kindOptions} value={form.recipientKind} onValueChange={set('recipientKind')} />
        <Field id="register-from" label="From" type="date" inputClassName="field__input--date" value={form.from} onValueChange={set('from')} />
        <Field id="register-to" label="To" type="date" inputClassName="field__input--date" value={form.to} onValueChange={set('to')} />
        <div className="button-row">
          <button type="submit" className="button">
            Filter
          </button>
          {mayPrint ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void print()}>
              {busy ? 'Printing…' : 'Print the register'}
            </button>
          ) : null}
        </div>
      </form>
      {printed ? <SentNotice {...printed} /> : null}
      {entries === null ? (
        <p role="status">Loading the disclosure register…</p>
      ) : entries.length === 0 ? (
        <p role="status">No decisions match.</p>
      ) : (
        <>
          <p role="status">{entries.length === 1 ? '1 decision' : `${entries.length} decisions`}</p>
          <table className="table disclosure-register-table">
            <caption className="visually-hidden">Disclosure decisions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What, about whom</th>
                <th scope="col">To whom</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <RegisterEntryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
