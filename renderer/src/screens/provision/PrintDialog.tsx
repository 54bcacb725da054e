import { type FormEvent, useState } from 'react';
import { type RecipientKind, recipientKindLabels, recipientKinds } from '../../../../shared/domain/disclosure';
import type { Audience } from '../../../../shared/domain/provisionMaps';
import type { DisclosureDecision } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { ApprovalForm, type GivenApproval } from '../disclosures/ApprovalForm';
import { ConsentMissing } from '../disclosures/ConsentMissing';
import { DecisionPanel } from '../disclosures/DecisionPanel';
import { SentNotice } from '../disclosures/SentNotice';
import { DocumentPreview } from './DocumentPreview';
import { AudienceRadios } from './AudienceRadios';
import { type MapDocument, type PrintForm, printRequest, recipientOf, withAudience } from './printRequest';

interface PrintDialogProps {
  document: MapDocument;
  /** "Provision map for Ava Smith": the heading says "Print or save: …". */
  title: string;
  /** Parent only for a single pupil's map: the others name many pupils. */
  audiences: readonly Audience[];
  /** The pupil whose consent may be missing, for a pupil's map. */
  pupilName?: string;
  onBack(): void;
  onOpenPupil?: (() => void) | undefined;
  onOpenRegister(): void;
}

const ids = { audience: 'print-audience', meetingKind: 'print-recipient-kind', name: 'print-recipient-name', organisation: 'print-recipient-organisation', purpose: 'print-purpose' };
type FieldName = keyof typeof ids;
// Parents get a pupil's own map with the audience "parent", never through "meeting".
const meetingKinds = recipientKinds.filter((kind) => kind !== 'parent' && kind !== 'young-person').map((value) => ({ value, label: recipientKindLabels[value] }));

type Sent = { delivery: 'pdf' | 'print'; fileName: string | null; sha256: string | null; recorded: boolean };

/**
 * One print dialog for the three maps. The map is a disclosure like any
 * other: "Check first" asks the gate and records nothing; "Save as PDF" and
 * "Print" ask again in main, which records the decision whatever it is and
 * only then writes the file or opens the printer.
 */
