import { z } from 'zod';
import {
  accountAddInput,
  accountRemoveInput,
  accountResetInput,
  accountRoleInput,
  passphraseChangeInput,
  staffAccount,
} from './accounts';
import { auditVerification } from './audit';
import { consentRecordInput, consentWithdrawInput } from './consents';
import { approval, approveInput, decision, exportInput, exportRequest, exportResult, registerEntry, registerQuery } from './disclosures';
import {
  documentPreview,
  impactSheetInput,
  impactSheetView,
  provisionDocument,
  pupilMapInput,
  pupilMapView,
  schoolMapInput,
  schoolMapView,
} from './provisionMaps';
import { draftFormInput, draftOutput, draftSaveInput } from './drafts';
import { chosenCsv, chosenCtf, csvCommitInput, csvCommitted, csvPreview, csvPreviewInput, ctfCommitInput, ctfCommitted } from './imports';
import {
  contactArchiveInput,
  contactSaveInput,
  involvementEndInput,
  involvementSaveInput,
  profileSaveInput,
  savedVersion,
} from './people';
import {
  costingTemplate,
  entryAddInput,
  entryArchiveInput,
  entryChangeInput,
  entryIdInput,
  groupChangeInput,
  groupCreateInput,
  groupDetail,
  groupEndInput,
  groupEvaluateInput,
  groupIdInput,
  groupListInput,
  groupStartInput,
  groupSummary,
  groupToLibraryInput,
  libraryListInput,
  membersAdded,
  membersAddInput,
  membershipDatesInput,
  membershipEndInput,
  membershipEvaluateInput,
  membershipIdInput,
  membershipOutcomeInput,
  membershipScoreInput,
  membershipVersions,
  outcomeAddInput,
  outcomeArchiveInput,
  outcomeChangeInput,
  outcomesListInput,
  provisionEntry,
  pupilHistoryInput,
  pupilProvisionRow,
  reviewOutcome,
  roleAddInput,
  roleArchiveInput,
  roleRateInput,
  roleRenameInput,
  rolesListInput,
  savedVersion as provisionSaved,
  staffRole,
  templateAddInput,
  templateArchiveInput,
  templateChangeInput,
  templateChooseInput,
  templatesOutput,
} from './provision';
import {
  censusReadinessOutput,
  concernInput,
  monitoringCloseInput,
  moveToSenSupportInput,
  needsInput,
  pupilDetails,
  pupilFileOutput,
  pupilIdInput,
  pupilUpdateInput,
  registerFilter,
  registerOutput,
  statusChangeInput,
} from './pupils';
import {
  idleMinutesInput,
  kitSaved,
  recoveryConfirmInput,
  recoveryConfirmOutput,
  recoveryKeyOutput,
  rotationResult,
  securitySettings,
} from './settings';
import {
  recoveryCheckInput,
  recoveryCheckOutput,
  sessionInfo,
  vaultCreateInput,
  vaultCreated,
  vaultRecoverInput,
  vaultStatus,
  vaultUnlockInput,
} from './vault';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

const channel = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>) => def;

/** Channels that take nothing take `undefined`: a payload of any other shape is refused. */
const nothing = z.undefined({ error: 'This request takes no details.' });
const done = z.null();

/**
 * The one IPC contract: group → method → schemas. The channel name is
 * `group.method`. Who may call each one is in ./permissions. Adding a feature
 * means a channel here, its line in permissions, and a handler in main.
 */
