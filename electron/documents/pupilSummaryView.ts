import type { DocumentKind } from '../../shared/domain/disclosure';
import { type ProfessionalRole, roleName } from '../../shared/rules/involvement';
import { type PupilName, otherPupilsHider } from './otherPupils';
import {
  type SummaryAudience,
  areaWords,
  consultedWords,
  monitoringOutcomeWords,
  needWords,
  rankWords,
  statusMeaning,
  statusWords,
  yearWords,
} from './pupilSummaryWords';

export type { SummaryAudience } from './pupilSummaryWords';

/**
 * The view model of a pupil's SEN summary (issue 5), built from a pupil file
 * that the caller has already read. Pure: the export service reads the file
 * (and so audits the read); this only chooses and words what is printed.
 */

/**
 * Sections that are not part of the SEN record. Each goes in only when asked
 * for by name, because each is a document kind of its own for the disclosure
 * gate (REFERENCE.md §5: health, family and social care, other professionals'
 * reports go only where the basis covers them).
 */
export const optionalSummarySections = ['health', 'family-social-care', 'third-party-report'] as const satisfies readonly DocumentKind[];
export type OptionalSummarySection = (typeof optionalSummarySections)[number];

export interface PupilSummaryOptions {
  audience: SummaryAudience;
  /** The recipient line as printed: "Mrs Grace Okonjo (parent)". */
  preparedFor: string;
  /** Sections beyond the SEN record; none unless named. */
  include?: readonly OptionalSummarySection[];
  /**
   * The other pupils on roll (the whole roll will do): any of their full names
   * in free text reads "another pupil". See otherPupils.ts for its limits.
   */
  otherPupils?: readonly PupilName[];
}

/**
 * What the summary reads of a pupil file: the shape of PupilFile
 * (electron/services/pupilFiles.ts) without the parts it never prints, so a
 * PupilFile can be passed as it is. Declared here because documents import
 * nothing but shared/ and themselves.
 */
export interface PupilSummarySource {
  pupil: {
    id: string;
    upn: string | null;
    legalSurname: string;
    legalForename: string;
    preferredSurname: string | null;
    preferredForename: string | null;
    dateOfBirth: string;
    ncYear: string | null;
    className: string | null;
    lookedAfter: boolean;
    previouslyLookedAfter: boolean;
    medicalNotes: string | null;
  };
  /** Oldest first, as senStatusHistory returns them. */
  senStatuses: readonly {
    pupilId?: string;
    provision: string;
    startDate: string;
    endDate: string | null;
    decisionDate: string | null;
    decidedBy: string | null;
    consulted: readonly string[];
    parentsInformedOn: string | null;
    note: string | null;
  }[];
  senNeeds: readonly { pupilId?: string; needType: string; rank: number; startDate: string; endDate: string | null }[];
  monitoring: readonly {
    pupilId?: string;
    reason: string;
    addedOn: string;
    raisedBy: string;
    reviewOn: string | null;
    closedOn: string | null;
    outcome: string | null;
    outcomeNote: string | null;
  }[];
  /** Each with its versions newest first: the first is the one in force. */
  contacts: readonly { versions: readonly ContactSource[] }[];
  involvements: readonly { versions: readonly InvolvementSource[] }[];
  /** Newest first: the first is the profile in use. */
  profiles: readonly ProfileView[];
}

interface ContactSource {
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  mobilePhone: string | null;
  homePhone: string | null;
  workPhone: string | null;
  email: string | null;
  address: string | null;
  livesWithPupil: boolean;
  notes: string | null;
  archived: boolean;
}

interface InvolvementSource {
  role: ProfessionalRole;
  roleDescription: string | null;
  name: string;
  service: string | null;
  phone: string | null;
  email: string | null;
  startDate: string;
  endDate: string | null;
  notes: string | null;
}

export interface ProfileView {
  writtenOn: string;
  likeAndAdmire: string;
  importantToMe: string;
  howToSupport: string;
  contributors: string;
}

/**
 * Dates are ISO school dates (the page formats them). A field that is staff
 * only (internal notes, who decided, contact details) is null or empty in a
 * parent's view, so the page cannot print it by mistake.
 */
