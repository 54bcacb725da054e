import { type FormEvent, useCallback, useState } from 'react';
import type { DraftData } from '../../api';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { DraftOffer } from '../../components/DraftOffer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useDraft } from '../../forms/useDraft';
import { focusById, useFormErrors } from '../../forms/useFormErrors';
import { consentableDocuments, consentableRecipients } from '../../../../shared/rules/consent';
import {
  type ConsentContact,
  type ConsentForm,
  consentFormProblems,
  consentIds as ids,
  documentOptions,
  emptyConsentForm,
  listOf,
  recipientOptions,
  toConsent,
} from './consentForm';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const givers = [
  { value: 'parent', label: 'A parent or carer' },
  { value: 'young-person', label: 'The pupil (from 16)' },
];
const methods = [
  { value: 'written', label: 'In writing: a signed form, letter or email' },
  { value: 'verbal', label: 'By word of mouth: in a meeting or on the phone' },
];
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * Records a consent to share: who gave it, how, for whom, which records and
 * until when. What is typed is kept as a draft inside the vault, so an idle
 * lock in the middle of a meeting loses nothing.
 */
export function ConsentFormScreen({ pupilId, pupilName, dateOfBirth, contacts, onDone, onCancel }: TaskProps & { dateOfBirth: string; contacts: ConsentContact[] }) {
  const [start] = useState(() => emptyConsentForm(today()));
  const [form, setForm] = useState<ConsentForm>(start);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState('');
  const restore = useCallback(
    (data: DraftData) => setForm((old) => {
      const next = { ...old };
      for (const key of Object.keys(old) as (keyof ConsentForm)[]) {
        const value = data[key];
        if (typeof value === 'string') (next as Record<keyof ConsentForm, string>)[key] = value;
      }
      return next;
    }),
    [],
  );
  const unchanged = useCallback((values: ConsentForm) => JSON.stringify(values) === JSON.stringify(start), [start]);
  const draft = useDraft(`consents.record.${pupilId}`, form, unchanged, restore);
  const errors = useFormErrors(ids);
  const set = <K extends keyof ConsentForm>(key: K) => (value: ConsentForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in ids) errors.clear(key as keyof typeof ids);
  };
  const text = (key: 'giverName' | 'giverRelationship' | 'givenOn' | 'evidence' | 'recipientName' | 'recipientOrganisation' | 'expiresOn' | 'note') => ({
    value: form[key],
    onValueChange: set(key),
    errors: key in ids ? errors.errors[key as keyof typeof ids] : undefined,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || errors.show(consentFormProblems(form, { today: today(), dateOfBirth }))) return;
    if (form.givenBy === '' || form.how === '') return;
    setBusy(true);
    const consent = toConsent({ ...form, givenBy: form.givenBy, how: form.how });
    const result = await window.senco.consents.record({ pupilId, consent });
    if (result.ok) {
      draft.clear();
      return onDone('The consent was recorded. It is listed under current consents.');
    }
    setBusy(false);
    errors.showServer(result.error, {}, ids.givenBy);
  }

  const parent = form.givenBy === 'parent';
  // Filling in from the file saves retyping; the fields stay editable, and parental responsibility is asked as recorded.
  const pick = (index: string) => {
    setPicked(index);
    const contact = contacts[Number(index)];
    if (index === '' || !contact) return;
    setForm((f) => ({ ...f, giverName: contact.name, giverRelationship: contact.relationship, parentalResponsibility: contact.parentalResponsibility ? 'yes' : 'no' }));
    for (const key of ['giverName', 'giverRelationship', 'parentalResponsibility'] as const) errors.clear(key);
  };
  const contactOptions = contacts.map((c, i) => ({
    value: String(i),
    label: `${c.name} (${c.relationship})${c.parentalResponsibility ? ', parental responsibility' : ', no parental responsibility'}`,
  }));
  return (
    <main className="page page--medium">
      <PageHeading title={`Record consent to share: ${pupilName}`}>Record consent to share {pupilName}’s records</PageHeading>
      <DraftOffer draft={draft} doing="You were recording a consent" afterChoice={() => focusById(ids.givenBy)} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)} onBlur={draft.flush}>
        <RadioGroup id="consent-given-by" legend="Who gave consent?" name="given-by" value={form.givenBy} options={givers} errors={errors.errors.givenBy} onValueChange={(v) => set('givenBy')(v as ConsentForm['givenBy'])} />
        {parent ? (
          <>
            {contacts.length > 0 ? (
              <SelectField id="consent-from-contact" label="Fill in from the parents and carers on the file (optional)" placeholder="Choose a parent or carer" options={contactOptions} value={picked} onValueChange={pick} />
            ) : null}
            <Field id={ids.giverName} label="Full name of the parent or carer" autoComplete="off" {...text('giverName')} />
            <Field id={ids.giverRelationship} label="Relationship to the pupil" hint="For example: mother, father, special guardian." autoComplete="off" {...text('giverRelationship')} />
            <RadioGroup
              id="consent-pr"
              legend="Do they have parental responsibility?"
              hint="Only someone with parental responsibility can consent. A carer without it, such as a step-parent, cannot."
              name="consent-pr"
              value={form.parentalResponsibility}
              options={yesNo}
              errors={errors.errors.parentalResponsibility}
              onValueChange={(v) => set('parentalResponsibility')(v as ConsentForm['parentalResponsibility'])}
            />
          </>
        ) : null}
        <Field id={ids.givenOn} label="Date consent was given" type="date" inputClassName="field__input--date" {...text('givenOn')} />
        <RadioGroup id="consent-how" legend="How was consent given?" name="consent-how" value={form.how} options={methods} errors={errors.errors.how} onValueChange={(v) => set('how')(v as ConsentForm['how'])} />
        <TextAreaField
          id={ids.evidence}
          label="Where the evidence is"
          hint={form.how === 'verbal' ? 'Who heard it, and where it is noted. For example: heard by the SENCO at the review; in the minutes.' : 'Where the signed form or letter is kept. For example: SEN cabinet, drawer 2.'}
          rows={2}
          {...text('evidence')}
        />
        <CheckboxGroup
          id="consent-recipients"
          legend="Who may the records be shared with?"
          hint="Choose every recipient the consent names."
          options={recipientOptions}
          value={listOf(form.recipientKinds, consentableRecipients)}
          errors={errors.errors.recipientKinds}
          onValueChange={(v) => set('recipientKinds')(v.join(','))}
        />
        <Field id={ids.recipientName} label="Name of the recipient (optional)" hint="Needed for someone else; useful for any, for example the name of the next school." autoComplete="off" {...text('recipientName')} />
        <Field id="consent-recipient-organisation" label="Their organisation (optional)" autoComplete="off" {...text('recipientOrganisation')} />
        <CheckboxGroup
          id="consent-documents"
          legend="Which records may be shared?"
          hint="Safeguarding records, staff costs, costs per pupil and statistics are never shared by consent, so they are not listed."
          options={documentOptions}
          value={listOf(form.documentKinds, consentableDocuments)}
          errors={errors.errors.documentKinds}
          onValueChange={(v) => set('documentKinds')(v.join(','))}
        />
        <Field id={ids.expiresOn} label="Consent ends on (optional)" hint="The last day it counts. Leave empty if it lasts until it is withdrawn." type="date" inputClassName="field__input--date" {...text('expiresOn')} />
        <TextAreaField id="consent-note" label="Note (optional)" rows={3} {...text('note')} />
        <FormActions
          busy={busy}
          label="Record the consent"
          busyLabel="Recording…"
          busyAnnouncement="Recording the consent."
          onCancel={() => {
            draft.clear();
            onCancel();
          }}
        />
      </form>
    </main>
  );
}
