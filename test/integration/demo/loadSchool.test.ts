import { describe, expect, it } from 'vitest';
import { loadSyntheticSchool } from '../../../electron/demo/loadSchool';
import { type SyntheticPupil, generateSchool } from '../../../electron/demo/syntheticSchool';
import { monitoringHistory } from '../../../electron/db/repositories/monitoring';
import { MonitoringService } from '../../../electron/services/monitoring';
import { PupilFilesService } from '../../../electron/services/pupilFiles';
import { SenStatusService } from '../../../electron/services/senStatus';
import { TestClock, createVault, tempDirs } from '../../support/tempVault';

const fresh = tempDirs();
const TODAY = '2026-11-29';

async function vault() {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  const recorded = { at: clock.now().toISOString(), by: session.current().user.id };
  return { session, recorded };
}

/** What the pupil file should show of a pupil's people, as the generator made them, every row recorded as `recorded`. */
function expectedPeople(pupil: SyntheticPupil, recorded: { at: string; by: string | null }) {
  return {
    contacts: pupil.contacts.map(({ id, contact }) => ({ id, versions: [{ ...contact, version: 1, archived: false, recorded }] })),
    involvements: pupil.involvements
      .map(({ id, versions }) => ({ id, versions: versions.map((v, k) => ({ ...v, version: k + 1, recorded })).reverse() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    profiles: pupil.profiles.map(({ id, profile }) => ({ ...profile, id, recorded })).reverse(),
  };
}

const count = (session: Awaited<ReturnType<typeof vault>>['session'], sql: string, ...params: string[]) =>
  (session.db().prepare(sql).get(...params) as { n: number }).n;

describe('loading the synthetic school into a vault', () => {
  it('writes the small school through the repositories, and the services read it back as it was made', async () => {
    const { session, recorded } = await vault();
    const school = generateSchool({ seed: 1, size: 'small', today: TODAY });
    const loaded = loadSyntheticSchool(session.db(), school, recorded);

    const made = {
      pupils: school.pupils.length,
      statuses: school.pupils.reduce((n, p) => n + p.senStatuses.length, 0),
      needs: school.pupils.reduce((n, p) => n + p.senNeeds.length, 0),
      monitoring: school.pupils.reduce((n, p) => n + p.monitoring.length, 0),
      contacts: school.pupils.reduce((n, p) => n + p.contacts.length, 0),
      involvements: school.pupils.reduce((n, p) => n + p.involvements.length, 0),
      profiles: school.pupils.reduce((n, p) => n + p.profiles.length, 0),
    };
    expect(loaded).toEqual(made);
    expect(count(session, 'SELECT count(*) AS n FROM pupil')).toBe(made.pupils);
    expect(count(session, 'SELECT count(*) AS n FROM pupil_revision')).toBe(made.pupils);
    expect(count(session, 'SELECT count(*) AS n FROM sen_status')).toBe(made.statuses);
    expect(count(session, 'SELECT count(*) AS n FROM sen_need')).toBe(made.needs);
    expect(count(session, 'SELECT count(*) AS n FROM monitoring')).toBe(made.monitoring);
    expect(count(session, 'SELECT count(DISTINCT contact_id) AS n FROM contact_version')).toBe(made.contacts);
    expect(count(session, 'SELECT count(DISTINCT involvement_id) AS n FROM involvement_version')).toBe(made.involvements);
    expect(count(session, 'SELECT count(*) AS n FROM one_page_profile')).toBe(made.profiles);
    expect(made.contacts).toBeGreaterThanOrEqual(made.pupils);
    expect(made.involvements).toBeGreaterThan(0);
    expect(made.profiles).toBeGreaterThan(0);
    expect(count(session, 'SELECT count(*) AS n FROM pupil WHERE leaving_date IS NULL')).toBe(60);
    const register = `SELECT count(*) AS n FROM sen_status JOIN pupil ON pupil.id = sen_status.pupil_id
      WHERE end_date IS NULL AND leaving_date IS NULL AND provision IN ('K', 'E')`;
    expect(count(session, register)).toBe(14);
    expect(count(session, "SELECT count(*) AS n FROM sen_status WHERE source <> 'demo'")).toBe(0);

    // One pupil's whole chronology, through the pupil file the SENCO opens.
    const pupil = school.pupils.find((p) => p.senStatuses.length >= 2 && p.senNeeds.length >= 2 && p.monitoring.length > 0)!;
    const file = new PupilFilesService(session).read(pupil.id);
    expect(file.pupil).toMatchObject({ ...pupil.details, revision: 1 });
    expect(file.revisions).toEqual([{ revision: 1, details: pupil.details, recorded: { ...recorded, source: 'demo' } }]);
    expect(file.senStatuses).toEqual(pupil.senStatuses.map((s) => ({ ...s, pupilId: pupil.id, recorded: { ...recorded, source: 'demo' } })));
    const byStartThenRank = [...pupil.senNeeds].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.rank - b.rank);
    expect(file.senNeeds).toEqual(byStartThenRank.map((n) => ({ ...n, pupilId: pupil.id, recorded: { ...recorded, source: 'demo' } })));
    expect(monitoringHistory(session.db(), pupil.id)).toEqual(pupil.monitoring.map((m) => ({ ...m, pupilId: pupil.id, recorded })));

    // The people around a pupil on the register, read back through the same file.
    const known = school.pupils.find((p) => p.contacts.length >= 2 && p.involvements.length > 0 && p.profiles.length > 0)!;
    const read = new PupilFilesService(session).read(known.id);
    const people = expectedPeople(known, recorded);
    expect(read.contacts).toEqual(people.contacts);
    expect([...read.involvements].sort((a, b) => a.id.localeCompare(b.id))).toEqual(people.involvements);
    expect(read.profiles).toEqual(people.profiles);
    expect(Object.keys(read.staffNames)).toEqual([recorded.by]);
  });

  it('leaves the records in a state the services carry on from', async () => {
    const { session, recorded } = await vault();
    const school = generateSchool({ seed: 2, size: 'small', today: TODAY });
    loadSyntheticSchool(session.db(), school, recorded);
    const sen = new SenStatusService(session);
    const monitoring = new MonitoringService(session, sen);

    const monitored = school.pupils.find((p) => p.monitoring.some((m) => m.closedOn === null))!;
    monitoring.moveToSenSupport(monitored.id, {
      startDate: '2026-12-01',
      decisionDate: '2026-11-30',
      decidedBy: 'SENCO with class teacher and parents',
      consulted: ['class-teacher', 'parents'],
      parentsInformedOn: '2026-11-30',
      note: null,
    });
    const supported = school.pupils.find((p) => p.details.leavingDate === null && p.senStatuses.at(-1)?.provision === 'K')!;
    sen.changeStatus(supported.id, {
      provision: 'E',
      startDate: '2026-12-01',
      decisionDate: '2026-11-30',
      decidedBy: 'Local authority: final EHC plan issued',
      consulted: ['class-teacher', 'parents', 'pupil'],
      parentsInformedOn: '2026-11-30',
      note: null,
    });
    const statuses = new PupilFilesService(session).read(supported.id).senStatuses;
    expect(statuses.map((s) => [s.provision, s.endDate])).toEqual([
      ...supported.senStatuses.slice(0, -1).map((s) => [s.provision, s.endDate]),
      ['K', '2026-12-01'],
      ['E', null],
    ]);
  });

  it('loads all or nothing: a second load of the same school changes nothing', async () => {
    const { session, recorded } = await vault();
    const school = generateSchool({ seed: 3, size: 'small', today: TODAY });
    loadSyntheticSchool(session.db(), school, recorded);
    expect(() => loadSyntheticSchool(session.db(), school, recorded)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(count(session, 'SELECT count(*) AS n FROM pupil')).toBe(school.pupils.length);
  });

  it('loads the reference school, census mistakes and all', async () => {
    const { session, recorded } = await vault();
    const school = generateSchool({ seed: 1, today: TODAY, brokenForCensus: 14 });
    const started = performance.now();
    const loaded = loadSyntheticSchool(session.db(), school, recorded);
    const ms = performance.now() - started;
    console.log(
      `Reference school (seed 1): ${loaded.pupils} pupils, ${loaded.statuses} statuses, ${loaded.needs} needs, ` +
        `${loaded.monitoring} monitoring entries, ${loaded.contacts} contacts, ${loaded.involvements} involvements, ` +
        `${loaded.profiles} profiles loaded in ${ms.toFixed(0)} ms`,
    );
    expect(count(session, 'SELECT count(*) AS n FROM pupil')).toBe(2200);
    expect(count(session, 'SELECT count(*) AS n FROM pupil WHERE leaving_date IS NULL')).toBe(2000);
    const onRoll = (provision: string) =>
      count(
        session,
        `SELECT count(*) AS n FROM sen_status JOIN pupil ON pupil.id = sen_status.pupil_id
         WHERE end_date IS NULL AND leaving_date IS NULL AND provision = ?`,
        provision,
      );
    expect(onRoll('E')).toBe(60);
    expect(onRoll('K')).toBe(390);
    expect(count(session, 'SELECT count(*) AS n FROM monitoring WHERE closed_on IS NULL')).toBe(60);
    expect(count(session, 'SELECT count(*) AS n FROM sen_status')).toBe(loaded.statuses);
    expect(count(session, 'SELECT count(*) AS n FROM sen_need')).toBe(loaded.needs);
    expect(count(session, 'SELECT count(DISTINCT contact_id) AS n FROM contact_version')).toBe(loaded.contacts);
    expect(count(session, 'SELECT count(*) AS n FROM one_page_profile')).toBe(loaded.profiles);
    const versions = school.pupils.reduce((n, p) => n + p.involvements.reduce((m, i) => m + i.versions.length, 0), 0);
    expect(count(session, 'SELECT count(*) AS n FROM involvement_version')).toBe(versions);
    expect(versions).toBeGreaterThan(loaded.involvements);

    // A pupil with an ended involvement and a rewritten profile: the versions come back newest first.
    const pupil = school.pupils.find((p) => p.involvements.some((i) => i.versions.length === 2) && p.profiles.length === 2)!;
    const file = new PupilFilesService(session).read(pupil.id);
    const people = expectedPeople(pupil, recorded);
    expect(file.contacts).toEqual(people.contacts);
    expect([...file.involvements].sort((a, b) => a.id.localeCompare(b.id))).toEqual(people.involvements);
    expect(file.profiles).toEqual(people.profiles);
    expect(file.profiles[0]!.writtenOn > file.profiles[1]!.writtenOn).toBe(true);
    // Current involvements before ended ones.
    const ended = file.involvements.map((i) => i.versions[0]!.endDate !== null);
    expect(ended).toEqual([...ended].sort((a, b) => Number(a) - Number(b)));
  });
});