export interface PupilSummaryView {
  audience: SummaryAudience;
  preparedFor: string;
  /** The sections beyond the SEN record that this view holds. */
  included: OptionalSummarySection[];
  /** How many names of other pupils free text held, now "another pupil": for the export service to say so. */
  otherPupilsHidden: number;
  pupil: {
    /** Legal forename and surname: the name on the school's records. */
    name: string;
    /** The name the pupil goes by, where it differs. */
    knownAs: string | null;
    /** How the text refers to the pupil: the forename they go by. */
    forename: string;
    dateOfBirth: string;
    year: string;
    className: string | null;
    upn: string | null;
  };
  status: { label: string; since: string | null; meaning: string | null };
  needs: { rank: string; need: string; area: string }[];
  statusHistory: {
    status: string;
    from: string;
    to: string | null;
    decidedOn: string | null;
    decidedBy: string | null;
    consulted: string;
    parentsInformedOn: string | null;
    note: string | null;
  }[];
  needHistory: { need: string; rank: string; from: string; to: string | null }[];
  monitoring: {
    concern: string;
    from: string;
    raisedBy: string | null;
    reviewOn: string | null;
    closedOn: string | null;
    outcome: string | null;
    outcomeNote: string | null;
  }[];
  profile: ProfileView | null;
  health?: { medicalNotes: string | null };
  family?: {
    carers: {
      name: string;
      relationship: string;
      parentalResponsibility: boolean;
      livesWithPupil: boolean;
      /** "Mobile 07700 900123", "Email …", "Address …": staff only. */
      contact: string[];
      notes: string | null;
    }[];
    lookedAfter: boolean;
    previouslyLookedAfter: boolean;
  };
  professionals?: {
    role: string;
    name: string;
    service: string | null;
    from: string;
    to: string | null;
    contact: string[];
    notes: string | null;
  }[];
}

export function pupilSummaryView(file: PupilSummarySource, options: PupilSummaryOptions): PupilSummaryView {
  const included = chosenSections(options.include ?? []);
  refuseOtherPupils(file);
  const staff = options.audience === 'staff';
  const forStaff = <T>(value: T): T | null => (staff ? value : null);
  const { pupil } = file;
  const forename = pupil.preferredForename?.trim() || pupil.legalForename;
  const name = `${pupil.legalForename} ${pupil.legalSurname}`;
  const knownAsName = `${forename} ${pupil.preferredSurname?.trim() || pupil.legalSurname}`;
  const audience = options.audience;
  const self = [
    { forename: pupil.legalForename, surname: pupil.legalSurname },
    { forename, surname: pupil.preferredSurname?.trim() || pupil.legalSurname },
  ];
  const others = otherPupilsHider(options.otherPupils ?? [], self);
  const hide = others.hide;
  const text = (value: string | null) => (value === null ? null : hide(value));
  // Hidden only where printed, so the count of hidden names is what the reader would have seen.
  const staffText = (value: string | null) => (staff ? text(value) : null);

  const open = file.senStatuses.find((s) => s.endDate === null);
  // A pupil with no open status counts as no SEN (REFERENCE.md §2).
  const code = open?.provision ?? 'N';

  const view: PupilSummaryView = {
    audience,
    preparedFor: options.preparedFor,
    included,
    otherPupilsHidden: 0,
    pupil: {
      name,
      knownAs: knownAsName === name ? null : knownAsName,
      forename,
      dateOfBirth: pupil.dateOfBirth,
      year: yearWords(pupil.ncYear),
      className: pupil.className,
      upn: pupil.upn,
    },
    status: {
      label: statusWords(code, audience),
      since: open?.startDate ?? null,
      meaning: staff ? null : statusMeaning(code, forename),
    },
    needs: file.senNeeds
      .filter((n) => n.endDate === null)
      .toSorted((a, b) => a.rank - b.rank)
      .map((n) => ({ rank: rankWords(n.rank, audience), need: needWords(n.needType, audience), area: areaWords(n.needType, audience) })),
    statusHistory: file.senStatuses.map((s) => ({
      status: statusWords(s.provision, audience),
      from: s.startDate,
      to: s.endDate,
      decidedOn: s.decisionDate,
      // Who decided or raised a concern is a member of staff by the form's own question: not searched, so a teacher
      // who shares a pupil's name keeps it.
      decidedBy: forStaff(s.decidedBy),
      consulted: consultedWords(s.consulted, audience, forename),
      parentsInformedOn: s.parentsInformedOn,
      note: staffText(s.note),
    })),
    needHistory: file.senNeeds
      .toSorted((a, b) => a.startDate.localeCompare(b.startDate) || a.rank - b.rank)
      .map((n) => ({ need: needWords(n.needType, audience), rank: rankWords(n.rank, audience), from: n.startDate, to: n.endDate })),
    monitoring: file.monitoring.map((m) => ({
      concern: hide(m.reason),
      from: m.addedOn,
      raisedBy: forStaff(m.raisedBy),
      reviewOn: forStaff(m.reviewOn),
      closedOn: m.closedOn,
      outcome: monitoringOutcomeWords(m.outcome, audience),
      outcomeNote: staffText(m.outcomeNote),
    })),
    profile: file.profiles[0] ? profileOf(file.profiles[0], hide) : null,
  };
  if (included.includes('health')) view.health = { medicalNotes: text(pupil.medicalNotes?.trim() || null) };
  if (included.includes('family-social-care')) view.family = familyOf(file, staff, staffText);
  if (included.includes('third-party-report')) view.professionals = professionalsOf(file, staff, staffText);
  view.otherPupilsHidden = others.hidden();
  return view;
}

