import { measureRanges, type Measure } from '../../shared/domain/provision';
import { measureLabel } from '../../shared/rules/provisionWords';
import { type Role, roleLabels } from '../../shared/domain/roles';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { AppFailure } from '../failure';
import type { SessionService } from './session';

/**
 * Who may do what with provision, checked in the services as well as at the
 * dispatcher, so a service called from anywhere else still hides pay: only
 * the SENCO sees a pay rate or a cost (DESIGN.md, Records).
 */
export const PROVISION_WRITERS: readonly Role[] = ['senco', 'deputy-senco'];
export const PROVISION_READERS: readonly Role[] = ['senco', 'deputy-senco', 'headteacher', 'dsl', 'read-only'];

export function requireRole(session: SessionService, allowed: readonly Role[]): Role {
  const { user } = session.open();
  if (!allowed.includes(user.role)) {
    const names = allowed.map((role) => roleLabels[role]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
    throw new AppFailure('FORBIDDEN_ROLE', `This needs the ${list} role. You are signed in as ${roleLabels[user.role]}.`);
  }
  return user.role;
}

export function viewerIsSenco(session: SessionService): boolean {
  return session.open().user.role === 'senco';
}

/** A record's costs as the viewer may see them: null for all but the SENCO. */
export function costsFor<T extends { materialsPence: number; licencePence: number }>(
  record: T,
  isSenco: boolean,
): Omit<T, 'materialsPence' | 'licencePence'> & { materialsPence: number | null; licencePence: number | null } {
  return isSenco ? record : { ...record, materialsPence: null, licencePence: null };
}

/**
 * The costs to store: a null sent in a change keeps the figure recorded (a
 * deputy's form has none), and only the SENCO may set one.
 */
export function costsToStore(
  sent: { materialsPence: number | null; licencePence: number | null },
  kept: { materialsPence: number; licencePence: number },
  isSenco: boolean,
): { materialsPence: number; licencePence: number } {
  if (!isSenco && (sent.materialsPence !== null || sent.licencePence !== null)) {
    throw new AppFailure('FORBIDDEN_ROLE', 'Only the SENCO may set materials and licence costs. Leave them empty to keep the figures recorded.');
  }
  return { materialsPence: sent.materialsPence ?? kept.materialsPence, licencePence: sent.licencePence ?? kept.licencePence };
}

/** "A Reading age (months) score must be a whole number from 0 to 300." — or null when the score fits the measure. */
export function scoreProblem(measure: Measure, score: number, which: 'entry' | 'exit'): string | null {
  const range = measureRanges[measure.kind];
  const name = measureLabel(measure);
  const kind = range.wholeNumbers ? 'a whole number' : 'a number';
  if (score < range.min || score > range.max || (range.wholeNumbers && !Number.isInteger(score))) {
    return `The ${which} score on ${name} must be ${kind} from ${range.min} to ${range.max}.`;
  }
  return null;
}

export const longDate = formatSchoolDate;
