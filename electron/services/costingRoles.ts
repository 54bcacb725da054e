import { randomUUID } from 'node:crypto';
import type { StaffRole } from '../../shared/domain/provision';
import type { Database } from '../db/database';
import { insertStaffRole, listStaffRoles, staffRoleById, staffRoleByName, type StaffRoleRow, updateStaffRole } from '../db/repositories/staffRoles';
import { AppFailure } from '../failure';
import { requireRole, viewerIsSenco } from './provisionAccess';
import type { SessionService } from './session';

export type StaffRoleView = StaffRole & { archived: boolean };

/** A role as the viewer may see it: the hourly rate is the SENCO's alone. */
export const roleFor = (role: StaffRoleRow, isSenco: boolean): StaffRoleView => (isSenco ? role : { ...role, hourlyRatePence: null });

/**
 * Staff roles and their pay. Everyone signed in reads the names (they are on
 * every map); only the SENCO sees or sets a rate, adds, renames or archives a
 * role. A role is archived, never deleted: groups point at it.
 */
export class CostingRolesService {
  constructor(private readonly session: SessionService) {}

  list(includeArchived = false): StaffRoleView[] {
    const isSenco = viewerIsSenco(this.session);
    return listStaffRoles(this.session.db(), includeArchived).map((role) => roleFor(role, isSenco));
  }

  add(name: string, hourlyRatePence: number | null): StaffRoleView {
    requireRole(this.session, ['senco']);
    const { db } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      refuseTakenName(db, name, null);
      insertStaffRole(db, { id, name, hourlyRatePence, archived: false, createdAt: this.session.now().toISOString() });
      this.session.audit({ action: 'costing.role.added', subject: id });
    })();
    return staffRoleById(db, id)!;
  }

  rename(roleId: string, name: string): StaffRoleView {
    return this.update(roleId, 'costing.role.renamed', (db, role) => {
      refuseTakenName(db, name, roleId);
      return { ...role, name };
    });
  }

  setHourlyRate(roleId: string, hourlyRatePence: number | null): StaffRoleView {
    return this.update(roleId, 'costing.role.rate', (_db, role) => ({ ...role, hourlyRatePence }));
  }

  setArchived(roleId: string, archived: boolean): StaffRoleView {
    return this.update(roleId, archived ? 'costing.role.archived' : 'costing.role.restored', (_db, role) => ({ ...role, archived }));
  }

  private update(roleId: string, action: string, next: (db: Database, role: StaffRoleRow) => StaffRoleRow): StaffRoleView {
    requireRole(this.session, ['senco']);
    const { db } = this.session.open();
    db.transaction(() => {
      const role = staffRoleById(db, roleId);
      if (!role) throw new AppFailure('NOT_FOUND', 'There is no such staff role.');
      updateStaffRole(db, next(db, role));
      this.session.audit({ action, subject: roleId });
    })();
    return staffRoleById(db, roleId)!;
  }
}

function refuseTakenName(db: Database, name: string, except: string | null): void {
  const taken = staffRoleByName(db, name.trim());
  if (taken && taken.id !== except) throw new AppFailure('NAME_TAKEN', `There is already a staff role called "${taken.name}".`);
}