export const contract = {
  vault: {
    status: channel({ input: nothing, output: vaultStatus }),
    create: channel({ input: vaultCreateInput, output: vaultCreated }),
    unlock: channel({ input: vaultUnlockInput, output: sessionInfo }),
    lock: channel({ input: nothing, output: done }),
    checkRecoveryKey: channel({ input: recoveryCheckInput, output: recoveryCheckOutput }),
    recover: channel({ input: vaultRecoverInput, output: sessionInfo }),
  },
  demo: {
    /** Opens the demo school, building it first (in a worker, with `demoProgress` events) if there is none. */
    open: channel({ input: nothing, output: sessionInfo }),
    /** Builds the demo school again from its seed: whatever was changed in it is lost. */
    restart: channel({ input: nothing, output: sessionInfo }),
    /** Locks the demo school and goes back to the school's own vault. */
    leave: channel({ input: nothing, output: done }),
  },
  session: {
    current: channel({ input: nothing, output: sessionInfo }),
    /** The person is still at the keyboard: pushes the idle lock back. */
    keepAlive: channel({ input: nothing, output: done }),
    changePassphrase: channel({ input: passphraseChangeInput, output: done }),
  },
  accounts: {
    list: channel({ input: nothing, output: z.array(staffAccount) }),
    add: channel({ input: accountAddInput, output: staffAccount }),
    setRole: channel({ input: accountRoleInput, output: staffAccount }),
    remove: channel({ input: accountRemoveInput, output: done }),
    resetPassphrase: channel({ input: accountResetInput, output: staffAccount }),
  },
  settings: {
    security: channel({ input: nothing, output: securitySettings }),
    setIdleMinutes: channel({ input: idleMinutesInput, output: securitySettings }),
  },
  recovery: {
    /** Replaces the recovery slot; the new key is shown once. */
    renew: channel({ input: nothing, output: recoveryKeyOutput }),
    /** Saves the emergency kit PDF of the key just shown, through a save dialog. */
    saveKit: channel({ input: nothing, output: kitSaved }),
    confirm: channel({ input: recoveryConfirmInput, output: recoveryConfirmOutput }),
  },
  keys: {
    rotateDataKey: channel({ input: nothing, output: rotationResult }),
  },
  register: {
    list: channel({ input: registerFilter, output: registerOutput }),
  },
  pupils: {
    /** A pupil's file; every read is in the audit log. */
    get: channel({ input: pupilIdInput, output: pupilFileOutput }),
    add: channel({ input: pupilDetails, output: z.object({ pupilId: z.string() }) }),
    update: channel({ input: pupilUpdateInput, output: z.object({ revision: z.number().int() }) }),
  },
  /** Parents, carers and professionals around a pupil, and their one-page profile: every save is a new version. */
  people: {
    saveContact: channel({ input: contactSaveInput, output: savedVersion }),
    /** Marks a parent or carer as no longer a contact; every version stays. */
    archiveContact: channel({ input: contactArchiveInput, output: savedVersion }),
    saveInvolvement: channel({ input: involvementSaveInput, output: savedVersion }),
    endInvolvement: channel({ input: involvementEndInput, output: savedVersion }),
    saveProfile: channel({ input: profileSaveInput, output: z.object({ id: z.string() }) }),
  },
  /** The consent register: a consent is recorded once; withdrawing it keeps it, with the date and reason. */
  consents: {
    record: channel({ input: consentRecordInput, output: z.object({ consentId: z.string() }) }),
    withdraw: channel({ input: consentWithdrawInput, output: done }),
  },
  sen: {
    changeStatus: channel({ input: statusChangeInput, output: z.object({ statusId: z.string() }) }),
    setNeeds: channel({ input: needsInput, output: done }),
  },
  imports: {
    /** Opens a file dialog in main and reads the chosen CSV; null when cancelled. */
    chooseCsv: channel({ input: nothing, output: chosenCsv }),
    previewCsv: channel({ input: csvPreviewInput, output: csvPreview }),
    commitCsv: channel({ input: csvCommitInput, output: csvCommitted }),
    /** Opens a file dialog in main, reads and previews a CTF; null when cancelled. */
    chooseCtf: channel({ input: nothing, output: chosenCtf }),
    commitCtf: channel({ input: ctfCommitInput, output: ctfCommitted }),
  },
  census: {
    /** Who would fail a census rule on the next census day, and how to fix it. */
    readiness: channel({ input: nothing, output: censusReadinessOutput }),
  },
  monitoring: {
    add: channel({ input: concernInput, output: z.object({ entryId: z.string() }) }),
    close: channel({ input: monitoringCloseInput, output: done }),
    moveToSenSupport: channel({ input: moveToSenSupportInput, output: done }),
  },
  drafts: {
    save: channel({ input: draftSaveInput, output: done }),
    get: channel({ input: draftFormInput, output: draftOutput }),
    discard: channel({ input: draftFormInput, output: done }),
  },
  audit: {
    verify: channel({ input: nothing, output: auditVerification }),
  },
  /**
   * The provision maps on screen (issue 6). Costs appear only for the SENCO
   * with the staff audience: main decides, whatever the window asks.
   */
  provisionMaps: {
    school: channel({ input: schoolMapInput, output: schoolMapView }),
    pupil: channel({ input: pupilMapInput, output: pupilMapView }),
    impact: channel({ input: impactSheetInput, output: impactSheetView }),
    /** The document's own HTML, for the preview in the print dialog: it is what prints. */
    preview: channel({ input: provisionDocument, output: documentPreview }),
  },
  /** The disclosure gate (REFERENCE §5): every output of records goes through these. */
  disclosures: {
    /** The decision an export would get now: a preview, not recorded. */
    decide: channel({ input: exportRequest, output: decision }),
    /** A headteacher or DSL approves this one request with their own name and passphrase. */
    approve: channel({ input: approveInput, output: approval }),
    /** Decides again in main and, if allowed, saves the file; every attempt is in the register. */
    send: channel({ input: exportInput, output: exportResult }),
    register: channel({ input: registerQuery, output: z.array(registerEntry) }),
    /** Prints the register (as filtered) for the data protection officer; that print is recorded too. */
    printRegister: channel({ input: registerQuery, output: exportResult }),
  },
  /**
   * Provision mapping (issue 6): the library, groups, the pupils in them and review outcomes. Every change is a
   * new version; costs are null in every answer to anyone but the SENCO.
   */
  provision: {
    listLibrary: channel({ input: libraryListInput, output: z.array(provisionEntry) }),
    getEntry: channel({ input: entryIdInput, output: provisionEntry }),
    addEntry: channel({ input: entryAddInput, output: provisionSaved }),
    changeEntry: channel({ input: entryChangeInput, output: provisionSaved }),
    /** Takes an entry out of the library (or puts it back); groups that came from it keep their figures. */
    archiveEntry: channel({ input: entryArchiveInput, output: provisionSaved }),
    /** Copies a running group's figures into the library as a new entry. */
    saveGroupToLibrary: channel({ input: groupToLibraryInput, output: provisionSaved }),
    listGroups: channel({ input: groupListInput, output: z.array(groupSummary) }),
    getGroup: channel({ input: groupIdInput, output: groupDetail }),
    /** A group set up on its own, or from a library entry with its figures edited first. */
    createGroup: channel({ input: groupCreateInput, output: provisionSaved }),
    /** A group from a library entry, with the entry's figures as they are. */
    startGroup: channel({ input: groupStartInput, output: provisionSaved }),
    changeGroup: channel({ input: groupChangeInput, output: provisionSaved }),
    /** Ends the group; its pupils still in it leave on the same date. */
    endGroup: channel({ input: groupEndInput, output: provisionSaved }),
    evaluateGroup: channel({ input: groupEvaluateInput, output: provisionSaved }),
    addMembers: channel({ input: membersAddInput, output: membersAdded }),
    changeMembershipDates: channel({ input: membershipDatesInput, output: provisionSaved }),
    /** Null clears a score recorded by mistake; the earlier version keeps it. */
    recordEntryScore: channel({ input: membershipScoreInput, output: provisionSaved }),
    recordExitScore: channel({ input: membershipScoreInput, output: provisionSaved }),
    recordReviewOutcome: channel({ input: membershipOutcomeInput, output: provisionSaved }),
    evaluateMembership: channel({ input: membershipEvaluateInput, output: provisionSaved }),
    endMembership: channel({ input: membershipEndInput, output: provisionSaved }),
    membershipHistory: channel({ input: membershipIdInput, output: membershipVersions }),
    /** Every provision a pupil has had, newest first, for their file. */
    pupilHistory: channel({ input: pupilHistoryInput, output: z.array(pupilProvisionRow) }),
    listOutcomes: channel({ input: outcomesListInput, output: z.array(reviewOutcome) }),
    addOutcome: channel({ input: outcomeAddInput, output: reviewOutcome }),
    changeOutcome: channel({ input: outcomeChangeInput, output: reviewOutcome }),
    archiveOutcome: channel({ input: outcomeArchiveInput, output: reviewOutcome }),
  },
  /** Staff roles, pay and the LA costing templates: pay and templates are the SENCO's alone. */
  costing: {
    /** Role names for everyone signed in; the hourly rate is null for all but the SENCO. */
    listRoles: channel({ input: rolesListInput, output: z.array(staffRole) }),
    addRole: channel({ input: roleAddInput, output: staffRole }),
    renameRole: channel({ input: roleRenameInput, output: staffRole }),
    setHourlyRate: channel({ input: roleRateInput, output: staffRole }),
    archiveRole: channel({ input: roleArchiveInput, output: staffRole }),
    listTemplates: channel({ input: nothing, output: templatesOutput }),
    addTemplate: channel({ input: templateAddInput, output: costingTemplate }),
    changeTemplate: channel({ input: templateChangeInput, output: costingTemplate }),
    archiveTemplate: channel({ input: templateArchiveInput, output: costingTemplate }),
    /** The template the school's maps are costed with. */
    chooseTemplate: channel({ input: templateChooseInput, output: templatesOutput }),
  },
} as const;

export type Contract = typeof contract;
export type Group = keyof Contract;
export type MethodOf<G extends Group> = keyof Contract[G] & string;
export type ChannelName = { [G in Group]: `${G}.${MethodOf<G>}` }[Group];

type Def<G extends Group, M extends MethodOf<G>> = Contract[G][M] extends ChannelDef ? Contract[G][M] : never;
export type InputOf<G extends Group, M extends MethodOf<G>> = z.output<Def<G, M>['input']>;
export type OutputOf<G extends Group, M extends MethodOf<G>> = z.input<Def<G, M>['output']>;

/** Every channel name with its definition, in contract order. */
export function listChannels(): { name: ChannelName; def: ChannelDef }[] {
  const out: { name: ChannelName; def: ChannelDef }[] = [];
  for (const [group, methods] of Object.entries(contract)) {
    for (const [method, def] of Object.entries(methods)) {
      out.push({ name: `${group}.${method}` as ChannelName, def: def as ChannelDef });
    }
  }
  return out;
}

/** The IPC channel string used on the wire; one prefix keeps ours apart from Electron's own. */
export const ipcChannel = (name: string): string => `senco:${name}`;
