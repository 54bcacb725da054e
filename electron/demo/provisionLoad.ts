import type { Database } from '../db/database';
import { chooseTemplate, saveCostingTemplate } from '../db/repositories/costingTemplates';
import { insertGroupVersion } from '../db/repositories/provisionGroups';
import { insertEntryVersion } from '../db/repositories/provisionLibrary';
import { insertMembershipVersion } from '../db/repositories/provisionMemberships';
import { staffRoleById, updateStaffRole } from '../db/repositories/staffRoles';
import type { SyntheticProvision } from './provision';

export interface LoadedProvision {
  libraryEntries: number;
  groups: number;
  memberships: number;
}

/**
 * Writes the demo's provision into a vault that already holds its school
 * (memberships point at pupils), through the repositories, every row version
 * 1 recorded at `recorded.at` by `recorded.by`. Sets the demo's pay rates on
 * the roles migration 007 seeded and adds the LA's costing template; the
 * built-in template and the review outcomes are the migration's own.
 *
 * Call it inside the transaction that loads the school, as the demo worker
 * does, so the vault holds all of it or none; on its own it opens one. As
 * with the school, this is history copied in, not decisions being made: the
 * services' checks do not apply, and the generator keeps to their rules.
 */
export function loadSyntheticProvision(db: Database, provision: SyntheticProvision, recorded: { at: string; by: string | null }): LoadedProvision {
  const { at, by } = recorded;
  return db.transaction(() => {
    for (const role of provision.roles) {
      const stored = staffRoleById(db, role.id);
      if (!stored) throw new Error(`The vault has no staff role ${JSON.stringify(role.id)}: the demo expects the roles migration 007 seeds.`);
      updateStaffRole(db, { ...stored, hourlyRatePence: role.hourlyRatePence });
    }
    for (const template of provision.templates) {
      if (!template.builtIn) saveCostingTemplate(db, { ...template, archived: false }, at, true);
    }
    chooseTemplate(db, provision.schoolTemplateId);
    for (const { id, archived, ...entry } of provision.library) insertEntryVersion(db, { id, version: 1, archived, entry, at, by });
    for (const { id, ...group } of provision.groups) insertGroupVersion(db, { id, version: 1, group, at, by });
    for (const { id, groupId, pupilId, ...membership } of provision.memberships) {
      insertMembershipVersion(db, { id, version: 1, groupId, pupilId, membership, at, by });
    }
    return { libraryEntries: provision.library.length, groups: provision.groups.length, memberships: provision.memberships.length };
  })();
}
