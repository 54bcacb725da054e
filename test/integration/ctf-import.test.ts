import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../electron/db/repositories/register';
import { senNeedHistory, senStatusHistory } from '../../electron/db/repositories/senHistory';
import { CtfImportService } from '../../electron/services/ctfImport';
import { TestPlatform } from '../support/testPlatform';
import { createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();
const fixture = join(__dirname, '../fixtures/ctf/school-transfer.xml');

async function school() {
  const dir = fresh();
  const session = await createVault(dir);
  const platform = new TestPlatform({ dataDir: dir });
  return { dir, session, platform, ctf: new CtfImportService(session, platform.dialogs) };
}

describe('importing a Common Transfer File', () => {
  it('previews the pupils, then brings them in with their SEN history as dated periods, all in one step', async () => {
    const { session, platform, ctf } = await school();
    platform.queueOpenPath(fixture);
    const chosen = await ctf.choose();
    expect(chosen?.pupils.map((p) => [p.action, p.senPeriods > 0])).toEqual([
      ['new', true],
      ['new', true],
      ['new', true],
    ]);
    expect(registerRows(session.db(), '2026-11-29', true)).toEqual([]);

    const counts = await ctf.commit(chosen?.importId ?? '');
    expect(counts.added).toBe(3);
    const rows = registerRows(session.db(), '2026-11-29', true);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const statuses = senStatusHistory(session.db(), row.id);
      // Exactly one period open at most, each ending the day the next starts.
      expect(statuses.filter((s) => s.endDate === null).length).toBeLessThanOrEqual(1);
      statuses.slice(1).forEach((s, i) => expect(statuses[i]?.endDate).toBe(s.startDate));
      expect(statuses.every((s) => s.recorded.source === 'ctf')).toBe(true);
    }
    expect(rows.some((r) => senNeedHistory(session.db(), r.id).length > 0)).toBe(true);
  });

  it('never overwrites SEN history the vault already holds, and re-importing updates by UPN', async () => {
    const { session, platform, ctf } = await school();
    platform.queueOpenPath(fixture);
    await ctf.commit((await ctf.choose())?.importId ?? '');
    const before = registerRows(session.db(), '2026-11-29', true).map((r) => [r.id, senStatusHistory(session.db(), r.id).length]);
    platform.queueOpenPath(fixture);
    expect(await ctf.commit((await ctf.choose())?.importId ?? '')).toEqual({ added: 0, updated: 3, histories: 0 });
    const after = registerRows(session.db(), '2026-11-29', true).map((r) => [r.id, senStatusHistory(session.db(), r.id).length]);
    expect(after).toEqual(before);
  });

  it('refuses a malformed file with the line and the reason, and imports nothing', async () => {
    const { dir, session, platform, ctf } = await school();
    const broken = join(dir, 'broken.xml');
    copyFileSync(fixture, broken);
    writeFileSync(broken, '<?xml version="1.0"?>\n<CTfile>\n<Header></Header>\n<CTFpupilData>\n<Pupil><UPN>A</UPN>\n</CTFpupilData>\n</CTfile>\n');
    platform.queueOpenPath(broken);
    await expect(ctf.choose()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/nothing has changed\. Line \d+:/) });
    expect(registerRows(session.db(), '2026-11-29', true)).toEqual([]);
  });
});
