import type { MapTotals, SchoolMapCell, SchoolMapEntry, SchoolMapView } from '../../shared/domain/provisionMaps';
import { broadAreaLabels } from '../../shared/domain/sen';
import { html, type SafeHtml } from './html';
import { type PrintedPage, printPage } from './page';
import { costCells, costHeads, mapPage, none, type ProvisionMapFrame } from './provisionMapPage';
import { formatNumber, formatShortDates, formatPence, plural, waveShort, yearLabel } from './provisionWords';

/**
 * The whole-school provision map (issue 6, item 5): every cell of the grid,
 * by area of need and wave or by year group, as one long table on A4
 * landscape. One table rather than one per cell, so its header repeats at the
 * top of every page; each cell opens with a heading row and closes with its
 * subtotal, an empty cell says "No provision" so the map keeps its shape, and
 * the whole school's total closes the table.
 */

const COLUMNS_BEFORE_PUPILS = 5;

/** Cost columns only for a SENCO's staff copy whose view model has a cost in it: never an empty £ column. */
const hasCosts = (view: SchoolMapView) =>
  view.header.showCosts && (view.totals.cost !== undefined || view.cells.some((cell) => cell.entries.some((e) => e.cost !== undefined)));

export function schoolProvisionMapPage(view: SchoolMapView, frame: ProvisionMapFrame): PrintedPage {
  if (view.header.audience === 'parent') {
    throw new Error('A whole-school provision map is about many pupils, so it cannot be printed for a parent: print their child’s own provision map.');
  }
  const showCosts = hasCosts(view);
  const columns = COLUMNS_BEFORE_PUPILS + 3 + (showCosts ? 2 : 0);
  const named = view.cells.some((cell) => cell.entries.some((e) => e.pupilNames !== undefined && e.pupilNames.length > 0));
  const body = html`<section aria-label="Provision map">
<table class="school-map${named ? '' : ' no-names'}">
<thead><tr><th scope="col" class="c-name">Provision</th><th scope="col" class="c-staff">Staff</th><th scope="col" class="c-when">When</th><th scope="col" class="c-room">Room</th><th scope="col" class="c-dates">Dates</th><th scope="col" class="c-pupils">Pupils</th><th scope="col" class="num">Sessions</th><th scope="col" class="num">Staff hours</th>${costHeads(showCosts)}</tr></thead>
${view.cells.map((cell) => cellRows(view, cell, columns))}
<tbody class="grand-total">${totalRow('total', `Whole school: ${plural(view.totals.groups, 'group', 'groups')}`, view.totals, showCosts)}</tbody>
</table>
<p class="small">Pupils in a total are counted once, however many groups they are in. Sessions and staff hours are those in the dates above.</p>
</section>
${element3(view)}`;
  return mapPage(view.header, frame, { showsCosts: showCosts, orientation: 'landscape', styles: STYLES, body });
}

/** The map as a whole HTML document, ready for the print window: A4 landscape. */
export function renderSchoolProvisionMap(view: SchoolMapView, frame: ProvisionMapFrame): string {
  return printPage(schoolProvisionMapPage(view, frame));
}

function cellRows(view: SchoolMapView, cell: SchoolMapCell, columns: number): SafeHtml {
  const head = html`<tr class="cell-head"><th scope="rowgroup" colspan="${columns}">${cell.label}</th></tr>`;
  if (cell.entries.length === 0) {
    return html`<tbody>${head}<tr><td colspan="${columns}" class="empty">No provision</td></tr></tbody>\n`;
  }
  const rows = cell.entries.map((entry) => entryRow(view, entry));
  const subtotal = totalRow('subtotal', `Total for ${cell.label}: ${plural(cell.totals.groups, 'group', 'groups')}`, cell.totals, hasCosts(view));
  return html`<tbody>${head}${rows}${subtotal}</tbody>\n`;
}

function entryRow(view: SchoolMapView, entry: SchoolMapEntry): SafeHtml {
  // By year group the cell does not say the area and wave, so the row does.
  const kind = view.grouping === 'year' ? html`<div class="small">${broadAreaLabels[entry.area]}, ${waveShort(entry.wave)}</div>` : none;
  const names = entry.pupilNames === undefined || entry.pupilNames.length === 0 ? none : html`<div class="names">${entry.pupilNames.join(', ')}</div>`;
  return html`<tr class="entry"><th scope="row">${entry.name}${kind}</th><td>${entry.staff.length === 0 ? 'No staff named' : entry.staff.join(', ')}</td><td>${entry.when}</td><td>${entry.room}</td><td>${formatShortDates(entry.startDate, entry.endDate)}</td><td>${plural(entry.pupilCount, 'pupil', 'pupils')}${names}</td><td class="num">${formatNumber(entry.sessions)}</td><td class="num">${formatNumber(entry.hours)}</td>${costCells(hasCosts(view), entry.cost)}</tr>`;
}

function totalRow(kind: 'subtotal' | 'total', label: string, totals: MapTotals, showCosts: boolean): SafeHtml {
  return html`<tr class="${kind}"><th scope="row" colspan="${COLUMNS_BEFORE_PUPILS}">${label}</th><td>${plural(totals.pupils, 'pupil', 'pupils')}</td><td class="num">${formatNumber(totals.sessions)}</td><td class="num">${formatNumber(totals.hours)}</td>${costCells(showCosts, totals.cost)}</tr>`;
}

function element3(view: SchoolMapView): SafeHtml {
  const candidates = view.element3Candidates;
  if (candidates === undefined || !view.header.showCosts) return none;
  const heading = html`<h2>Element 3 candidates: pupils whose support this school year passes £6,000</h2>`;
  if (candidates.length === 0) {
    return html`<section class="element3">${heading}<p>No pupil’s additional support this school year passes £6,000.</p></section>`;
  }
  const rows = candidates.map(
    (c) => html`<tr><th scope="row">${c.name}</th><td>${yearLabel(c.year)}</td><td class="num">${formatPence(c.yearCostPence)}</td><td class="num">${formatPence(c.abovePence)}</td></tr>`,
  );
  return html`<section class="element3">${heading}
<p>The school meets the first £6,000 of a pupil’s additional support (element 2); above that it may ask the local authority for high-needs top-up funding (element 3).</p>
<table><thead><tr><th scope="col">Pupil</th><th scope="col">Year</th><th scope="col" class="num">Support this school year (projected)</th><th scope="col" class="num">Above £6,000</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

// Widths add to about 100% with the number columns; pupils' names get the most room, as they are the longest.
const STYLES = `
table.school-map { font-size: 8.5pt; table-layout: fixed; }
table.school-map .c-name { width: 14%; }
table.school-map .c-staff { width: 13%; }
table.school-map .c-when { width: 10%; }
table.school-map .c-room { width: 7%; }
table.school-map .c-dates { width: 9%; }
table.school-map .c-pupils { width: 20%; }
table.school-map th.num { white-space: normal; overflow-wrap: normal; }
table.school-map.no-names .c-name { width: 20%; }
table.school-map.no-names .c-staff { width: 17%; }
table.school-map.no-names .c-when { width: 14%; }
table.school-map.no-names .c-pupils { width: 8%; }
`;
