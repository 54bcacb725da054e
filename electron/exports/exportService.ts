import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApproveInput, Decision, ExportInput, ExportRequest, ExportResult, RegisterQuery } from '../../shared/contract/disclosures';
import type { DisclosureDecision } from '../../shared/domain/disclosure';
import { type DecidedDocument, insertRegisterRecord, registerEntries } from '../db/repositories/disclosureRegister';
import { pupilById } from '../db/repositories/pupils';
import { londonDate } from '../../shared/rules/schoolDate';
import { AppFailure } from '../failure';
import type { Platform } from '../platform/platform';
import type { SessionService } from '../services/session';
import { Approvals } from './approvals';
import { consentsFor } from './consents';
import { type ExportPlan, planExport, planProvisionMap, requestDigest } from './plan';
import { pupilSummaryHtml, registerExtractText } from './render';
import { registerPrintHtml } from '../documents/disclosureRegister';
import { isLandscape, printPage } from '../documents/page';
import type { ProvisionMapsService } from '../services/provisionMaps';
import { decideDisclosure } from './rule';

/** The most rows the register screen and its print show at once. */
export const REGISTER_LIMIT = 500;

/** A file to save (PDF or CSV), or a page for the system's print dialog; the bytes are what the register's hash is of. */
type Rendered =
  | { outputKind: 'pdf' | 'csv'; bytes: Uint8Array; defaultFileName: string }
  | { outputKind: 'print'; bytes: Uint8Array; html: string; landscape: boolean };

/**
 * The disclosure gate in use: the one module that sends anything out of the
 * app through the Platform (save dialog, PDF). Every export attempt is
 * decided here, in main, by the shared rule; the window's own preview is
 * never trusted.
 *
 * What goes in the register: each export attempt, once, with its decision:
 * refusals and requests still waiting for consent or approval included, with
 * no file and no hash. `decide` is only a preview while the form is filled in,
 * so it records nothing; a SENCO reading the register sees what was actually
 * attempted, not every tick of a checkbox.
 *
 * "In the same transaction as the output": a file write is asynchronous I/O
 * and cannot sit inside a synchronous SQLite transaction. So the document is
 * rendered and hashed first, the bytes are written to the chosen path, and
 * then one synchronous transaction inserts the register row and the audit
 * row. If the write fails nothing is recorded as sent; if the transaction
 * fails the file is removed again. Either both exist or neither does.
 */
export class ExportService {
  readonly approvals: Approvals;

  constructor(
    private readonly session: SessionService,
    private readonly platform: Pick<Platform, 'dialogs' | 'printToPdf' | 'print'>,
    private readonly maps: ProvisionMapsService,
  ) {
    this.approvals = new Approvals(session);
  }

  /** The decision the request would get now: a preview, not recorded. */
  decide(input: ExportRequest): Decision {
    const plan = this.plan(input);
    return this.describe(plan, decideDisclosure(plan.request, this.context(plan)));
  }

  /** Only a request that needs a second person is approved: a passphrase is never checked for nothing. */
  approve(input: ApproveInput): Promise<{ token: string; approverName: string; expiresAt: string }> {
    const { user } = this.session.open();
    const plan = this.plan(input.request);
    const decision = decideDisclosure(plan.request, this.context(plan));
    if (!decision.documents.some((d) => d.outcome === 'needs-approval')) {
      throw new AppFailure('NOT_ALLOWED', 'This request does not need a second person’s approval. Check it again before asking for one.');
    }
    return this.approvals.approve(requestDigest(input.request, user.id), input.approverName, input.passphrase);
  }

  async export({ approvalToken, ...input }: ExportInput): Promise<ExportResult> {
    const { user, db } = this.session.open();
    const plan = this.plan(input);
    if (approvalToken) {
      const approver = this.approvals.check(approvalToken, requestDigest(input, user.id));
      plan.request = { ...plan.request, approvedBy: approver };
    }
    const decision = decideDisclosure(plan.request, this.context(plan));
    const render = async (): Promise<Rendered> => {
      const printed = { printedBy: this.printedBy(), printedAt: this.session.now().toISOString(), demo: this.session.isDemo() };
      if (plan.map) {
        const page = plan.map.page(printed);
        const html = printPage(page);
        const landscape = isLandscape(page);
        if (input.delivery === 'print') return { outputKind: 'print', bytes: new TextEncoder().encode(html), html, landscape };
        return { bytes: await this.platform.printToPdf(html, { landscape }), outputKind: 'pdf', defaultFileName: plan.map.fileName };
      }
      if (input.delivery === 'print') {
        throw new AppFailure('INVALID_INPUT', 'Only a provision map can be printed from here: save this as a file instead.');
      }
      if (input.output.kind === 'pupil-summary') {
        const html = pupilSummaryHtml(db, input, input.output.pupilId, this.session.now(), printed);
        return { bytes: await this.platform.printToPdf(html, { landscape: false }), outputKind: 'pdf', defaultFileName: 'Pupil summary.pdf' };
      }
      return { bytes: new TextEncoder().encode(registerExtractText(plan.rows, input)), outputKind: 'csv', defaultFileName: 'Register extract.csv' };
    };
    const result = await this.deliver(plan, decision, render, input.purpose);
    if (approvalToken && result.registerId) this.approvals.spend(approvalToken);
    return result;
  }

