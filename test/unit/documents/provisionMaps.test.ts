import { describe, expect, it } from 'vitest';
import { impactSheetOrientation, impactSheetPage, renderImpactSheet } from '../../../electron/documents/impactSheet';
import { isLandscape } from '../../../electron/documents/page';
import { pupilProvisionMapPage, renderPupilProvisionMap } from '../../../electron/documents/pupilProvisionMap';
import { renderSchoolProvisionMap, schoolProvisionMapPage } from '../../../electron/documents/schoolProvisionMap';
import type { ImpactSheetView, PupilMapView, SchoolMapView } from '../../../shared/domain/provisionMaps';
import {
  AVAS_GROUPMATES,
  EMPTY_CELL,
  FRAME,
  PUPIL,
  SCHOOL,
  impactSheetView,
  pupilMapView,
  schoolMapView,
} from '../../support/provisionMapFixtures';

const HOSTILE = '<script>alert("x")</script> O\'Brien & "Sons"';
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot;';

/** Every cost a view model could carry, taken out: what a builder gives a viewer who may not see money. */
function withoutCosts<T>(view: T): T {
  return JSON.parse(JSON.stringify(view), (key, value: unknown) =>
    ['cost', 'costs', 'costPerUnitGainPence', 'element3Candidates'].includes(key) ? undefined : value,
  ) as T;
}

const COST_KEYS = /"(cost|costs|costPerUnitGainPence|element3Candidates)"/;

const documents = {
  school: (view: SchoolMapView = schoolMapView('staff-costs')) => renderSchoolProvisionMap(view, FRAME),
  pupil: (view: PupilMapView = pupilMapView('staff-costs')) => renderPupilProvisionMap(view, FRAME),
  impact: (view: ImpactSheetView = impactSheetView('staff-costs')) => renderImpactSheet(view, FRAME),
};

describe('the fixtures obey the view-model rules', () => {
  it('carry no cost key for a meeting or a parent, or for staff who may not see costs', () => {
    for (const view of [schoolMapView('meeting'), schoolMapView('staff'), pupilMapView('meeting'), pupilMapView('parent'), pupilMapView('staff'), impactSheetView('meeting')]) {
      expect(JSON.stringify(view)).not.toMatch(COST_KEYS);
      expect(view.header.showCosts).toBe(false);
    }
    expect(JSON.stringify(schoolMapView('meeting'))).not.toContain('pupilNames');
  });

  it('name no other pupil in a parent’s copy of a pupil’s map', () => {
    const text = JSON.stringify(pupilMapView('parent'));
    for (const other of AVAS_GROUPMATES) expect(text).not.toContain(other);
  });
});

