import { type FormEvent, useState } from 'react';
import type { ExportRequestInput } from '../../../../shared/contract/disclosures';
import { type RecipientKind, recipientKindLabels, recipientKinds } from '../../../../shared/domain/disclosure';
import type { DisclosureDecision } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { ApprovalForm, type GivenApproval } from './ApprovalForm';
import { ConsentMissing } from './ConsentMissing';
import { DecisionPanel } from './DecisionPanel';
import { SentNotice } from './SentNotice';

export type ShareOutput = ExportRequestInput['output'];

interface ShareScreenProps {
  output: ShareOutput;
  /** The pupil's name, or which pupils an extract holds: for the heading. */
  subject: string;
  onBack(): void;
  /** Where consent is recorded: the pupil's file. */
  onOpenPupil?: (() => void) | undefined;
}

const ids = { kind: 'share-recipient-kind', name: 'share-recipient-name', organisation: 'share-recipient-organisation', purpose: 'share-purpose', reason: 'share-interests-reason' };
type FieldName = keyof typeof ids;
const kindOptions = recipientKinds.map((value) => ({ value, label: recipientKindLabels[value] }));
const noExtras = { health: false, familySocialCare: false, thirdPartyReports: false };

/**
 * Sharing records goes through the gate in main. "Check" previews the
 * decision and records nothing; "Share" is the attempt: main decides again,
 * records the decision in the disclosure register whatever it is, and only
 * when allowed asks where to save the file.
 */
export function ShareScreen({ output, subject, onBack, onOpenPupil }: ShareScreenProps) {
  const summary = output.kind === 'pupil-summary';
  const [kind, setKind] = useState<RecipientKind | ''>('');
  const [v, setV] = useState({ name: '', organisation: '', purpose: '', reason: '' });
  const [include, setInclude] = useState(noExtras);
  const [interests, setInterests] = useState(false);
  const [decision, setDecision] = useState<{ value: DisclosureDecision; recorded: boolean } | null>(null);
  const [approval, setApproval] = useState<GivenApproval | null>(null);
  const [sent, setSent] = useState<{ fileName: string | null; sha256: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  // Any change makes it another request: the old decision and approval no longer describe it.
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setDecision(null);
    setApproval(null);
    setSent(null);
  };
  const setText = (key: 'name' | 'organisation' | 'purpose' | 'reason') => errors.edit(key, changed((value: string) => setV((old) => ({ ...old, [key]: value }))));

  /** The request as the form stands, or null while something required is missing. */
  const build = (): ExportRequestInput | null => {
    if (kind === '') return null;
    return {
      output,
      recipient: { kind, ...(v.name.trim() ? { name: v.name.trim() } : {}), ...(v.organisation.trim() ? { organisation: v.organisation.trim() } : {}) },
      purpose: v.purpose.trim(),
      include: summary ? include : { ...noExtras, familySocialCare: include.familySocialCare },
      ...(interests ? { interestsOfPupil: { reason: v.reason.trim() } } : {}),
    };
  };

  const request = (): ExportRequestInput | null => {
    const found: FieldErrors<FieldName> = {};
    if (kind === '') found.kind = ['Choose who the records are for.'];
    if (kind === 'other' && v.name.trim() === '') found.name = ['Enter the name of the person the records are for.'];
    if (v.purpose.trim() === '') found.purpose = ['Say why the records are being shared.'];
    if (interests && v.reason.trim() === '') found.reason = ['Write why sharing is in the interests of the pupil.'];
    return errors.show(found) ? null : build();
  };

  async function check() {
    const asked = request();
    if (!asked || busy) return;
    setBusy(true);
    const result = await window.senco.disclosures.decide(asked);
    setBusy(false);
    if (result.ok) setDecision({ value: result.value, recorded: false });
    else errors.showServer(result.error, {}, ids.kind);
  }

  async function share(event: FormEvent) {
    event.preventDefault();
    const asked = request();
    if (!asked || busy) return;
    setBusy(true);
    const result = await window.senco.disclosures.send({ ...asked, ...(approval ? { approvalToken: approval.token } : {}) });
    setBusy(false);
    if (!result.ok) return errors.showServer(result.error, {}, ids.kind);
    setDecision({ value: result.value.decision, recorded: result.value.registerId !== null });
    if (result.value.decision.outcome === 'allowed') {
      setSent({ fileName: result.value.fileName, sha256: result.value.sha256 });
      if (result.value.registerId) setApproval(null);
    }
  }

  const title = summary ? `Share or print a summary: ${subject}` : `Export a register extract (CSV): ${subject}`;
  const built = build();
  return (
    <main className="page page--medium">
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void share(e)}>
        <SelectField id={ids.kind} label="Who are the records for?" placeholder="Choose a recipient" options={kindOptions} errors={errors.errors.kind} value={kind} onValueChange={errors.edit('kind', changed(setKind))} />
        <Field id={ids.name} label="Recipient’s name" hint="Required for someone else; optional otherwise." autoComplete="off" errors={errors.errors.name} value={v.name} onValueChange={setText('name')} />
        <Field id={ids.organisation} label="Organisation (optional)" autoComplete="off" value={v.organisation} onValueChange={setText('organisation')} />
        <TextAreaField id={ids.purpose} label="Why are the records being shared?" rows={2} errors={errors.errors.purpose} value={v.purpose} onValueChange={setText('purpose')} />
        <fieldset className="fieldset">
          <legend className="field__label">What is included</legend>
          <p>{summary ? 'The SEN record (register entry, SEN status and needs) is always included.' : 'Each pupil’s register entry: UPN, name, date of birth, year, SEN provision and needs.'}</p>
          {summary ? (
            <>
              <CheckboxField id="share-health" label="Health information" checked={include.health} onCheckedChange={changed((health: boolean) => setInclude((i) => ({ ...i, health })))} />
              <CheckboxField id="share-family" label="Family and social care details" checked={include.familySocialCare} onCheckedChange={changed((familySocialCare: boolean) => setInclude((i) => ({ ...i, familySocialCare })))} />
              <CheckboxField id="share-reports" label="Reports by other professionals" checked={include.thirdPartyReports} onCheckedChange={changed((thirdPartyReports: boolean) => setInclude((i) => ({ ...i, thirdPartyReports })))} />
            </>
          ) : (
            <CheckboxField id="share-looked-after" label="Looked-after columns (family and social care)" checked={include.familySocialCare} onCheckedChange={changed((familySocialCare: boolean) => setInclude((i) => ({ ...i, familySocialCare })))} />
          )}
        </fieldset>
        <CheckboxField id="share-interests" label="Share in the interests of the pupil" hint="Without consent, with a written reason and the approval of the headteacher or the DSL." checked={interests} onCheckedChange={changed(setInterests)} />
        {interests ? <TextAreaField id={ids.reason} label="Why is sharing in the interests of the pupil?" rows={3} errors={errors.errors.reason} value={v.reason} onValueChange={setText('reason')} /> : null}
        {approval ? <p className="success-panel">Approved by {approval.approverName}. Share now: the approval is for this request only.</p> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Working…' : 'Share'}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void check()}>
            Check first
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        </div>
      </form>
      {decision ? <DecisionPanel decision={decision.value} recorded={decision.recorded} /> : null}
      {decision?.value.outcome === 'needs-consent' ? <ConsentMissing recipient={kind} subject={subject} onOpenPupil={onOpenPupil} /> : null}
      {decision?.value.outcome === 'needs-approval' && !approval && built ? <ApprovalForm request={built} onApproved={setApproval} /> : null}
      {sent ? <SentNotice {...sent} /> : null}
    </main>
  );
}
