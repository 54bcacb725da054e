import { mkdirSync } from 'node:fs';
import { ExportService } from './exports/exportService';
import type { EventName, EventPayload } from '../shared/contract/events';
import type { Result } from '../shared/contract/result';
import { createDispatcher, type DispatchRequest } from './ipc/dispatcher';
import { createHandlers } from './ipc/handlers';
import type { Platform } from './platform/platform';
import { AccountsService } from './services/accounts';
import { CensusReadinessService } from './services/censusReadiness';
import { CostingRolesService } from './services/costingRoles';
import { CostingTemplatesService } from './services/costingTemplates';
import { CtfImportService } from './services/ctfImport';
import { refuseInDemo } from './ipc/demoGuard';
import { DemoSchoolService } from './services/demoSchool';
import { importProgress } from './services/importRunner';
import { DraftsService } from './services/drafts';
import { MonitoringService } from './services/monitoring';
import { ProvisionGroupsService } from './services/provisionGroups';
import { ProvisionLibraryService } from './services/provisionLibrary';
import { ProvisionMembershipsService } from './services/provisionMemberships';
import { ProvisionOutcomesService } from './services/provisionOutcomes';
import { PupilFilesService } from './services/pupilFiles';
import { ProvisionMapsService } from './services/provisionMaps';
import { PupilConsentsService } from './services/pupilConsents';
import { PupilPeopleService } from './services/pupilPeople';
import { PupilProfilesService } from './services/pupilProfiles';
import { PupilImportService } from './services/pupilImport';
import { RegisterService } from './services/register';
import { SenStatusService } from './services/senStatus';
import { startIdleLock } from './services/idleLock';
import { RecoveryKitService } from './services/recoveryKit';
import { SecuritySettingsService } from './services/securitySettings';
import { SessionService } from './services/session';
import type { DeviceKeychain } from './vault/keychain';
import { Vault } from './vault/vault';

export interface BackendOptions {
  platform: Platform;
  /** `scheme://host` of the app's pages; the dispatcher refuses every other sender. */
  appOrigin: string;
  /** This computer's keychain (keytar); null where there is none. */
  keychain: DeviceKeychain | null;
  /** The better-sqlite3 addon built for Electron; Node uses the default build. */
  nativeBinding?: string | undefined;
  /** The bundled rekey worker in Electron; the tests run the TypeScript source. */
  rekeyWorkerScript?: string | undefined;
  /** The bundled demo-school worker in Electron; the tests run the TypeScript source. */
  demoWorkerScript?: string | undefined;
  /** The demo school's size: the reference school unless a test asks for the small one. */
  demoSize?: 'reference' | 'small' | undefined;
  /** The bundled import worker in Electron; the tests run the TypeScript source. */
  importWorkerScript?: string | undefined;
  onUnexpected?(channel: string, error: unknown): void;
}

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Backend {
  dispatch(request: DispatchRequest): Promise<Result<unknown>>;
  /** Where main's unasked messages go (the window in Electron, the page under the bridge). */
  onEvent(sink: EventSink): () => void;
  /** Locks the vault (recording why) and stops listening to the platform. */
  shutdown(): Promise<void>;
  readonly session: SessionService;
}

/**
 * The composition root, shared by the Electron main process and the test
 * bridge: the same services behind the same dispatcher, with only the
 * Platform (and the keychain build) differing.
 */
export function createBackend(options: BackendOptions): Backend {
  const { platform } = options;
  mkdirSync(platform.dataDir, { recursive: true, mode: 0o700 });
  const sinks = new Set<EventSink>();
  const emit: EventSink = (event, payload) => sinks.forEach((sink) => sink(event, payload));
  const session = new SessionService({
    vault: new Vault(platform.dataDir, options.keychain),
    clock: platform.clock,
    nativeBinding: options.nativeBinding,
    onLocked: (reason) => emit('vaultLocked', { reason }),
  });
  const idle = startIdleLock(session, platform.clock, platform.settings);
  const senStatus = new SenStatusService(session);
  const provisionMaps = new ProvisionMapsService(session);
  const demo = new DemoSchoolService(session, {
    dataDir: platform.dataDir,
    nativeBinding: options.nativeBinding,
    workerScript: options.demoWorkerScript,
    size: options.demoSize,
    onProgress: (progress) => emit('demoProgress', progress),
  });
  const importWorker = {
    nativeBinding: options.nativeBinding,
    workerScript: options.importWorkerScript,
    onProgress: (done: number, total: number) => emit('importProgress', importProgress(done, total)),
  };
  const handlers = createHandlers({
    session,
    demo,
    accounts: new AccountsService(session),
    recoveryKit: new RecoveryKitService(session, platform),
    securitySettings: new SecuritySettingsService(session, platform.settings),
    drafts: new DraftsService(session),
    register: new RegisterService(session),
    pupilFiles: new PupilFilesService(session),
    pupilPeople: new PupilPeopleService(session),
    pupilProfiles: new PupilProfilesService(session),
    pupilConsents: new PupilConsentsService(session),
    senStatus,
    monitoring: new MonitoringService(session, senStatus),
    censusReadiness: new CensusReadinessService(session),
    pupilImport: new PupilImportService(session, platform.dialogs, platform.settings, importWorker),
    ctfImport: new CtfImportService(session, platform.dialogs, importWorker),
    provisionMaps,
    // The only service given printToPdf, print and the save dialog (test/unit/architecture/outputs.test.ts).
    exports: new ExportService(session, platform, provisionMaps),
    provisionLibrary: new ProvisionLibraryService(session),
    provisionGroups: new ProvisionGroupsService(session),
    provisionMemberships: new ProvisionMembershipsService(session),
    provisionOutcomes: new ProvisionOutcomesService(session),
    costingRoles: new CostingRolesService(session),
    costingTemplates: new CostingTemplatesService(session),
    rotation: {
      nativeBinding: options.nativeBinding,
      workerScript: options.rekeyWorkerScript,
      onProgress: (progress) => emit('rotationProgress', progress),
    },
  });
  const dispatch = createDispatcher({
    appOrigin: options.appOrigin,
    handlers: refuseInDemo(handlers, session),
    role: () => session.role(),
    busy: () => session.busy(),
    onCall: idle.touch,
    ...(options.onUnexpected ? { onUnexpected: options.onUnexpected } : {}),
  });
  const stopListening = [
    idle.stop,
    platform.power.on('lock-screen', () => session.lock('os-lock')),
    platform.power.on('suspend', () => session.lock('suspend')),
  ];
  return {
    dispatch,
    session,
    onEvent(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
    async shutdown() {
      for (const stop of stopListening) stop();
      session.lock('shutdown');
    },
  };
}
