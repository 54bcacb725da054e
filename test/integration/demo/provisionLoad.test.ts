import { describe, expect, it } from 'vitest';
import { listCostingTemplates, chosenTemplateId } from '../../../electron/db/repositories/costingTemplates';
import { latestGroup } from '../../../electron/db/repositories/provisionGroups';
import { membershipsOfGroups } from '../../../electron/db/repositories/provisionMemberships';
import { provisionPupils } from '../../../electron/db/repositories/provisionPupils';
import { listStaffRoles } from '../../../electron/db/repositories/staffRoles';
import { loadSyntheticSchool } from '../../../electron/demo/loadSchool';
import { generateProvision } from '../../../electron/demo/provision';
import { loadSyntheticProvision } from '../../../electron/demo/provisionLoad';
import { generateSchool } from '../../../electron/demo/syntheticSchool';
import { ProvisionGroupsService } from '../../../electron/services/provisionGroups';
import { schoolMapData } from '../../../electron/services/provisionMapData';
import { membershipProblem } from '../../../electron/services/provisionMemberships';
import { TestClock, createVault, tempDirs } from '../../support/tempVault';

const fresh = tempDirs();
const TODAY = '2026-11-29';

async function loaded(seed: number) {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  const recorded = { at: clock.now().toISOString(), by: session.current().user.id };
  const school = generateSchool({ seed, size: 'small', today: TODAY });
  const provision = generateProvision(school, seed);
  loadSyntheticSchool(session.db(), school, recorded);
  const counts = loadSyntheticProvision(session.db(), provision, recorded);
  return { session, school, provision, counts, recorded };
}

const count = (session: Awaited<ReturnType<typeof loaded>>['session'], sql: string) => (session.db().prepare(sql).get() as { n: number }).n;

describe('loading the demo school’s provision into a vault', () => {
  it('writes every entry, group and membership, sets the pay rates and adds the LA template', async () => {
    const { session, provision, counts } = await loaded(1);
    expect(counts).toEqual({ libraryEntries: provision.library.length, groups: provision.groups.length, memberships: provision.memberships.length });
    expect(count(session, 'SELECT count(*) AS n FROM provision_entry_version')).toBe(provision.library.length);
    expect(count(session, 'SELECT count(*) AS n FROM provision_group_version')).toBe(provision.groups.length);
    expect(count(session, 'SELECT count(*) AS n FROM provision_group_slot')).toBe(provision.groups.reduce((n, g) => n + g.timetable.length, 0));
    expect(count(session, 'SELECT count(*) AS n FROM provision_group_staff')).toBe(provision.groups.reduce((n, g) => n + g.staff.length, 0));
    expect(count(session, 'SELECT count(*) AS n FROM provision_membership_version')).toBe(provision.memberships.length);

    const db = session.db();
    expect(Object.fromEntries(listStaffRoles(db, true).map((r) => [r.id, r.hourlyRatePence]))).toEqual({
      teacher: 3200, hlta: 1650, 'teaching-assistant': 1420, senco: 3800, 'external-specialist': 5500,
    });
    expect(listCostingTemplates(db).map((t) => [t.name, t.weeksPerYear, t.ratesPerMinutePence, t.capPerPupilPerProvisionPence])).toEqual([
      ['School default (38 weeks)', 38, {}, null],
      ['Northshire LA banding 2026', 39, { 'teaching-assistant': 31.25, teacher: 72.5 }, 300_000],
    ]);
    expect(chosenTemplateId(db)).toBe('default-38-weeks');
  });

  it('reads back as it was made, and every membership passes the checks the services make of a new one', async () => {
    const { session, provision } = await loaded(2);
    const db = session.db();
    const pupils = new Map(provisionPupils(db, provision.memberships.map((m) => m.pupilId)).map((p) => [p.id, p]));
    for (const made of provision.groups) {
      const { version: _v, recorded: _r, ...stored } = latestGroup(db, made.id)!;
      expect(stored).toEqual(made);
      const memberships = membershipsOfGroups(db, [made.id]);
      for (const m of memberships) {
        const { id, groupId: _g, pupilId, version: _mv, recorded: _mr, ...fields } = m;
        expect(provision.memberships.find((x) => x.id === id)).toEqual({ ...fields, id, groupId: made.id, pupilId });
        const others = memberships.filter((o) => o.pupilId === pupilId && o.id !== id);
        expect(membershipProblem(latestGroup(db, made.id)!, pupils.get(pupilId)!, fields, others), `${made.name}: ${id}`).toBeNull();
      }
    }
    // The services see the same groups: the current school year's, through the group list and the maps' read.
    const year = { from: '2026-09-01', to: '2027-08-31' };
    const current = provision.groups.filter((g) => g.startDate <= year.to && (g.endDate ?? '9999') >= year.from).map((g) => g.id).sort();
    expect(new ProvisionGroupsService(session).list(year).map((g) => g.id).sort()).toEqual(current);
    expect(schoolMapData(db, { ...year, viewerIsSenco: true }).groups.map((g) => g.id).sort()).toEqual(current);
  });

  it('changes nothing when it cannot load: a second load of the same provision fails whole', async () => {
    const { session, provision, recorded } = await loaded(3);
    const before = count(session, 'SELECT count(*) AS n FROM provision_membership_version');
    expect(() => loadSyntheticProvision(session.db(), provision, recorded)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(count(session, 'SELECT count(*) AS n FROM provision_membership_version')).toBe(before);
    expect(count(session, "SELECT count(*) AS n FROM costing_template WHERE name = 'Northshire LA banding 2026'")).toBe(1);
  });
});
