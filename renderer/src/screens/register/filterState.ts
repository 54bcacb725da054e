import type { RegisterFilterInput } from '../../../../shared/contract/pupils';
import type { BroadArea, NeedType } from '../../../../shared/domain/sen';

/** The register's filter as its controls hold it: '' is "any", an unticked box does not narrow. */
export interface FilterState {
  status: NonNullable<RegisterFilterInput['status']> | '';
  need: NeedType | '';
  area: BroadArea | '';
  ncYear: string;
  className: string;
  eal: boolean;
  pupilPremium: boolean;
  lookedAfter: boolean;
  includeLeavers: boolean;
  search: string;
}

export const noFilter: FilterState = {
  status: '', need: '', area: '', ncYear: '', className: '',
  eal: false, pupilPremium: false, lookedAfter: false, includeLeavers: false, search: '',
};

/** What main is asked for: only the parts that narrow. */
export function toFilterInput(s: FilterState): RegisterFilterInput {
  const input: RegisterFilterInput = {};
  if (s.status) input.status = s.status;
  if (s.need) input.need = s.need;
  if (s.area) input.area = s.area;
  if (s.ncYear) input.ncYear = s.ncYear;
  if (s.className) input.className = s.className;
  if (s.eal) input.eal = true;
  if (s.pupilPremium) input.pupilPremium = true;
  if (s.lookedAfter) input.lookedAfter = true;
  if (s.includeLeavers) input.includeLeavers = true;
  const search = s.search.trim().slice(0, 100);
  if (search) input.search = search;
  return input;
}

export const isFiltered = (s: FilterState): boolean => Object.keys(toFilterInput(s)).length > 0;
