import type { SessionService } from '../services/session';
import { verifyAuditLog } from '../services/auditVerify';
import type { Handlers } from './dispatcher';

/** Maps each contract channel to the service that answers it. */
export function createHandlers(session: SessionService): Handlers {
  return {
    vault: {
      status: () => session.status(),
      create: (input) => session.create(input),
      unlock: (input) => session.unlock(input.passphrase),
      lock: () => {
        session.lock('user');
        return null;
      },
    },
    session: {
      current: () => session.current(),
    },
    audit: {
      verify: () => verifyAuditLog(session.db()),
    },
  };
}
