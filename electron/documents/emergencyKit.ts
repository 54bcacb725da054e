import { RECOVERY_KEY_GROUPS } from '../../shared/rules/recoveryKey';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { html } from './html';
import { DEMO_MARK, FONT_MONO, printPage } from './page';

/**
 * The emergency kit: one A4 page with the vault's recovery key, printed once
 * when the key is made and kept away from the laptop.
 */
export interface EmergencyKitModel {
  schoolName: string;
  vaultId: string;
  /** ISO date the vault (or this recovery key) was made. */
  createdOn: string;
  /** The 13 groups from formatRecoveryKey. */
  recoveryKeyGroups: string[];
  printedBy: string;
  /** ISO instant. */
  printedAt: string;
  demo?: boolean;
}

export const EMERGENCY_KIT_TITLE = 'SENCO Desk emergency kit';

export function renderEmergencyKit(model: EmergencyKitModel): string {
  if (model.recoveryKeyGroups.length !== RECOVERY_KEY_GROUPS) {
    throw new RangeError(`A recovery key has ${RECOVERY_KEY_GROUPS} groups, not ${model.recoveryKeyGroups.length}.`);
  }
  const demo = model.demo
    ? html`<p class="demo"><strong>${DEMO_MARK}</strong>: this kit opens demonstration records only.</p>`
    : html``;
  const groups = model.recoveryKeyGroups.map(
    (group, i) => html`<li><span class="n">${i + 1}</span> <span class="g">${group}</span></li>`,
  );
  const body = html`${demo}
<header>
  <h1>${EMERGENCY_KIT_TITLE}</h1>
  <p class="lead">This page can open every record in this school’s SENCO Desk. Keep it safe and keep it secret.</p>
</header>
<dl class="facts">
  <div><dt>School</dt><dd>${model.schoolName}</dd></div>
  <div><dt>Vault ID</dt><dd class="mono">${model.vaultId}</dd></div>
  <div><dt>Created</dt><dd>${formatSchoolDate(model.createdOn)}</dd></div>
</dl>
<section class="key" aria-labelledby="key-title">
  <h2 id="key-title">Recovery key</h2>
  <ol class="groups">
    ${groups}
  </ol>
  <p class="hint">${RECOVERY_KEY_GROUPS} groups of 5 characters, typed in order. Capital or small letters both work.
  The key uses the digits 0 to 9 and letters, never I, L, O or U.</p>
</section>
<section class="kept" aria-labelledby="kept-title">
  <h2 id="kept-title">Where this kit is kept</h2>
  <div class="write" aria-hidden="true"></div>
  <p class="signed"><span>Put there by</span><span class="blank"></span><span>on</span><span class="blank short"></span></p>
</section>
<div class="advice">
  <section aria-labelledby="where-title">
    <h2 id="where-title">Where to keep it</h2>
    <ul>
      <li>Somewhere safe, away from the laptop: the school safe, or with the headteacher.</li>
      <li>Never in the same bag as the laptop.</li>
      <li>Never photographed, scanned, emailed or saved on a computer.</li>
      <li>Anyone with this page and the laptop can read every record, so treat it like the key to the safe.</li>
    </ul>
  </section>
  <section aria-labelledby="use-title">
    <h2 id="use-title">How to use it</h2>
    <p>On a new or repaired laptop, or if every passphrase is forgotten:</p>
    <ol>
      <li>Start SENCO Desk and choose “Use the recovery key”.</li>
      <li>Type the ${RECOVERY_KEY_GROUPS} groups above.</li>
      <li>Choose a new passphrase. The records are then bound to that laptop.</li>
      <li>Afterwards, make a new recovery key in SENCO Desk, print its kit, and destroy this one (shred it).</li>
    </ol>
  </section>
</div>`;
  return printPage({
    title: `${EMERGENCY_KIT_TITLE}: ${model.schoolName}`,
    printedBy: model.printedBy,
    printedAt: model.printedAt,
    demo: model.demo,
    styles: STYLES,
    body,
  });
}

// Black on white only, so that a black-and-white printer or a photocopy loses nothing.
const STYLES = `
h1 { font-size: 21pt; line-height: 1.15; margin: 0 0 1.5mm; }
h2 { font-size: 12pt; margin: 0 0 2mm; }
p { margin: 0 0 2mm; }
.lead { font-size: 11pt; margin-bottom: 4mm; }
.demo { border: 0.8mm dashed #000; padding: 1.5mm 4mm; margin: 0 0 4mm; font-size: 11pt; text-align: center; }
.mono, .g { font-family: ${FONT_MONO}; font-variant-numeric: slashed-zero; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 1mm 6mm; margin: 0 0 5mm; }
.facts div { display: contents; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
/* Four groups to a row; the note sits beside group 13 rather than under it. */
.key { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm 4mm; border: 0.6mm solid #000; padding: 4mm 5mm; margin: 0 0 5mm; break-inside: avoid; }
.key h2 { grid-column: 1 / -1; margin: 0; }
.groups { display: contents; }
.groups li { display: flex; align-items: center; gap: 2.5mm; border: 0.3mm solid #000; padding: 2mm 2.5mm; }
.n { display: inline-block; min-width: 7mm; font-size: 9pt; font-weight: 700; text-align: right; }
.g { font-size: 21pt; font-weight: 700; letter-spacing: 0.06em; white-space: nowrap; }
.hint { grid-column: 2 / -1; align-self: center; font-size: 9.5pt; margin: 0; }
.kept { border: 0.3mm solid #000; padding: 3mm 5mm 4mm; margin: 0 0 5mm; break-inside: avoid; }
.kept h2 { margin: 0; }
.write { border-bottom: 0.3mm solid #000; height: 9mm; }
.signed { display: flex; align-items: flex-end; gap: 2mm; margin: 3mm 0 0; }
.blank { flex: 2; border-bottom: 0.3mm solid #000; height: 6mm; }
.blank.short { flex: 1; }
.advice { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; break-inside: avoid; }
.advice p { margin-bottom: 1.5mm; }
.advice ul, .advice ol { margin: 0; padding-left: 5mm; }
.advice li { margin-bottom: 1.5mm; }
`;
