import type { ImpactPupilRow, ImpactSheetView } from '../../shared/domain/provisionMaps';
import { broadAreaLabels } from '../../shared/domain/sen';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { html, type SafeHtml } from './html';
import { type PageOrientation, type PrintedPage, printPage } from './page';
import { costCells, costHeads, facts, mapPage, none, type ProvisionMapFrame } from './provisionMapPage';
import {
  NOT_YET,
  decisionWords,
  formatChange,
  formatDates,
  formatNumber,
  formatOutcome,
  formatPence,
  formatScore,
  formatShortDates,
  plural,
  waveWords,
  yearLabel,
} from './provisionWords';

/**
 * A group's intervention impact sheet (issue 6, item 4): the group, each
 * pupil's entry and exit scores with the change and the change a month, how
 * it went, and for a SENCO's staff copy what each unit of gain cost; then the
 * group's summary and its evaluation. Portrait, unless the cost columns make
 * the table too wide for it.
 */

type View = ImpactSheetView;

const hasCosts = (view: View) => view.header.showCosts && view.pupils.some((p) => p.cost !== undefined);

export function impactSheetOrientation(view: View): PageOrientation {
  return hasCosts(view) ? 'landscape' : 'portrait';
}

export function impactSheetPage(view: View, frame: ProvisionMapFrame): PrintedPage {
  if (view.header.audience === 'parent') {
    throw new Error('An impact sheet names every pupil in the group, so it cannot be printed for a parent: print their child’s own provision map.');
  }
  const body = html`${groupDetails(view)}${pupilTable(view)}${summary(view)}${evaluation(view)}`;
  return mapPage(view.header, frame, { showsCosts: hasCosts(view) || (view.header.showCosts && view.summary.cost !== undefined), orientation: impactSheetOrientation(view), styles: STYLES, body });
}

/** The sheet as a whole HTML document, ready for the print window. */
export function renderImpactSheet(view: View, frame: ProvisionMapFrame): string {
  return printPage(impactSheetPage(view, frame));
}

function groupDetails(view: View): SafeHtml {
  const g = view.group;
  return html`<section id="group" aria-labelledby="group-title"><h2 id="group-title">The group</h2>${facts([
    ['Provision', g.name],
    ['Area of need', broadAreaLabels[g.area]],
    ['Wave', waveWords(g.wave, view.header.audience)],
    ['Staff', g.staff.length === 0 ? 'No staff named' : g.staff.join(', ')],
    ['When', g.when],
    ['Room', g.room],
    ['Dates', formatDates(g.startDate, g.endDate)],
    ['Intended outcome', g.intendedOutcome],
    ['Measure', g.measureLabel],
  ])}</section>
`;
}

function pupilTable(view: View): SafeHtml {
  const showCosts = hasCosts(view);
  const { unit } = view.group;
  if (view.pupils.length === 0) {
    return html`<section id="pupils" aria-labelledby="pupils-title"><h2 id="pupils-title">Pupils</h2><p>No pupil has been in this group in these dates.</p></section>\n`;
  }
  const perUnit = showCosts ? html`<th scope="col" class="num w-money">Cost per ${unit.one} gained</th>` : none;
  return html`<section id="pupils" aria-labelledby="pupils-title"><h2 id="pupils-title">Pupils</h2>
<table class="impact">
<thead><tr><th scope="col" class="w-name">Pupil</th><th scope="col" class="w-year">Year</th><th scope="col" class="w-dates">Dates</th><th scope="col" class="num w-score">Entry</th><th scope="col" class="num w-score">Exit</th><th scope="col" class="num w-change">Change (${unit.many})</th><th scope="col" class="num w-change">Change a month</th><th scope="col" class="w-outcome">Outcome</th><th scope="col" class="w-evaluation">Evaluation</th>${costHeads(showCosts, 'Cost to date', 'Projected cost')}${perUnit}</tr></thead>
<tbody>${view.pupils.map((p) => pupilRow(view, p, showCosts))}</tbody>
</table></section>
`;
}

function pupilRow(view: View, p: ImpactPupilRow, showCosts: boolean): SafeHtml {
  const audience = view.header.audience;
  const change = (value: number | null) => (value === null ? NOT_YET : formatChange(value));
  const evaluation = p.evaluation === null ? 'Not evaluated yet' : `${decisionWords(p.evaluation.decision, audience)}: ${p.evaluation.reason}`;
  return html`<tr><th scope="row">${p.name}</th><td>${yearLabel(p.year)}</td><td>${formatShortDates(p.startDate, p.endDate)}</td><td class="num">${formatScore(p.scores.entry)}</td><td class="num">${formatScore(p.scores.exit)}</td><td class="num">${change(p.scores.change)}</td><td class="num">${change(p.scores.perMonth)}</td><td>${formatOutcome(p.outcome, audience)}</td><td>${evaluation}</td>${costCells(showCosts, p.cost)}${showCosts ? html`<td class="num">${perUnitGain(p.costPerUnitGainPence)}</td>` : none}</tr>`;
}

/** A sum only from a figure that is there; "No gain" where there was nothing to divide by. */
function perUnitGain(pence: number | null | undefined): string {
  if (pence === undefined) return '—';
  return pence === null ? 'No gain' : formatPence(pence);
}

function summary(view: View): SafeHtml {
  const s = view.summary;
  const { unit } = view.group;
  const mean = (value: number | null, words: (v: number) => string) => (value === null ? 'Not enough scores yet' : words(value));
  const rows: [string, string][] = [
    ['Pupils', formatNumber(s.pupils)],
    ['Measured at entry and exit', formatNumber(s.measured)],
    ['Improved', `${formatNumber(s.improved)} of ${plural(s.measured, 'pupil measured', 'pupils measured')}`],
    ['Mean change', mean(s.meanChange, (v) => `${formatChange(v)} ${v === 1 ? unit.one : unit.many}`)],
    ['Mean change a month', mean(s.meanPerMonth, formatChange)],
    ['Mean outcome score (−2 to +2)', mean(s.meanOutcomeScore, formatChange)],
  ];
  if (view.header.showCosts && s.cost !== undefined) {
    rows.push(['Cost to date', formatPence(s.cost.toDatePence)], ['Projected cost', formatPence(s.cost.projectedPence)]);
  }
  if (view.header.showCosts && s.costPerUnitGainPence !== undefined) {
    rows.push([`Cost per ${unit.one} gained`, perUnitGain(s.costPerUnitGainPence)]);
  }
  return html`<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>${facts(rows)}</section>\n`;
}

function evaluation(view: View): SafeHtml {
  const e = view.evaluation;
  const content =
    e === null
      ? html`<p>The group has not been evaluated yet.</p>`
      : facts([
          ['Decision', decisionWords(e.decision, view.header.audience)],
          ['Why', e.reason],
          ['Decided on', formatSchoolDate(e.date)],
        ]);
  return html`<section id="evaluation" aria-labelledby="evaluation-title"><h2 id="evaluation-title">Evaluation of the group</h2>${content}</section>\n`;
}

// A fixed layout shares the width out as set here, scaled to the page, with or without the money columns.
const STYLES = `
table.impact { table-layout: fixed; }
table.impact .w-name { width: 14%; }
table.impact .w-year { width: 7%; }
table.impact .w-dates { width: 11%; }
table.impact .w-score { width: 6%; }
table.impact .w-change { width: 8%; }
table.impact .w-outcome { width: 14%; }
table.impact .w-evaluation { width: 16%; }
table.impact .w-money { width: 8%; }
`;
