import { createHash } from 'node:crypto';
import type { ExportRequest } from '../../shared/contract/disclosures';
import type { DisclosureDocument, DisclosureRequest, DocumentKind } from '../../shared/domain/disclosure';
import { matchesRegisterFilter } from '../../shared/rules/registerFilter';
import { londonDate } from '../../shared/rules/schoolDate';
import type { Database } from '../db/database';
import { pupilById } from '../db/repositories/pupils';
import { type RegisterRow, registerRows } from '../db/repositories/register';
import { AppFailure } from '../failure';
import type { PreparedMap } from '../services/provisionMaps';

/** What main makes of the window's export request: the rule's request, and what will be rendered. */
export interface ExportPlan {
  request: DisclosureRequest;
  /** Plain words for the register: "Register summary of a pupil", "Register extract (12 pupils)". */
  title: string;
  pupilIds: string[];
  pupils: Record<string, { dateOfBirth: string }>;
  /** For an extract: the rows, read once, so that the file holds what was decided on. */
  rows: RegisterRow[];
  /** For a provision map: the map, built once, so that the page holds what was decided on. */
  map?: PreparedMap;
}

/**
 * Builds the rule's request in main from what the window asked: who asks is
 * the signed-in account, and the documents are what the output will hold.
 */
export function planExport(
  db: Database,
  input: ExportRequest,
  requestedBy: DisclosureRequest['requestedBy'],
  now: Date,
): ExportPlan {
  const date = londonDate(now);
  const base = {
    date,
    recipient: stripEmpty(input.recipient),
    requestedBy,
    ...(input.interestsOfPupil ? { interestsOfPupil: input.interestsOfPupil } : {}),
  };
  if (input.output.kind === 'pupil-summary') {
    const { pupilId } = input.output;
    const pupil = pupilById(db, pupilId);
    if (!pupil) throw new AppFailure('NOT_FOUND', 'That pupil is not in this school’s records.');
    const kinds = documentKindsFor(input);
    const ownFamily = input.recipient.kind === 'parent' || input.recipient.kind === 'young-person';
    return {
      request: {
        ...base,
        // Whose parent, or which pupil: a parent may have their own child's records only.
        recipient: { ...base.recipient, ...(ownFamily ? { pupilId } : {}) },
        documents: kinds.map((kind) => document(kind, pupilId)),
      },
      title: 'Register summary of a pupil (PDF)',
      pupilIds: [pupilId],
      pupils: { [pupilId]: { dateOfBirth: pupil.dateOfBirth } },
      rows: [],
    };
  }
  if (input.output.kind !== 'register-extract') {
    throw new Error('A provision map is planned with planProvisionMap.');
  }
  if (input.include.health || input.include.thirdPartyReports) {
    throw new AppFailure('INVALID_INPUT', 'A register extract holds no health information or reports: untick them.');
  }
  const { includeLeavers = false, ...filter } = input.output.filter;
  const rows = registerRows(db, date, includeLeavers).filter((row) => matchesRegisterFilter(row, filter));
  if (rows.length === 0) throw new AppFailure('NOT_FOUND', 'No pupils match that filter: there is nothing to export.');
  return {
    request: { ...base, documents: rows.flatMap((row) => documentKindsFor(input).map((kind) => document(kind, row.id))) },
    title: `Register extract of ${rows.length} ${rows.length === 1 ? 'pupil' : 'pupils'} (CSV)`,
    pupilIds: rows.map((row) => row.id),
    pupils: Object.fromEntries(rows.map((row) => [row.id, { dateOfBirth: row.dateOfBirth }])),
    rows,
  };
}

/**
 * A provision map as the rule sees it (issue 6): for every pupil it names,
 * that pupil's provision map; for every pupil whose own costs it shows, those
 * costs; costs of groups and areas (worked out from staff pay) as staff
 * costs; and a meeting's copy of the whole-school map, which names no one, as
 * anonymised statistics. The rule then decides each one: a parent has only
 * their own child's map, costs go only to staff and the LA, pay never leaves
 * the school.
 */
export function planProvisionMap(
  db: Database,
  input: ExportRequest,
  map: PreparedMap,
  requestedBy: DisclosureRequest['requestedBy'],
  now: Date,
): ExportPlan {
  if (input.include.health || input.include.familySocialCare || input.include.thirdPartyReports) {
    throw new AppFailure('INVALID_INPUT', 'A provision map holds no health, family or social care details or reports: untick them.');
  }
  const pupils: ExportPlan['pupils'] = {};
  for (const id of map.namedPupilIds) {
    const pupil = pupilById(db, id);
    if (pupil) pupils[id] = { dateOfBirth: pupil.dateOfBirth };
  }
  const ownFamily = input.recipient.kind === 'parent' || input.recipient.kind === 'young-person';
  const recipient = stripEmpty(input.recipient);
  const documents: DisclosureDocument[] = [
    ...map.namedPupilIds.map((pupilId) => ({ id: `provision-map:${pupilId}`, kind: 'provision-map' as const, pupilId })),
    ...map.pupilCostIds.map((pupilId) => ({ id: `pupil-costs:${pupilId}`, kind: 'pupil-costs' as const, pupilId })),
    ...(map.schoolCosts ? [{ id: 'staff-costs', kind: 'staff-costs' as const }] : []),
    ...(map.namedPupilIds.length === 0 ? [{ id: 'statistics', kind: 'statistics' as const }] : []),
  ];
  return {
    request: {
      date: londonDate(now),
      recipient: { ...recipient, ...(ownFamily && map.aboutPupilId ? { pupilId: map.aboutPupilId } : {}) },
      requestedBy,
      ...(input.interestsOfPupil ? { interestsOfPupil: input.interestsOfPupil } : {}),
      documents,
    },
    title: `${map.title}, for ${audienceWords[map.audience]} (${input.delivery === 'print' ? 'printed' : 'PDF'})`,
    pupilIds: map.namedPupilIds,
    pupils,
    rows: [],
    map,
  };
}

const audienceWords: Record<PreparedMap['audience'], string> = {
  staff: 'staff',
  meeting: 'a meeting',
  parent: 'a parent',
};

/**
 * The SEN record always; health, family and social care (for an extract: the
 * looked-after columns) and other professionals' reports only when ticked,
 * each its own document so that each gets its own decision.
 */
function documentKindsFor(input: ExportRequest): DocumentKind[] {
  return [
    'sen-record',
    ...(input.include.health ? (['health'] as const) : []),
    ...(input.include.familySocialCare ? (['family-social-care'] as const) : []),
    ...(input.include.thirdPartyReports ? (['third-party-report'] as const) : []),
  ];
}

/** Anything beyond the SEN record was ticked on its own, which the rule requires before it can go. */
const document = (kind: DocumentKind, pupilId: string): DisclosureDocument => ({
  id: `${kind}:${pupilId}`,
  kind,
  pupilId,
  ...(kind === 'sen-record' ? {} : { chosenExplicitly: true }),
});

function stripEmpty(recipient: ExportRequest['recipient']): DisclosureRequest['recipient'] {
  return {
    kind: recipient.kind,
    ...(recipient.name ? { name: recipient.name } : {}),
    ...(recipient.organisation ? { organisation: recipient.organisation } : {}),
  };
}

/**
 * A digest of one request by one person: an approval is bound to it, so it
 * cannot be used for another export (another pupil, recipient, document or
 * reason) or by someone else. Keys are sorted: the same request, the same digest.
 */
export function requestDigest(input: ExportRequest, requesterId: string): string {
  return createHash('sha256').update(canonical({ input, requesterId })).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
