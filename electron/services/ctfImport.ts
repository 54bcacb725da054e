import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { CTF_MAX_BYTES, type CtfPupil } from '../imports/ctfTypes';
import { pupilIdsByUpn } from '../db/repositories/pupils';
import { AppFailure } from '../failure';
import type { Dialogs } from '../platform/platform';
import { type ImportWorkerOptions, runImportTask, saveInWorker } from './importRunner';
import type { SessionService } from './session';

/**
 * Pupils and their SEN history from a Common Transfer File (REFERENCE §6).
 * A malformed file is refused whole, with the line and the reason. SEN
 * history comes in only for pupils the vault has no SEN history for: what
 * the SENCO has recorded is never overwritten by another school's file.
 */
export class CtfImportService {
  private readonly files = new Map<string, { fileName: string; pupils: CtfPupil[] }>();

  constructor(
    private readonly session: SessionService,
    private readonly dialogs: Dialogs,
    private readonly worker: ImportWorkerOptions = {},
  ) {
    session.whenLocked(() => this.files.clear());
  }

  async choose() {
    const path = await this.dialogs.openFile({ title: 'Choose a Common Transfer File (CTF)', filters: [{ name: 'CTF (XML)', extensions: ['xml'] }] });
    if (!path) return null;
    if (statSync(path).size > CTF_MAX_BYTES) throw new AppFailure('INVALID_INPUT', 'That file is over 50 MB: far larger than a CTF.');
    const knownUpns = [...pupilIdsByUpn(this.session.db()).keys()];
    // Read, parsed and previewed in the worker: a CTF for a whole year group must not hold up main.
    const read = await runImportTask({ task: 'read-ctf', path, knownUpns }, this.worker);
    const importId = randomUUID();
    this.files.set(importId, { fileName: basename(path), pupils: read.pupils });
    return { importId, fileName: basename(path), pupils: read.preview, warnings: read.warnings };
  }

  /** One transaction in the import worker: every pupil, or none. */
  async commit(importId: string) {
    const file = this.file(importId);
    const counts = await saveInWorker(this.session, { kind: 'ctf', pupils: file.pupils }, file.pupils.length, this.worker);
    this.files.delete(importId);
    return { added: counts.added, updated: counts.updated, histories: counts.histories };
  }

  private file(importId: string) {
    const file = this.files.get(importId);
    if (!file) throw new AppFailure('NOT_FOUND', 'That file is no longer open here. Choose it again.');
    return file;
  }
}