  register(query: RegisterQuery) {
    return registerEntries(this.session.db(), query, REGISTER_LIMIT);
  }

  /**
   * The register on screen. It names pupils and who received their records,
   * so reading it is recorded as reading a pupil file is: who and when, with
   * how many entries were shown, never the search typed (it may be a name).
   */
  readRegister(query: RegisterQuery) {
    const db = this.session.db();
    return db.transaction(() => {
      const entries = this.register(query);
      this.session.audit({ action: 'disclosure.register-read', detail: { entries: entries.length } });
      return entries;
    })();
  }

  /**
   * The register printed for the data protection officer. It names pupils,
   * so it goes through the gate like any other document: for each pupil it
   * names, that pupil's SEN record (the entries about them) goes to staff of
   * this school (the DPO), and the print is recorded in the register itself.
   * A register with no entries has nothing to print.
   */
  async printRegister(query: RegisterQuery): Promise<ExportResult> {
    const { user } = this.session.open();
    const entries = this.register(query);
    if (entries.length === 0) throw new AppFailure('NOT_FOUND', 'No decisions match the filter: there is nothing to print.');
    const named = new Map(entries.flatMap((e) => e.pupils.map((p) => [p.id, p] as const)));
    const pupils = Object.fromEntries([...named.keys()].map((id) => [id, { dateOfBirth: pupilById(this.session.db(), id)!.dateOfBirth }]));
    const plan: ExportPlan = {
      request: {
        date: this.today(),
        recipient: { kind: 'school-staff', name: 'Data protection officer' },
        requestedBy: { userId: user.id, role: user.role },
        documents: [...named.keys()].map((pupilId) => ({ id: `disclosure-register:${pupilId}`, kind: 'sen-record' as const, pupilId })),
      },
      title: `Disclosure register (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, PDF)`,
      pupilIds: [...named.keys()],
      pupils,
      rows: [],
    };
    const decision = decideDisclosure(plan.request, this.context(plan));
    const render = async (): Promise<Rendered> => {
      const html = registerPrintHtml(entries, query, {
        printedBy: this.printedBy(),
        printedAt: this.session.now().toISOString(),
        demo: this.session.isDemo(),
      });
      return { bytes: await this.platform.printToPdf(html, { landscape: false }), outputKind: 'pdf', defaultFileName: 'Disclosure register.pdf' };
    };
    return this.deliver(plan, decision, render, 'The disclosure register, for the data protection officer');
  }

