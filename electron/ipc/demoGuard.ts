import type { Handlers } from './dispatcher';
import { AppFailure } from '../failure';
import { DEMO_ACCOUNT } from '../services/demoSchool';
import type { SessionService } from '../services/session';

const demo = 'This is the demo school:';

/**
 * What the demo school refuses, by channel group or channel. The imports
 * above all: the demo must never receive real pupils' data, whatever import
 * screens are added to that group later.
 */
const refusals: Record<string, string> = {
  imports: `${demo} it holds made-up pupils only and cannot take in data from your MIS or another school. Leave the demo and import into your school's own vault.`,
  recovery: `${demo} it opens without a recovery key, so there is no key to make, save or confirm.`,
  'session.changePassphrase': `${demo} the ${DEMO_ACCOUNT} signs in without a passphrase, so there is none to change.`,
  'vault.checkRecoveryKey': `${demo} a recovery key opens your school's own vault. Leave the demo first.`,
  'vault.recover': `${demo} a recovery key opens your school's own vault. Leave the demo first.`,
};

/** The handlers, with those above answering with a clear refusal while the demo is the vault in use. */
export function refuseInDemo(handlers: Handlers, session: SessionService): Handlers {
  const guarded: Record<string, Record<string, (input: unknown) => unknown>> = {};
  for (const [group, methods] of Object.entries(handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>)) {
    guarded[group] = {};
    for (const [method, handler] of Object.entries(methods)) {
      const refusal = refusals[`${group}.${method}`] ?? refusals[group];
      guarded[group][method] = refusal
        ? (input) => {
            if (session.isDemo()) throw new AppFailure('NOT_ALLOWED', refusal);
            return handler(input);
          }
        : handler;
    }
  }
  return guarded as unknown as Handlers;
}
