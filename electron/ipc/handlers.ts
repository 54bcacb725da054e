import type { ExportService } from '../exports/exportService';
import type { AccountsService } from '../services/accounts';
import { verifyAuditLog } from '../services/auditVerify';
import type { CensusReadinessService } from '../services/censusReadiness';
import type { CtfImportService } from '../services/ctfImport';
import type { DemoSchoolService } from '../services/demoSchool';
import type { DraftsService } from '../services/drafts';
import type { MonitoringService } from '../services/monitoring';
import type { ProvisionMapsService } from '../services/provisionMaps';
import type { PupilConsentsService } from '../services/pupilConsents';
import type { PupilFilesService } from '../services/pupilFiles';
import type { PupilPeopleService } from '../services/pupilPeople';
import type { PupilProfilesService } from '../services/pupilProfiles';
import type { PupilImportService } from '../services/pupilImport';
import type { RegisterService } from '../services/register';
import type { SenStatusService } from '../services/senStatus';
import type { RotationProgress } from '../services/keyRotation';
import { rotateDataKey } from '../services/keyRotation';
import type { RecoveryKitService } from '../services/recoveryKit';
import type { SecuritySettingsService } from '../services/securitySettings';
import type { SessionService } from '../services/session';
import { checkRecoveryKey, recoverVault, unlockWithPassphrase } from '../services/unlock';
import { createVault } from '../services/vaultCreation';
import type { CostingRolesService } from '../services/costingRoles';
import type { CostingTemplatesService } from '../services/costingTemplates';
import type { ProvisionGroupsService } from '../services/provisionGroups';
import type { ProvisionLibraryService } from '../services/provisionLibrary';
import type { ProvisionMembershipsService } from '../services/provisionMemberships';
import type { ProvisionOutcomesService } from '../services/provisionOutcomes';
import type { Handlers } from './dispatcher';

export interface Services {
  session: SessionService;
  demo: DemoSchoolService;
  accounts: AccountsService;
  recoveryKit: RecoveryKitService;
  securitySettings: SecuritySettingsService;
  drafts: DraftsService;
  register: RegisterService;
  pupilFiles: PupilFilesService;
  pupilPeople: PupilPeopleService;
  pupilProfiles: PupilProfilesService;
  pupilConsents: PupilConsentsService;
  senStatus: SenStatusService;
  monitoring: MonitoringService;
  censusReadiness: CensusReadinessService;
  pupilImport: PupilImportService;
  ctfImport: CtfImportService;
  exports: ExportService;
  provisionMaps: ProvisionMapsService;
  provisionLibrary: ProvisionLibraryService;
  provisionGroups: ProvisionGroupsService;
  provisionMemberships: ProvisionMembershipsService;
  provisionOutcomes: ProvisionOutcomesService;
  costingRoles: CostingRolesService;
  costingTemplates: CostingTemplatesService;
  rotation: { nativeBinding?: string | undefined; workerScript?: string | undefined; onProgress(p: RotationProgress): void };
}