export function PrintDialog({ document, title, audiences, pupilName, onBack, onOpenPupil, onOpenRegister }: PrintDialogProps) {
  const [form, setForm] = useState<PrintForm>({ audience: audiences[0] ?? 'staff', meetingKind: 'school-staff', name: '', organisation: '', purpose: '' });
  const [decision, setDecision] = useState<{ value: DisclosureDecision; recorded: boolean } | null>(null);
  const [approval, setApproval] = useState<GivenApproval | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  // Any change makes it another request: the old decision and approval no longer describe it.
  const set = <K extends keyof PrintForm>(key: K) =>
    errors.edit(key, (value: PrintForm[K]) => {
      setForm((old) => ({ ...old, [key]: value }));
      setDecision(null);
      setApproval(null);
      setSent(null);
    });

  const recipient = recipientOf(form.audience, form.meetingKind);
  const check = (): boolean => {
    const found: FieldErrors<FieldName> = {};
    if (recipient === 'other' && form.name.trim() === '') found.name = ['Enter the name of the person the map is for.'];
    if (form.purpose.trim() === '') found.purpose = ['Say why the map is being printed.'];
    return !errors.show(found);
  };

  async function decide() {
    if (busy || !check()) return;
    setBusy(true);
    const result = await window.senco.disclosures.decide(printRequest(document, form, undefined));
    setBusy(false);
    if (result.ok) setDecision({ value: result.value, recorded: false });
    else errors.showServer(result.error, {}, `${ids.audience}-${form.audience}`);
  }

  async function send(delivery: 'pdf' | 'print') {
    if (busy || !check()) return;
    setBusy(true);
    const asked = printRequest(document, form, delivery);
    const result = await window.senco.disclosures.send({ ...asked, ...(approval ? { approvalToken: approval.token } : {}) });
    setBusy(false);
    if (!result.ok) return errors.showServer(result.error, {}, `${ids.audience}-${form.audience}`);
    const recorded = result.value.registerId !== null;
    setDecision({ value: result.value.decision, recorded });
    if (result.value.decision.outcome === 'allowed') {
      setSent({ delivery, fileName: result.value.fileName, sha256: result.value.sha256, recorded });
      if (recorded) setApproval(null);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('pdf');
  };

  const heading = `Print or save: ${title}`;
  return (
    <main className="page">
      <p className="back-link">
        <NavLink to="back" onNavigate={onBack}>
          Back
        </NavLink>
      </p>
      <PageHeading title={heading} />
      <ErrorSummary errors={errors.summary} />
      <div className="print-layout">
        <form className="card print-form" noValidate aria-busy={busy} onSubmit={submit}>
          <AudienceRadios id={ids.audience} audiences={audiences} value={form.audience} onValueChange={set('audience')} />
          {form.audience === 'staff' ? <p className="print-recipient">Recipient: {recipientKindLabels['school-staff']}</p> : null}
          {form.audience === 'parent' ? (
            <>
              <p className="print-recipient">Recipient: {pupilName ? `a parent or carer of ${pupilName}` : recipientKindLabels.parent}</p>
              <Field id={ids.name} label="Parent’s name (optional)" autoComplete="off" value={form.name} onValueChange={set('name')} />
            </>
          ) : null}
          {form.audience === 'meeting' ? (
            <>
              <SelectField<RecipientKind> id={ids.meetingKind} label="Who is the meeting with?" options={meetingKinds} value={form.meetingKind} onValueChange={(v) => set('meetingKind')(v === '' ? 'school-staff' : v)} />
              <Field id={ids.name} label="Recipient’s name" hint="Required for someone else; optional otherwise." autoComplete="off" errors={errors.errors.name} value={form.name} onValueChange={set('name')} />
              <Field id={ids.organisation} label="Organisation (optional)" autoComplete="off" value={form.organisation} onValueChange={set('organisation')} />
            </>
          ) : null}
          <TextAreaField id={ids.purpose} label="Why is it being printed?" hint="For example: annual review meeting on 12 March." rows={2} errors={errors.errors.purpose} value={form.purpose} onValueChange={set('purpose')} />
          {approval ? <p className="success-panel">Approved by {approval.approverName}. Print now: the approval is for this request only.</p> : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Working…' : 'Save as PDF'}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send('print')}>
              Print
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void decide()}>
              Check first
            </button>
          </div>
        </form>
        <section className="print-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <DocumentPreview document={withAudience(document, form.audience)} title={`Preview of ${title} for ${form.audience === 'staff' ? 'staff' : form.audience === 'parent' ? 'a parent' : 'a meeting'}`} />
        </section>
      </div>
      {decision ? <DecisionPanel decision={decision.value} recorded={decision.recorded} /> : null}
      {decision?.value.outcome === 'needs-consent' ? <ConsentMissing recipient={recipient} subject={pupilName ?? 'the pupil'} onOpenPupil={onOpenPupil} /> : null}
      {decision?.value.outcome === 'needs-approval' && !approval ? <ApprovalForm request={printRequest(document, form, undefined)} onApproved={setApproval} /> : null}
      {sent ? <SentWhere sent={sent} onOpenRegister={onOpenRegister} /> : null}
    </main>
  );
}

function SentWhere({ sent, onOpenRegister }: { sent: Sent; onOpenRegister(): void }) {
  return (
    <>
      {sent.delivery === 'pdf' ? (
        <SentNotice fileName={sent.fileName} sha256={sent.sha256} />
      ) : sent.recorded ? (
        <section className="success-panel" role="status" aria-labelledby="sent-heading">
          <h2 id="sent-heading">Sent to the printer</h2>
          <p>
            The disclosure register records the print, with the SHA-256 of the page sent: <code className="hash">{sent.sha256}</code>
          </p>
        </section>
      ) : (
        <p className="info-panel" role="status">
          The print was cancelled: nothing was printed, and nothing is recorded as sent.
        </p>
      )}
      {sent.recorded ? (
        <p>
          <NavLink to="disclosure-register" onNavigate={onOpenRegister}>
            Open the disclosure register
          </NavLink>
        </p>
      ) : null}
    </>
  );
}
