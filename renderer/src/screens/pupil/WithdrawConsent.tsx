import { type FormEvent, useState } from 'react';
import { withdrawalProblems } from '../../../../shared/rules/consent';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { longDate } from '../register/labels';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const ids = { withdrawnOn: 'consent-withdrawn-on', reason: 'consent-withdrawal-reason' };
type FieldName = keyof typeof ids;

interface WithdrawConsentProps extends TaskProps {
  consentId: string;
  givenOn: string;
  /** Who gave the consent, as the file shows it: "Grace Okonjo (Mother)". */
  givenBy: string;
}

/** Asks before a consent is withdrawn, from which day and why. The consent stays on the file, under earlier consents. */
export function WithdrawConsent({ pupilId, pupilName, consentId, givenOn, givenBy, onDone, onCancel }: WithdrawConsentProps) {
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    for (const { field, message } of withdrawalProblems({ withdrawnOn, reason }, givenOn, today())) found[field] = [message];
    if (busy || errors.show(found)) return;
    setBusy(true);
    const result = await window.senco.consents.withdraw({ pupilId, consentId, withdrawnOn, reason: reason.trim() });
    if (result.ok) return onDone(`The consent was withdrawn on ${longDate(withdrawnOn)}. It is kept under earlier consents.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.withdrawnOn);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Withdraw consent: ${pupilName}`}>Withdraw the consent {givenBy} gave?</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">
          The consent was given on {longDate(givenOn)}. From the day it is withdrawn it no longer counts: {pupilName}’s records are not shared on it. Nothing is deleted: it stays on the file, under earlier consents.
        </p>
        <Field id={ids.withdrawnOn} label="Date consent was withdrawn" type="date" inputClassName="field__input--date" errors={errors.errors.withdrawnOn} value={withdrawnOn} onValueChange={errors.edit('withdrawnOn', setWithdrawnOn)} />
        <TextAreaField id={ids.reason} label="Why, and how the school was told" hint="For example: mother phoned the office; letter in the SEN cabinet." rows={3} errors={errors.errors.reason} value={reason} onValueChange={errors.edit('reason', setReason)} />
        <div className="button-row">
          <button type="submit" className="button button--warning" disabled={busy}>
            {busy ? 'Withdrawing…' : 'Withdraw the consent'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
