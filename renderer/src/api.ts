import type { SencoApi } from '../../shared/contract/client';

/** What a call answers with when it succeeds: `Value<'vault', 'create'>`. */
export type Value<G extends keyof Omit<SencoApi, 'on'>, M extends keyof SencoApi[G]> = SencoApi[G][M] extends (
  ...args: never[]
) => Promise<infer R>
  ? R extends { ok: true; value: infer V }
    ? V
    : never
  : never;

export type VaultCreated = Value<'vault', 'create'>;
export type RecoveryCheck = Value<'vault', 'checkRecoveryKey'>;
export type StaffAccount = Value<'accounts', 'add'>;
export type SecuritySettings = Value<'settings', 'security'>;
export type Draft = NonNullable<Value<'drafts', 'get'>>;
export type DraftData = Draft['data'];
export type RegisterList = Value<'register', 'list'>;
export type RegisterRow = RegisterList['rows'][number];
export type PupilFile = Value<'pupils', 'get'>;
export type CensusReadiness = Value<'census', 'readiness'>;
export type ChosenCsv = NonNullable<Value<'imports', 'chooseCsv'>>;
export type CsvPreview = Value<'imports', 'previewCsv'>;
export type CsvPreviewRow = CsvPreview['rows'][number];
export type ChosenCtf = NonNullable<Value<'imports', 'chooseCtf'>>;
export type DisclosureDecision = Value<'disclosures', 'decide'>;
export type ExportResult = Value<'disclosures', 'send'>;
export type DisclosureRegisterEntry = Value<'disclosures', 'register'>[number];
