import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { entryFields } from '../../shared/contract/provision';
import type { ProvisionEntry } from '../../shared/domain/provision';
import { type EntryFields, type EntryVersion, insertEntryVersion, latestEntry, listEntries } from '../db/repositories/provisionLibrary';
import { latestGroup } from '../db/repositories/provisionGroups';
import { staffRoleById } from '../db/repositories/staffRoles';
import type { Database } from '../db/database';
import { AppFailure } from '../failure';
import { PROVISION_READERS, PROVISION_WRITERS, costsFor, costsToStore, requireRole, viewerIsSenco } from './provisionAccess';
import type { SessionService } from './session';

export type EntryInput = z.output<typeof entryFields>;
/** A library entry as the viewer may see it, with its version. */
export type EntryView = Omit<ProvisionEntry, never> & { version: number; recorded: { at: string; by: string | null } };

const notFound = () => new AppFailure('NOT_FOUND', 'There is no such provision in the library.');
const stale = () =>
  new AppFailure('NOT_ALLOWED', 'This provision was changed since the form was opened. Open it again to see the changes, then make yours.');

/**
 * The provision library: what the school can offer, with its figures. Every
 * change is a new version; archiving takes an entry off the list for new
 * groups and keeps it for the groups that came from it.
 */
export class ProvisionLibraryService {
  constructor(private readonly session: SessionService) {}

  list(includeArchived = false): EntryView[] {
    requireRole(this.session, PROVISION_READERS);
    const isSenco = viewerIsSenco(this.session);
    return listEntries(this.session.db(), includeArchived).map((entry) => costsFor(entry, isSenco));
  }

  get(provisionId: string): EntryView {
    requireRole(this.session, PROVISION_READERS);
    const entry = latestEntry(this.session.db(), provisionId);
    if (!entry) throw notFound();
    return costsFor(entry, viewerIsSenco(this.session));
  }

  add(input: EntryInput): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { db, user } = this.session.open();
    const id = randomUUID();
    const entry = this.checked(db, input, { materialsPence: 0, licencePence: 0 });
    db.transaction(() => {
      insertEntryVersion(db, { id, version: 1, archived: false, entry, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action: 'provision.entry.added', subject: id, detail: { version: 1 } });
    })();
    return { id, version: 1 };
  }

  change(provisionId: string, version: number, input: EntryInput): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    return this.newVersion(provisionId, version, (current) => ({ entry: this.checked(this.session.db(), input, current), archived: current.archived }), 'provision.entry.changed');
  }

  setArchived(provisionId: string, version: number, archived: boolean): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    return this.newVersion(
      provisionId,
      version,
      (current) => {
        if (current.archived === archived) {
          throw new AppFailure('NOT_ALLOWED', archived ? 'This provision is already out of the library.' : 'This provision is already in the library.');
        }
        return { entry: fieldsOf(current), archived };
      },
      archived ? 'provision.entry.archived' : 'provision.entry.restored',
    );
  }

  /** A new library entry with a group's figures: what ran well becomes something to offer again. */
  saveGroupToLibrary(groupId: string): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { db, user } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      const group = latestGroup(db, groupId);
      if (!group) throw new AppFailure('NOT_FOUND', 'There is no such group.');
      const from = group.provisionId ? latestEntry(db, group.provisionId) : undefined;
      const entry: EntryFields = {
        name: group.name,
        description: from?.description ?? '',
        evidence: from?.evidence ?? '',
        area: group.area,
        wave: group.wave,
        defaultRoleId: group.staff[0]?.roleId ?? from?.defaultRoleId ?? null,
        groupSize: Math.min(60, Math.max(1, from?.groupSize ?? 1)),
        sessionsPerWeek: group.sessionsPerWeek,
        minutesPerSession: group.minutesPerSession,
        weeks: Math.min(52, group.weeks),
        materialsPence: group.materialsPence,
        licencePence: group.licencePence,
        intendedOutcome: group.intendedOutcome,
        measure: group.measure,
      };
      insertEntryVersion(db, { id, version: 1, archived: false, entry, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action: 'provision.entry.added', subject: id, detail: { fromGroup: groupId } });
    })();
    return { id, version: 1 };
  }

  private newVersion(
    provisionId: string,
    version: number,
    next: (current: EntryVersion) => { entry: EntryFields; archived: boolean },
    action: string,
  ): { id: string; version: number } {
    const { db, user } = this.session.open();
    const saved = version + 1;
    db.transaction(() => {
      const current = latestEntry(db, provisionId);
      if (!current) throw notFound();
      if (current.version !== version) throw stale();
      const { entry, archived } = next(current);
      insertEntryVersion(db, { id: provisionId, version: saved, archived, entry, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action, subject: provisionId, detail: { version: saved } });
    })();
    return { id: provisionId, version: saved };
  }

  private checked(db: Database, input: EntryInput, kept: { materialsPence: number; licencePence: number }): EntryFields {
    if (input.defaultRoleId !== null && !staffRoleById(db, input.defaultRoleId)) {
      throw new AppFailure('INVALID_INPUT', 'Choose the default staff role from the list of roles.');
    }
    const costs = costsToStore(input, kept, viewerIsSenco(this.session));
    return { ...input, ...costs, measure: input.measure.kind === 'custom' ? input.measure : { kind: input.measure.kind } };
  }
}

function fieldsOf(entry: EntryVersion): EntryFields {
  const { id: _id, version: _version, recorded: _recorded, archived: _archived, ...fields } = entry;
  return fields;
}