/** Maps each contract channel to the service that answers it. */
export function createHandlers(s: Services): Handlers {
  const { session } = s;
  return {
    vault: {
      status: () => session.status(),
      create: (input) =>
        session.serially(async () => {
          const { recoveryKey } = await createVault(session, input);
          return { session: session.current(), recoveryKey };
        }),
      unlock: (input) => session.serially(() => unlockWithPassphrase(session, input.name, input.passphrase)),
      lock: () => {
        session.lock('user');
        return null;
      },
      checkRecoveryKey: (input) => session.serially(() => checkRecoveryKey(session, input.recoveryKey)),
      recover: (input) => session.serially(() => recoverVault(session, input)),
    },
    demo: {
      open: () => session.serially(() => s.demo.open()),
      restart: () => session.serially(() => s.demo.restart()),
      leave: () => session.serially(async () => s.demo.leave()),
    },
    session: {
      current: () => session.current(),
      keepAlive: () => null,
      changePassphrase: async (input) => {
        await s.accounts.changeOwnPassphrase(input);
        return null;
      },
    },
    accounts: {
      list: () => s.accounts.list(),
      add: (input) => s.accounts.add(input),
      setRole: (input) => s.accounts.setRole(input.accountId, input.role),
      remove: (input) => {
        s.accounts.remove(input.accountId);
        return null;
      },
      resetPassphrase: (input) => s.accounts.resetPassphrase(input.accountId, input),
    },
    settings: {
      security: () => s.securitySettings.read(),
      setIdleMinutes: (input) => s.securitySettings.setIdleMinutes(input.minutes),
    },
    recovery: {
      renew: () => s.recoveryKit.renew(),
      saveKit: () => s.recoveryKit.saveKit(),
      confirm: (input) => s.recoveryKit.confirm(input.answers),
    },
    keys: {
      rotateDataKey: () => rotateDataKey(session, s.rotation),
    },
    register: {
      list: (filter) => s.register.list(filter),
    },
    pupils: {
      get: (input) => s.pupilFiles.read(input.pupilId),
      add: (details) => ({ pupilId: s.pupilFiles.add(details) }),
      update: (input) => ({ revision: s.pupilFiles.update(input.pupilId, input.details, input.revision) }),
    },
    people: {
      saveContact: (input) => s.pupilPeople.saveContact(input.pupilId, input.contactId, input.version, input.contact),
      archiveContact: (input) => s.pupilPeople.archiveContact(input.pupilId, input.contactId, input.version),
      saveInvolvement: (input) => s.pupilPeople.saveInvolvement(input.pupilId, input.involvementId, input.version, input.involvement),
      endInvolvement: (input) => s.pupilPeople.endInvolvement(input.pupilId, input.involvementId, input.version, input.endDate),
      saveProfile: (input) => ({ id: s.pupilProfiles.save(input.pupilId, input.profile) }),
    },
    consents: {
      record: (input) => ({ consentId: s.pupilConsents.record(input.pupilId, input.consent) }),
      withdraw: (input) => {
        s.pupilConsents.withdraw(input.pupilId, input.consentId, input.withdrawnOn, input.reason);
        return null;
      },
    },
    sen: {
      changeStatus: (input) => ({ statusId: s.senStatus.changeStatus(input.pupilId, input.decision) }),
      setNeeds: (input) => {
        s.senStatus.setNeeds(input.pupilId, input.needs, input.fromDate);
        return null;
      },
    },
    imports: {
      chooseCsv: () => s.pupilImport.chooseCsv(),
      previewCsv: (input) => s.pupilImport.preview(input.importId, input.mapping, input.fullRoll, input.fixes),
      commitCsv: (input) => s.pupilImport.commit(input.importId, input.mapping, input.leavers, input.fixes, input.leftOut),
      chooseCtf: () => s.ctfImport.choose(),
      commitCtf: (input) => s.ctfImport.commit(input.importId),
    },
    census: {
      readiness: () => s.censusReadiness.check(),
    },
    monitoring: {
      add: (input) => ({ entryId: s.monitoring.add(input.pupilId, input.concern) }),
      close: (input) => {
        s.monitoring.close(input.pupilId, input.closedOn, input.note);
        return null;
      },
      moveToSenSupport: (input) => {
        s.monitoring.moveToSenSupport(input.pupilId, input.decision);
        return null;
      },
    },
    drafts: {
      save: (input) => {
        s.drafts.save(input.form, input.data);
        return null;
      },
      get: (input) => s.drafts.get(input.form),
      discard: (input) => {
        s.drafts.discard(input.form);
        return null;
      },
    },
    audit: {
      verify: () => verifyAuditLog(session.db()),
    },
    provisionMaps: {
      school: (input) => s.provisionMaps.school(input),
      pupil: (input) => s.provisionMaps.pupil(input),
      impact: (input) => s.provisionMaps.impact(input),
      preview: (input) => s.provisionMaps.preview(input),
    },
    disclosures: {
      decide: (input) => s.exports.decide(input),
      approve: (input) => session.serially(() => s.exports.approve(input)),
      send: (input) => s.exports.export(input),
      register: (input) => s.exports.readRegister(input),
      printRegister: (input) => s.exports.printRegister(input),
    },
    provision: {
      listLibrary: (input) => s.provisionLibrary.list(input.includeArchived ?? false),
      getEntry: (input) => s.provisionLibrary.get(input.provisionId),
      addEntry: (input) => s.provisionLibrary.add(input.entry),
      changeEntry: (input) => s.provisionLibrary.change(input.provisionId, input.version, input.entry),
      archiveEntry: (input) => s.provisionLibrary.setArchived(input.provisionId, input.version, input.archived),
      saveGroupToLibrary: (input) => s.provisionLibrary.saveGroupToLibrary(input.groupId),
      listGroups: (input) => s.provisionGroups.list(input),
      getGroup: (input) => s.provisionGroups.get(input.groupId),
      createGroup: (input) => s.provisionGroups.create(input.provisionId, input.group),
      startGroup: (input) => s.provisionGroups.startFromLibrary(input),
      changeGroup: (input) => s.provisionGroups.change(input.groupId, input.version, input.group),
      endGroup: (input) => s.provisionGroups.end(input.groupId, input.version, input.endDate),
      evaluateGroup: (input) => s.provisionGroups.evaluate(input.groupId, input.version, input.evaluation),
      addMembers: (input) => ({ membershipIds: s.provisionMemberships.add(input.groupId, input.pupils) }),
      changeMembershipDates: (input) => s.provisionMemberships.changeDates(input.membershipId, input.version, input.startDate, input.endDate),
      recordEntryScore: (input) => s.provisionMemberships.recordEntry(input.membershipId, input.version, input.score),
      recordExitScore: (input) => s.provisionMemberships.recordExit(input.membershipId, input.version, input.score),
      recordReviewOutcome: (input) => s.provisionMemberships.recordOutcome(input.membershipId, input.version, input.reviewOutcomeId),
      evaluateMembership: (input) => s.provisionMemberships.evaluate(input.membershipId, input.version, input.evaluation),
      endMembership: (input) => s.provisionMemberships.end(input.membershipId, input.version, input.endDate),
      membershipHistory: (input) => s.provisionMemberships.history(input.membershipId),
      pupilHistory: (input) => s.provisionMemberships.pupilHistory(input.pupilId),
      listOutcomes: (input) => s.provisionOutcomes.list(input.includeArchived ?? false),
      addOutcome: (input) => s.provisionOutcomes.add(input.label, input.score),
      changeOutcome: (input) => s.provisionOutcomes.change(input.outcomeId, input.label, input.score),
      archiveOutcome: (input) => s.provisionOutcomes.setArchived(input.outcomeId, input.archived),
    },
    costing: {
      listRoles: (input) => s.costingRoles.list(input.includeArchived ?? false),
      addRole: (input) => s.costingRoles.add(input.name, input.hourlyRatePence),
      renameRole: (input) => s.costingRoles.rename(input.roleId, input.name),
      setHourlyRate: (input) => s.costingRoles.setHourlyRate(input.roleId, input.hourlyRatePence),
      archiveRole: (input) => s.costingRoles.setArchived(input.roleId, input.archived),
      listTemplates: () => s.costingTemplates.list(),
      addTemplate: (input) => s.costingTemplates.add(input.template),
      changeTemplate: (input) => s.costingTemplates.change(input.templateId, input.template),
      archiveTemplate: (input) => s.costingTemplates.setArchived(input.templateId, input.archived),
      chooseTemplate: (input) => s.costingTemplates.choose(input.templateId),
    },
  };
}
