import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../../electron/db/database';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { applyKey, applyPragmas } from '../../electron/db/open';
import { appendAudit } from '../../electron/db/repositories/auditLog';
import { pupilById, pupilRevisions } from '../../electron/db/repositories/pupils';
import { registerRows } from '../../electron/db/repositories/register';
import { loadSyntheticSchool } from '../../electron/demo/loadSchool';
import type { SyntheticSchool } from '../../electron/demo/syntheticSchool';
import { once, summarise } from './measure';
import { TODAY } from './referenceVault';
import type { Ratio } from './report';

type Twin = 'encrypted' | 'plain';
const twins: readonly Twin[] = ['encrypted', 'plain'];

/**
 * The same school in an encrypted file and in a plain one, measured side by
 * side through the same repositories (DESIGN.md's limits: 1.1× on warm reads,
 * 1.5× on cold reads and on commits, 2× on bulk import). The two take turns
 * sample by sample, so a busy machine slows both alike. "Cold" is a fresh
 * connection, so every page is read (and decrypted) again; the OS file cache
 * stays warm for both.
 */
export function compareCipher(school: SyntheticSchool, runs: number): Ratio[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'senco-bench-cipher-'));
  const key = randomBytes(32);
  const files: Record<Twin, string> = { encrypted: path.join(dir, 'encrypted.db'), plain: path.join(dir, 'plain.db') };
  const open = (twin: Twin) => connect(files[twin], twin === 'encrypted' ? key : null);
  try {
    const ratios: Ratio[] = [];
    const sideBySide = (name: string, limit: number, times: number, measure: (twin: Twin, i: number) => number) => {
      const samples: Record<Twin, number[]> = { encrypted: [], plain: [] };
      for (let i = -2; i < times; i++) {
        for (const twin of i % 2 === 0 ? twins : [...twins].reverse()) {
          const ms = measure(twin, i);
          if (i >= 0) samples[twin].push(ms);
        }
      }
      ratios.push({ name, limit, encrypted: summarise(samples.encrypted).median, plain: summarise(samples.plain).median });
    };

    const bulk: Record<Twin, number> = { encrypted: NaN, plain: NaN };
    const db: Record<Twin, Database> = { encrypted: open('encrypted'), plain: open('plain') };
    for (const twin of twins) bulk[twin] = once(() => loadSyntheticSchool(db[twin], school, { at: new Date().toISOString(), by: null })).ms;
    ratios.push({ name: 'bulk import of the whole school (one transaction)', limit: 2, ...bulk });

    const ids = school.pupils.map((p) => p.id);
    sideBySide('register query, warm', 1.1, runs, (twin) => once(() => registerRows(db[twin], TODAY, false)).ms);
    sideBySide('pupil record and its revisions, warm', 1.1, runs * 10, (twin, i) => {
      const id = ids[Math.abs(i * 7919) % ids.length]!;
      return once(() => [pupilById(db[twin], id), pupilRevisions(db[twin], id)]).ms;
    });
    sideBySide('commit of one audit row', 1.5, runs, (twin, i) =>
      once(() => db[twin].transaction(() => appendAudit(db[twin], { at: new Date().toISOString(), actorId: null, action: 'bench.commit', subject: String(i) }))()).ms,
    );
    for (const twin of twins) db[twin].close();
    sideBySide('register query, cold connection', 1.5, Math.max(6, Math.floor(runs / 4)), (twin) => {
      const fresh = open(twin);
      try {
        // The query alone: not the open and the migration check before it.
        return once(() => registerRows(fresh, TODAY, false)).ms;
      } finally {
        fresh.close();
      }
    });
    return ratios;
  } finally {
    key.fill(0);
    rmSync(dir, { recursive: true, force: true });
  }
}

function connect(file: string, key: Buffer | null): Database {
  const db = new BetterSqlite3(file);
  if (key) applyKey(db, key);
  applyPragmas(db);
  migrate(db, migrations);
  return db;
}
