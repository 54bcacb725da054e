import type { Value } from '../../api';

/** What the provision channels answer with, named for the screens. */
export type ProvisionEntryValue = Value<'provision', 'getEntry'>;
export type GroupSummary = Value<'provision', 'listGroups'>[number];
export type GroupDetail = Value<'provision', 'getGroup'>;
export type GroupValue = GroupDetail['group'];
export type GroupMember = GroupDetail['memberships'][number];
export type PupilProvisionRow = Value<'provision', 'pupilHistory'>[number];
export type ReviewOutcomeValue = Value<'provision', 'listOutcomes'>[number];
export type StaffRoleValue = Value<'costing', 'listRoles'>[number];
export type TemplatesValue = Value<'costing', 'listTemplates'>;
export type TemplateValue = TemplatesValue['templates'][number];
export type SchoolMap = Value<'provisionMaps', 'school'>;
export type PupilMap = Value<'provisionMaps', 'pupil'>;
export type ImpactSheet = Value<'provisionMaps', 'impact'>;