type StaffText = (value: string | null) => string | null;

/** The parents and carers in force (not archived, latest version) and the pupil's care status. */
function familyOf(file: PupilSummarySource, staff: boolean, staffText: StaffText): NonNullable<PupilSummaryView['family']> {
  return {
    carers: file.contacts
      .map((c) => c.versions[0])
      .filter((c): c is ContactSource => c !== undefined && !c.archived)
      .map((c) => ({
        name: c.name,
        relationship: c.relationship,
        parentalResponsibility: c.parentalResponsibility,
        livesWithPupil: c.livesWithPupil,
        contact: staff ? carerContact(c) : [],
        notes: staffText(c.notes),
      })),
    lookedAfter: file.pupil.lookedAfter,
    previouslyLookedAfter: file.pupil.previouslyLookedAfter,
  };
}

/** Each professional as the latest version records them, current ones first (the repository's order). */
function professionalsOf(file: PupilSummarySource, staff: boolean, staffText: StaffText): NonNullable<PupilSummaryView['professionals']> {
  return file.involvements
    .map((i) => i.versions[0])
    .filter((i): i is InvolvementSource => i !== undefined)
    .map((i) => ({
      role: roleName(i.role, i.roleDescription),
      name: i.name,
      service: i.service,
      from: i.startDate,
      to: i.endDate,
      contact: staff ? labelled([['Phone', i.phone], ['Email', i.email]]) : [],
      notes: staffText(i.notes),
    }));
}

/** Only named sections, each once, in the summary's own order; a name it does not know is a mistake, not a wish. */
export function chosenSections(asked: readonly string[]): OptionalSummarySection[] {
  const unknown = asked.filter((s) => !(optionalSummarySections as readonly string[]).includes(s));
  if (unknown.length > 0) throw new RangeError(`A pupil summary has no section ${unknown.map((s) => JSON.stringify(s)).join(', ')}.`);
  return optionalSummarySections.filter((s) => asked.includes(s));
}

/**
 * Another pupil's record must never reach this pupil's summary (REFERENCE.md
 * §5). The rows carry the pupil they belong to where the file has it, so a
 * mixed-up file is refused rather than printed.
 */
function refuseOtherPupils(file: PupilSummarySource): void {
  const rows = [...file.senStatuses, ...file.senNeeds, ...file.monitoring];
  if (rows.some((row) => row.pupilId !== undefined && row.pupilId !== file.pupil.id)) {
    throw new Error('This pupil file holds a record of another pupil: the summary was not made.');
  }
}

function profileOf(p: ProfileView, hide: (text: string) => string): ProfileView {
  return {
    writtenOn: p.writtenOn,
    likeAndAdmire: hide(p.likeAndAdmire),
    importantToMe: hide(p.importantToMe),
    howToSupport: hide(p.howToSupport),
    contributors: hide(p.contributors),
  };
}

function carerContact(c: ContactSource): string[] {
  return labelled([
    ['Mobile', c.mobilePhone],
    ['Home', c.homePhone],
    ['Work', c.workPhone],
    ['Email', c.email],
    ['Address', c.address],
  ]);
}

function labelled(pairs: [string, string | null][]): string[] {
  return pairs.flatMap(([label, value]) => (value?.trim() ? [`${label} ${value.trim()}`] : []));
}
