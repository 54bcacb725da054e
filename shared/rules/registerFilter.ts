import { type BroadArea, type NeedType, isNeedType, needTypeDetails } from '../domain/sen';

/** What the register screen asks for. Every field narrows; an empty filter shows everyone on roll. */
export interface RegisterFilter {
  /** 'monitoring' is the list of pupils causing concern; 'register' is K and E together. */
  status?: 'E' | 'K' | 'N' | 'register' | 'monitoring';
  need?: NeedType;
  area?: BroadArea;
  ncYear?: string;
  className?: string;
  eal?: boolean;
  pupilPremium?: boolean;
  lookedAfter?: boolean;
  /** Part of a name (legal or preferred) or of a UPN, any case. */
  search?: string;
}

export interface RegisterLine {
  upn: string | null;
  legalSurname: string;
  legalForename: string;
  preferredSurname: string | null;
  preferredForename: string | null;
  ncYear: string | null;
  className: string | null;
  eal: boolean;
  pupilPremium: boolean;
  lookedAfter: boolean;
  provision: string | null;
  needs: { type: string; rank: number }[];
  monitoring: boolean;
}

export interface RegisterCounts {
  byNeed: Record<string, number>;
  byArea: Record<string, number>;
  byYear: Record<string, number>;
  total: number;
}

const onRegister = (line: RegisterLine) => line.provision === 'K' || line.provision === 'E';
const areaOf = (type: string): BroadArea | null => (isNeedType(type) ? needTypeDetails[type].area : null);

export function matchesRegisterFilter(line: RegisterLine, filter: RegisterFilter): boolean {
  const status = filter.status;
  if (status === 'register' && !onRegister(line)) return false;
  if (status === 'monitoring' && !line.monitoring) return false;
  if ((status === 'E' || status === 'K') && line.provision !== status) return false;
  // No open status at all counts as no SEN provision.
  if (status === 'N' && (line.provision ?? 'N') !== 'N') return false;
  if (filter.need && !line.needs.some((n) => n.type === filter.need)) return false;
  if (filter.area && !line.needs.some((n) => areaOf(n.type) === filter.area)) return false;
  if (filter.ncYear !== undefined && line.ncYear !== filter.ncYear) return false;
  if (filter.className !== undefined && line.className !== filter.className) return false;
  if (filter.eal !== undefined && line.eal !== filter.eal) return false;
  if (filter.pupilPremium !== undefined && line.pupilPremium !== filter.pupilPremium) return false;
  if (filter.lookedAfter !== undefined && line.lookedAfter !== filter.lookedAfter) return false;
  const search = filter.search?.trim().toLocaleLowerCase('en-GB');
  if (search) {
    const haystack = [line.upn, line.legalForename, line.legalSurname, line.preferredForename, line.preferredSurname]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('en-GB');
    const fullNames = [`${line.legalForename} ${line.legalSurname}`, `${line.preferredForename ?? ''} ${line.preferredSurname ?? line.legalSurname}`]
      .join(' ')
      .toLocaleLowerCase('en-GB');
    if (!haystack.includes(search) && !fullNames.includes(search)) return false;
  }
  return true;
}

/** Counts by primary need, by broad area of the primary need, and by year, over the lines shown. */
export function registerCounts(lines: readonly RegisterLine[]): RegisterCounts {
  const counts: RegisterCounts = { byNeed: {}, byArea: {}, byYear: {}, total: lines.length };
  const add = (bucket: Record<string, number>, key: string) => (bucket[key] = (bucket[key] ?? 0) + 1);
  for (const line of lines) {
    const primary = line.needs.find((n) => n.rank === 1);
    if (primary) {
      add(counts.byNeed, primary.type);
      add(counts.byArea, areaOf(primary.type) ?? 'none');
    }
    add(counts.byYear, line.ncYear ?? 'none');
  }
  return counts;
}