  private async deliver(plan: ExportPlan, decision: DisclosureDecision, render: () => Promise<Rendered>, purpose: string): Promise<ExportResult> {
    const described = this.describe(plan, decision);
    if (decision.outcome !== 'allowed') {
      const registerId = this.record(plan, described, purpose, null);
      return { decision: described, fileName: null, sha256: null, registerId };
    }
    const rendered = await render();
    const sha256 = createHash('sha256').update(rendered.bytes).digest('hex');
    if (rendered.outputKind === 'print') return this.print(plan, described, purpose, rendered, sha256);
    const path = await this.platform.dialogs.saveFile({
      title: 'Save the shared records',
      // A CSV cannot carry a watermark: from the demo school, its name says DEMO instead.
      defaultFileName: this.session.isDemo() ? `DEMO ${rendered.defaultFileName}` : rendered.defaultFileName,
      filters:
        rendered.outputKind === 'pdf'
          ? [{ name: 'PDF document', extensions: ['pdf'] }]
          : [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    });
    if (!path) {
      this.audit('disclosure.cancelled', {});
      return { decision: described, fileName: null, sha256: null, registerId: null };
    }
    try {
      await writeFile(path, rendered.bytes, { mode: 0o600 });
    } catch (error) {
      await rm(path, { force: true }).catch(() => undefined);
      this.audit('disclosure.write-failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      throw new AppFailure('INTERNAL', 'The file could not be saved there. Nothing was shared or recorded as sent: choose another folder and try again.');
    }
    const fileName = basename(path);
    try {
      const registerId = this.record(plan, described, purpose, { outputKind: rendered.outputKind, fileName, sha256 });
      return { decision: described, fileName, sha256, registerId };
    } catch (error) {
      // No register row, no file: nothing may leave without its record.
      await rm(path, { force: true });
      throw error;
    }
  }

  /**
   * A print cannot be taken back, so it is recorded once the system's print
   * dialog says it went to the printer; the hash is of the page sent. A
   * cancelled dialog sent nothing and is only in the audit log, as a
   * cancelled save is.
   */
  private async print(
    plan: ExportPlan,
    described: Decision,
    purpose: string,
    rendered: Extract<Rendered, { outputKind: 'print' }>,
    sha256: string,
  ): Promise<ExportResult> {
    const { printed } = await this.platform.print(rendered.html, { landscape: rendered.landscape });
    if (!printed) {
      this.audit('disclosure.cancelled', {});
      return { decision: described, fileName: null, sha256: null, registerId: null };
    }
    const registerId = this.record(plan, described, purpose, { outputKind: 'print', fileName: null, sha256 });
    return { decision: described, fileName: null, sha256, registerId };
  }

  /** One synchronous transaction: the register row and the audit row commit together. */
  private record(
    plan: ExportPlan,
    decision: Decision,
    purpose: string,
    output: { outputKind: 'pdf' | 'csv' | 'print'; fileName: string | null; sha256: string } | null,
  ): string {
    const { db, user } = this.session.open();
    const id = randomUUID();
    const { request } = plan;
    db.transaction(() => {
      insertRegisterRecord(db, {
        id,
        decidedOn: request.date,
        recordedAt: this.session.now().toISOString(),
        requestedBy: user.id,
        requesterRole: user.role,
        recipient: { kind: request.recipient.kind, name: request.recipient.name ?? null, organisation: request.recipient.organisation ?? null },
        purpose,
        interestsReason: request.interestsOfPupil?.reason ?? null,
        documentTitle: plan.title,
        documents: decision.documents,
        outcome: decision.outcome,
        approvedBy: request.approvedBy?.userId ?? null,
        outputKind: output?.outputKind ?? 'none',
        fileName: output?.fileName ?? null,
        sha256: output?.sha256 ?? null,
        pupilIds: plan.pupilIds,
      });
      this.session.audit({ action: output ? 'disclosure.sent' : 'disclosure.withheld', subject: id, detail: { outcome: decision.outcome } });
    })();
    return id;
  }

  private plan(input: ExportRequest): ExportPlan {
    const { db, user } = this.session.open();
    const requestedBy = { userId: user.id, role: user.role };
    const { output } = input;
    if (output.kind === 'provision-map-school' || output.kind === 'provision-map-pupil' || output.kind === 'provision-impact') {
      return planProvisionMap(db, input, this.maps.prepare(output), requestedBy, this.session.now());
    }
    return planExport(db, input, requestedBy, this.session.now());
  }

  private context(plan: ExportPlan) {
    return { pupils: plan.pupils, consents: consentsFor(this.session.db(), plan.pupilIds) };
  }

  /** The rule's decision with each document's kind and pupil, as the window and the register show it. */
  private describe(plan: ExportPlan, decision: DisclosureDecision): Decision {
    const asked = new Map(plan.request.documents.map((d) => [d.id, d]));
    const documents: DecidedDocument[] = decision.documents.map((d) => {
      const doc = asked.get(d.id);
      if (!doc) throw new Error('The disclosure rule decided on a document that was not asked for.');
      return {
        id: d.id,
        kind: doc.kind,
        ...(doc.pupilId ? { pupilId: doc.pupilId } : {}),
        outcome: d.outcome,
        ...(d.basis ? { basis: d.basis } : {}),
        reason: d.reason,
      };
    });
    return { outcome: decision.outcome, ...(decision.reason ? { reason: decision.reason } : {}), documents, pupilIds: plan.pupilIds };
  }

  private audit(action: string, detail: Record<string, string>): void {
    const db = this.session.db();
    db.transaction(() => this.session.audit({ action, detail }))();
  }

  private printedBy(): string {
    return this.session.open().user.displayName;
  }

  private today(): string {
    return londonDate(this.session.now());
  }
}

