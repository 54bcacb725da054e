import type { PupilMapProvision, PupilMapView } from '../../shared/domain/provisionMaps';
import { broadAreaLabels } from '../../shared/domain/sen';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { html, type SafeHtml } from './html';
import { type PrintedPage, printPage } from './page';
import { costCells, costHeads, facts, mapPage, none, type ProvisionMapFrame } from './provisionMapPage';
import { TIMETABLE_STYLES, timetableGrid } from './provisionTimetable';
import { decisionWords, formatShortDates, formatOutcome, formatPence, formatScoreChange, waveWords, yearLabel } from './provisionWords';

/**
 * A pupil's costed provision map (issue 6, item 5) on A4 portrait: who they
 * are, every provision in the dates with how it went, their week of support
 * as a timetable, and, for a SENCO printing for staff, what it all costs
 * against the £6,000 the school meets itself. A family's copy is worded for
 * them and never names another pupil: the view model says "with 3 other
 * pupils", and nothing here adds a name.
 */

type View = PupilMapView;
const forParent = (view: View) => view.header.audience === 'parent';

export function pupilProvisionMapPage(view: View, frame: ProvisionMapFrame): PrintedPage {
  const body = html`${details(view)}${provisions(view)}${timetable(view)}${costs(view)}`;
  return mapPage(view.header, frame, { showsCosts: hasCosts(view) || (view.header.showCosts && view.costs !== undefined), orientation: 'portrait', styles: STYLES, body });
}

/** The map as a whole HTML document, ready for the print window: A4 portrait. */
export function renderPupilProvisionMap(view: View, frame: ProvisionMapFrame): string {
  return printPage(pupilProvisionMapPage(view, frame));
}

function section(id: string, heading: string, content: SafeHtml): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${heading}</h2>
${content}
</section>
`;
}

function details(view: View): SafeHtml {
  const { pupil } = view;
  const parent = forParent(view);
  const rows: [string, string][] = [
    ['Name', pupil.name],
    ['Year', yearLabel(pupil.year)],
    ['Class', pupil.className ?? 'Not recorded'],
    ...(pupil.senStatus === null ? [] : [['SEN status', pupil.senStatus] as [string, string]]),
    [parent ? 'What your child needs help with' : 'Needs', pupil.needs.length === 0 ? 'None recorded' : pupil.needs.join('; ')],
  ];
  return section('pupil', parent ? 'About your child' : 'Pupil details', facts(rows));
}

/** Costs appear only for a SENCO's staff copy, and a column only when a provision has one. */
const hasCosts = (view: View) => view.header.showCosts && view.provisions.some((p) => p.cost !== undefined);

function provisions(view: View): SafeHtml {
  const parent = forParent(view);
  const heading = parent ? 'The support your child gets' : 'Provision';
  if (view.provisions.length === 0) {
    return section('provision', heading, html`<p>${parent ? 'Your child has had no extra support in these dates.' : 'No provision in these dates.'}</p>`);
  }
  const showCosts = hasCosts(view);
  const [name, who, when, outcome, progress] = parent
    ? ['What it is', 'Who and how often', 'When', 'What we hope it achieves', 'How it is going']
    : ['Provision', 'Who and how often', 'Dates', 'Intended outcome', 'Measure and outcome'];
  const head = html`<th scope="col" class="w-name">${name}</th><th scope="col" class="w-who">${who}</th><th scope="col" class="w-dates">${when}</th><th scope="col" class="w-outcome">${outcome}</th><th scope="col" class="w-progress">${progress}</th>`;
  return section(
    'provision',
    heading,
    html`<table class="provisions">
<thead><tr>${head}${costHeads(showCosts, 'Cost to date', 'Projected')}</tr></thead>
<tbody>${view.provisions.map((p) => provisionRow(view, p, showCosts))}</tbody>
</table>`,
  );
}

function provisionRow(view: View, p: PupilMapProvision, showCosts: boolean): SafeHtml {
  const audience = view.header.audience;
  const who = p.staff.length === 0 ? none : html`${p.staff.join(', ')}<br>`;
  const evaluation =
    p.evaluation === null
      ? none
      : html`<div class="line"><strong>${forParent(view) ? 'What happens next' : 'Evaluation'}:</strong> ${decisionWords(p.evaluation.decision, audience)} (${formatSchoolDate(p.evaluation.date)}): ${p.evaluation.reason}</div>`;
  return html`<tr>
<th scope="row">${p.name}<div class="small">${broadAreaLabels[p.area]}<br>${waveWords(p.wave, audience)}</div></th>
<td>${who}${p.frequency}<br>${p.groupWith}</td>
<td>${formatShortDates(p.startDate, p.endDate)}</td>
<td>${p.intendedOutcome}</td>
<td><div class="line"><strong>${p.measureLabel}:</strong> ${formatScoreChange(p.scores)}</div><div class="line"><strong>Outcome:</strong> ${formatOutcome(p.outcome, audience)}</div>${evaluation}</td>
${costCells(showCosts, p.cost)}</tr>`;
}

function timetable(view: View): SafeHtml {
  const heading = forParent(view) ? 'When the support happens each week' : 'Weekly support timetable';
  return section('timetable', heading, timetableGrid(view.timetable, view.header.audience));
}

function costs(view: View): SafeHtml {
  const c = view.costs;
  if (c === undefined || !view.header.showCosts) return none;
  const rows: [string, string][] = [
    ['Total cost to date', formatPence(c.total.toDatePence)],
    ['Total projected cost', formatPence(c.total.projectedPence)],
    ['This school year (projected)', formatPence(c.schoolYearPence)],
    ['Met by the school (element 2, the first £6,000)', formatPence(c.element2Pence)],
    ['Above £6,000', formatPence(c.abovePence)],
    ['Element 3 candidate', c.element3Candidate ? 'Yes: support this school year passes £6,000, so the school may ask the local authority for high-needs top-up funding' : 'No'],
  ];
  return section('costs', 'Costs', facts(rows));
}

const STYLES = `
table.provisions { table-layout: fixed; }
table.provisions .w-name { width: 19%; }
table.provisions .w-who { width: 18%; }
table.provisions .w-dates { width: 12%; }
table.provisions .w-outcome { width: 17%; }
table.provisions .w-progress { width: 22%; }
table.provisions .w-money { width: 11%; }
.line + .line { margin-top: 0.8mm; }
${TIMETABLE_STYLES}
`;
