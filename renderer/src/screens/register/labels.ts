import type { RegisterFilterInput } from '../../../../shared/contract/pupils';
import {
  type BroadArea,
  broadAreaLabels,
  broadAreas,
  isNcYearGroup,
  isNeedType,
  ncYearGroupLabels,
  ncYearGroups,
  needTypeDetails,
  needTypes,
  senProvisionLabels,
} from '../../../../shared/domain/sen';

type Status = NonNullable<RegisterFilterInput['status']>;

/** The status filter's choices, widest first. */
export const statusOptions: readonly { value: Status; label: string }[] = [
  { value: 'register', label: 'On the register (SEN support or EHC plan)' },
  { value: 'E', label: senProvisionLabels.E },
  { value: 'K', label: senProvisionLabels.K },
  { value: 'monitoring', label: 'Monitoring (a concern, not on the register)' },
  { value: 'N', label: senProvisionLabels.N },
];

export const needOptions = needTypes.map((code) => ({ value: code, label: `${code} – ${needTypeDetails[code].meaning}` }));
export const areaOptions = broadAreas.map((area) => ({ value: area, label: broadAreaLabels[area] }));
export const yearOptions = ncYearGroups.map((code) => ({ value: code, label: ncYearGroupLabels[code] }));

/** "Year 5", or the code itself when it is not one we know. */
export const yearLabel = (code: string | null): string => (code === null ? 'No year' : isNcYearGroup(code) ? ncYearGroupLabels[code] : code);
/** "SEN support"; a pupil with no open status counts as no SEN (REFERENCE.md §2). */
export function statusLabel(provision: string | null): string {
  const code = provision ?? 'N';
  return code in senProvisionLabels ? senProvisionLabels[code as keyof typeof senProvisionLabels] : code;
}
export const needLabel = (code: string): string => (isNeedType(code) ? needTypeDetails[code].meaning : code);
export const areaLabel = (key: string): string => (key in broadAreaLabels ? broadAreaLabels[key as BroadArea] : 'No broad area');

/** "14 March 2016" from an ISO date, read as a date (no time zone shift). */
export function longDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
