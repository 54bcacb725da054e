import type { ExportRequestInput } from '../../../../shared/contract/disclosures';
import type { ProvisionDocument } from '../../../../shared/contract/provisionMaps';
import type { RecipientKind } from '../../../../shared/domain/disclosure';
import type { Audience } from '../../../../shared/domain/provisionMaps';

/** A map as a document, before its audience is chosen. */
export type MapDocument = ProvisionDocument extends infer D ? (D extends { audience: unknown } ? Omit<D, 'audience'> : never) : never;

export const withAudience = (document: MapDocument, audience: Audience): ProvisionDocument => ({ ...document, audience }) as ProvisionDocument;

/** One line each, under the audience's choice: what the printed map leaves out for them. */
export const audienceHints: Record<Audience, string> = {
  staff: 'For colleagues in school. Costs show only when you are the SENCO.',
  meeting: 'For a meeting, with people from outside the school too.',
  parent: 'For the pupil’s own parents or carers.',
};

/** Who the print goes to follows from its audience; only a meeting's recipient is chosen. */
export function recipientOf(audience: Audience, meetingKind: RecipientKind): RecipientKind {
  if (audience === 'staff') return 'school-staff';
  if (audience === 'parent') return 'parent';
  return meetingKind;
}

export interface PrintForm {
  audience: Audience;
  meetingKind: RecipientKind;
  name: string;
  organisation: string;
  purpose: string;
}

const named = (text: string, key: 'name' | 'organisation') => (text.trim() ? { [key]: text.trim() } : {});

/** The disclosure request the form describes: maps hold the SEN record only, never health or family details. */
export function printRequest(document: MapDocument, form: PrintForm, delivery: 'pdf' | 'print' | undefined): ExportRequestInput {
  const kind = recipientOf(form.audience, form.meetingKind);
  return {
    output: withAudience(document, form.audience),
    recipient: { kind, ...(kind === 'school-staff' ? {} : { ...named(form.name, 'name'), ...named(form.organisation, 'organisation') }) },
    purpose: form.purpose.trim(),
    include: { health: false, familySocialCare: false, thirdPartyReports: false },
    ...(delivery ? { delivery } : {}),
  };
}
