import { documentKindLabels, recipientKindLabels } from '../../../../shared/domain/disclosure';
import type { PupilFile } from '../../api';
import { longDate } from '../register/labels';
import { SummaryList } from '../../components/SummaryList';

export type ConsentEntry = PupilFile['consents'][number];

/** "Grace Okonjo (Mother)", or the pupil by name: who the consent came from, as every page says it. */
export function consentGiver(consent: ConsentEntry, pupilName: string): string {
  if (consent.givenBy === 'young-person') return `${pupilName} (the pupil)`;
  return `${consent.giverName ?? 'A parent'} (${consent.giverRelationship ?? 'parent'})`;
}

/** One consent as a summary list: who, how and where the evidence is, for whom, which records, until when. */
export function ConsentSummary({ consent, pupilName }: { consent: ConsentEntry; pupilName: string }) {
  const named = [consent.recipientName, consent.recipientOrganisation].filter((part) => part !== null).join(', ');
  const rows: [string, string][] = [
    ['Given by', consent.givenBy === 'parent' ? `${consentGiver(consent, pupilName)}, with parental responsibility` : consentGiver(consent, pupilName)],
    ['Given on', longDate(consent.givenOn)],
    ['How', consent.how === 'written' ? 'In writing' : 'By word of mouth'],
    ['Evidence', consent.evidence],
    ['Shared with', [...consent.recipientKinds.map((kind) => recipientKindLabels[kind]), ...(named ? [`Named: ${named}`] : [])].join('\n')],
    ['Records', consent.documentKinds.map((kind) => documentKindLabels[kind]).join('\n')],
    ['Until', consent.expiresOn ? longDate(consent.expiresOn) : 'Until it is withdrawn'],
    ['Note', consent.note ?? '—'],
  ];
  if (consent.withdrawal) rows.push(['Withdrawn', `${longDate(consent.withdrawal.withdrawnOn)}: ${consent.withdrawal.reason}`]);
  return <SummaryList rows={rows} />;
}