describe('every provision map document', () => {
  it.each([
    ['school', documents.school()],
    ['pupil', documents.pupil()],
    ['impact', documents.impact()],
  ])('%s: has the school, title, scope and dates at the top and the printed frame in the margins', (_name, page) => {
    expect(page).toContain(`<p class="school">${SCHOOL}</p>`);
    expect(page).toMatch(/<h1>(Whole-school provision map|Provision map for Ava Okonjo|Intervention impact: Toe by Toe \(Year 4\))<\/h1>/);
    expect(page).toContain('Autumn term 2026 (1 September 2026 to 18 December 2026)');
    expect(page).toContain('@bottom-left { content: "CONFIDENTIAL";');
    expect(page).toContain('@bottom-center { content: "Printed by Helen Carter on 29 November 2026 at 2:05pm";');
    expect(page).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it.each([
    ['school', documents.school()],
    ['pupil', documents.pupil()],
    ['impact', documents.impact()],
  ])('%s: repeats table headers on every page, keeps rows whole, and runs no script and loads nothing', (_name, page) => {
    expect(page).toContain('thead { display: table-header-group; }');
    expect(page).toMatch(/tr \{ break-inside: avoid;/);
    expect(page).toContain('<thead>');
    expect(page).not.toMatch(/<script|https?:|src=/i);
    expect(page).not.toMatch(/undefined|null|NaN/);
  });

  it('prints the whole-school map landscape, a pupil’s map portrait, and an impact sheet landscape only when its costs need the width', () => {
    expect(documents.school()).toContain('size: A4 landscape;');
    expect(documents.pupil()).toContain('size: A4 portrait;');
    expect(documents.impact()).toContain('size: A4 landscape;');
    expect(documents.impact(impactSheetView('meeting'))).toContain('size: A4 portrait;');
    expect(isLandscape(schoolProvisionMapPage(schoolMapView('meeting'), FRAME))).toBe(true);
    expect(isLandscape(pupilProvisionMapPage(pupilMapView('staff-costs'), FRAME))).toBe(false);
    expect([impactSheetOrientation(impactSheetView('staff-costs')), impactSheetOrientation(impactSheetView('meeting'))]).toEqual(['landscape', 'portrait']);
  });

  it('marks a demo print on the page as well as in the frame', () => {
    const page = renderPupilProvisionMap(pupilMapView('parent'), { ...FRAME, demo: true });
    expect(page).toContain('<p class="demo"><strong>DEMO — not a real school</strong>');
    expect(page).toContain('<title>DEMO – Your child’s support: Ava Okonjo</title>');
  });
});

describe('money only where the view model has a cost', () => {
  it.each([
    ['school map for a meeting', documents.school(schoolMapView('meeting'))],
    ['school map for staff who may not see costs', documents.school(schoolMapView('staff'))],
    ['school map whose header asks for costs it does not have', documents.school(withoutCosts(schoolMapView('staff-costs')))],
    ['pupil map for a parent', documents.pupil(pupilMapView('parent'))],
    ['pupil map for a meeting', documents.pupil(pupilMapView('meeting'))],
    ['pupil map whose header asks for costs it does not have', documents.pupil(withoutCosts(pupilMapView('staff-costs')))],
    ['impact sheet for a meeting', documents.impact(impactSheetView('meeting'))],
    ['impact sheet whose header asks for costs it does not have', documents.impact(withoutCosts(impactSheetView('staff-costs')))],
  ])('%s: no £ and no cost column', (_name, page) => {
    expect(page).not.toContain('£');
    expect(page).not.toMatch(/Cost to date|Projected cost|Cost per|Costs to date/);
  });

  it('prints every cost a SENCO’s staff copy has', () => {
    const school = documents.school();
    expect(school).toContain('<th scope="col" class="num w-money">Cost to date</th>');
    expect(school).toContain('Element 3 candidates');
    expect(school).toContain('£7,123.45');
    const pupil = documents.pupil();
    expect(pupil).toContain('£412.50');
    expect(pupil).toContain('<dt>Above £6,000</dt><dd>£1,123.45</dd>');
    const impact = documents.impact();
    expect(impact).toContain('Cost per month gained');
    expect(impact).toContain('<td class="num">No gain</td>');
  });

  it('refuses a sum that is not a number rather than print NaN', () => {
    const view = schoolMapView('staff-costs');
    view.cells[0]!.entries[0]!.cost = { toDatePence: NaN, projectedPence: 100 };
    expect(() => documents.school(view)).toThrow(/cannot show a sum of NaN/);
  });
});

describe('hostile text from the view model', () => {
  it('is escaped everywhere it is printed in the whole-school map', () => {
    const view = schoolMapView('staff');
    view.header = { ...view.header, schoolName: HOSTILE, title: HOSTILE, scope: HOSTILE };
    const cell = view.cells[0]!;
    cell.label = HOSTILE;
    cell.entries[0] = { ...cell.entries[0]!, name: HOSTILE, staff: [HOSTILE], when: HOSTILE, room: HOSTILE, pupilNames: [HOSTILE] };
    const page = documents.school(view);
    expect(page).not.toMatch(/<script/i);
    expect(page.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(9);
    expect(page).toContain(`<title>${ESCAPED}</title>`);
  });

  it('is escaped in a pupil’s map and its timetable', () => {
    const view = pupilMapView('parent');
    view.pupil = { ...view.pupil, name: HOSTILE, className: HOSTILE, needs: [HOSTILE] };
    view.provisions[0] = { ...view.provisions[0]!, name: HOSTILE, intendedOutcome: HOSTILE, groupWith: HOSTILE, measureLabel: HOSTILE };
    view.timetable[0] = { ...view.timetable[0]!, provisionName: HOSTILE, room: HOSTILE, staff: [HOSTILE] };
    const page = documents.pupil(view);
    expect(page).not.toMatch(/<script/i);
    expect(page.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(10);
  });

  it('is escaped in an impact sheet', () => {
    const view = impactSheetView('meeting');
    view.group = { ...view.group, name: HOSTILE, room: HOSTILE, unit: { one: HOSTILE, many: HOSTILE } };
    view.pupils[0] = { ...view.pupils[0]!, name: HOSTILE, evaluation: { decision: 'stop', reason: HOSTILE } };
    const page = documents.impact(view);
    expect(page).not.toMatch(/<script/i);
    expect(page.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(5);
  });
});

describe('the whole-school map', () => {
  it('keeps an empty cell in the grid with a short line, and closes every other cell with its subtotal', () => {
    const view = schoolMapView('meeting');
    const page = documents.school(view);
    const emptyLabel = view.cells.find((c) => c.key.kind === 'area-wave' && c.key.area === EMPTY_CELL.area && c.key.wave === EMPTY_CELL.wave)!.label;
    expect(page).toContain(`<th scope="rowgroup" colspan="8">${emptyLabel}</th></tr><tr><td colspan="8" class="empty">No provision</td></tr>`);
    expect(page.match(/<tr class="cell-head">/g)).toHaveLength(12);
    expect(page.match(/<tr class="subtotal">/g)).toHaveLength(11);
    expect(page).toContain('<tr class="total"><th scope="row" colspan="5">Whole school: 60 groups</th><td>138 pupils</td>');
  });

  it('names pupils for staff only', () => {
    expect(documents.school(schoolMapView('staff'))).toContain('<div class="names">');
    expect(documents.school(schoolMapView('meeting'))).not.toContain('<div class="names">');
  });

  it('by year group, says each row’s area and wave', () => {
    const page = documents.school(schoolMapView('meeting', 'year'));
    expect(page).toContain('<th scope="rowgroup" colspan="8">Year 6</th>');
    expect(page).toContain('<div class="small">Cognition and learning, Wave 1</div>');
  });

  it('is never printed for a parent', () => {
    const view = schoolMapView('meeting');
    view.header.audience = 'parent';
    expect(() => documents.school(view)).toThrow(/cannot be printed for a parent/);
  });
});

describe('a pupil’s map', () => {
  it('talks to a family in plain words, with no school codes and no other pupil named', () => {
    const page = documents.pupil(pupilMapView('parent'));
    expect(page).toContain('The support your child gets');
    expect(page).toContain('About your child');
    expect(page).toContain('Small-group support (wave 2)');
    expect(page).toContain('with 3 other pupils');
    expect(page).toContain('a teaching assistant');
    expect(page).not.toMatch(/SEN status|Wave 2:|\(\+1\)/);
    for (const other of AVAS_GROUPMATES) expect(page).not.toContain(other);
  });

  it('lays the week out Monday to Friday, one row for each time', () => {
    const page = documents.pupil(pupilMapView('meeting'));
    expect(page).toContain('<th scope="col" class="time">Time</th><th scope="col">Monday</th><th scope="col">Tuesday</th><th scope="col">Wednesday</th><th scope="col">Thursday</th><th scope="col">Friday</th>');
    const times = [...page.matchAll(/<th scope="row" class="time">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(times).toEqual(['09:00–09:20', '10:30–11:00', '13:15–13:45']);
  });

  it('says so when nothing is timetabled or provided', () => {
    const view = { ...pupilMapView('parent'), provisions: [], timetable: [] };
    const page = documents.pupil(view);
    expect(page).toContain('Your child has had no extra support in these dates.');
    expect(page).toContain('No support sessions are timetabled this week.');
    expect(page).toContain(PUPIL);
  });
});

describe('an impact sheet', () => {
  it('has the group, each pupil, the summary and the evaluation', () => {
    const page = documents.impact(impactSheetView('meeting'));
    expect(page).toContain('<dt>Intended outcome</dt><dd>Reading age up by 6 months in a term</dd>');
    expect(page).toContain('<th scope="col" class="num w-change">Change (months)</th>');
    expect(page).toContain('<dt>Mean change</dt><dd>+6.9 months</dd>');
    expect(page).toContain('<dt>Improved</dt><dd>6 of 7 pupils measured</dd>');
    expect(page).toContain('<dt>Decision</dt><dd>Continue</dd>');
    expect(page.match(/<tr><th scope="row">/g)).toHaveLength(8);
  });

  it('is never printed for a parent', () => {
    const view = impactSheetView('meeting');
    view.header.audience = 'parent';
    expect(() => impactSheetPage(view, FRAME)).toThrow(/cannot be printed for a parent/);
  });
});
