import { describe, expect, it } from 'vitest';
import {
  type OptionalSummarySection,
  type PupilSummaryOptions,
  type PupilSummarySource,
  pupilSummaryDocumentKinds,
  pupilSummaryPage,
  pupilSummaryView,
  renderPupilSummary,
} from '../../../electron/documents/pupilSummary';
import type { RegisterRow } from '../../../electron/db/repositories/register';
import type { RegisterExtractRow } from '../../../electron/documents/registerExtract';
import { PHRASES, pupilFile } from '../../support/pupilFileFixture';

const frame = { printedBy: 'Helen Carter', printedAt: '2026-11-29T14:05:00Z' };
const staffOptions: PupilSummaryOptions = { audience: 'staff', preparedFor: 'Mr Ben Adams (class teacher)' };
const parentOptions: PupilSummaryOptions = { audience: 'parent', preparedFor: 'Grace Okonjo (parent)' };

const summary = (options: PupilSummaryOptions = staffOptions, file: PupilSummarySource = pupilFile()) =>
  renderPupilSummary(pupilSummaryView(file, options), frame);

/** The text a reader sees: tags and the style sheet dropped, entities read. */
const visibleText = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    // A tag closed just before punctuation ("<strong>CONFIDENTIAL</strong>:") leaves no gap on the page.
    .replace(/ ([:.,])/g, '$1');

// Compile-time: the services' shapes fit the documents' inputs as they are.
const _fileFits: PupilSummarySource = pupilFile();
const _rowFits = (row: RegisterRow): RegisterExtractRow => row;

describe('pupilSummaryView', () => {
  it('holds the SEN record: details, status now and since, needs with broad areas, chronology, monitoring, profile', () => {
    const view = pupilSummaryView(pupilFile(), staffOptions);
    expect(view.pupil).toEqual({
      name: 'Ava Okonjo', knownAs: null, forename: 'Ava', dateOfBirth: '2016-03-14', year: 'Year 5', className: '5H', upn: 'R201100018042',
    });
    expect(view.status).toEqual({ label: 'SEN support', since: '2025-01-06', meaning: null });
    expect(view.needs).toEqual([
      { rank: 'Primary', need: 'SLCN – Speech, language and communication needs', area: 'Communication and interaction' },
      { rank: 'Secondary', need: 'SPLD – Specific learning difficulty', area: 'Cognition and learning' },
    ]);
    expect(view.statusHistory.map((s) => [s.status, s.from, s.to, s.decidedOn])).toEqual([
      ['No SEN', '2020-09-03', '2025-01-06', null],
      ['SEN support', '2025-01-06', null, '2024-12-16'],
    ]);
    // The chronology runs oldest first, ended needs kept.
    expect(view.needHistory.map((n) => n.need.slice(0, 4))).toEqual(['NSA ', 'SLCN', 'SPLD']);
    expect(view.monitoring).toHaveLength(1);
    expect(view.profile?.likeAndAdmire).toBe(PHRASES.profile);
    expect(view.included).toEqual([]);
    expect(view).not.toHaveProperty('health');
    expect(view).not.toHaveProperty('family');
    expect(view).not.toHaveProperty('professionals');
  });

  it('keeps internal notes, who decided and contact details for staff, and leaves them out for a parent', () => {
    const include: OptionalSummarySection[] = ['health', 'family-social-care', 'third-party-report'];
    const staff = pupilSummaryView(pupilFile(), { ...staffOptions, include });
    const parent = pupilSummaryView(pupilFile(), { ...parentOptions, include });
    expect(staff.statusHistory[1]).toMatchObject({ decidedBy: PHRASES.decidedBy, note: PHRASES.statusNote });
    expect(parent.statusHistory[1]).toMatchObject({ decidedBy: null, note: null });
    expect(staff.monitoring[0]).toMatchObject({ raisedBy: 'Mr Tom Hughes', outcomeNote: PHRASES.outcomeNote });
    expect(parent.monitoring[0]).toMatchObject({ raisedBy: null, reviewOn: null, outcomeNote: null, concern: PHRASES.concern });
    expect(staff.family?.carers[0]?.contact).toEqual([`Mobile ${PHRASES.carerPhone}`, 'Email grace@example.org', `Address ${PHRASES.carerAddress}`]);
    expect(parent.family?.carers[0]).toMatchObject({ name: PHRASES.carer, contact: [], notes: null });
    expect(staff.professionals?.[0]).toMatchObject({ contact: [`Phone ${PHRASES.professionalPhone}`], notes: PHRASES.professionalNote });
    expect(parent.professionals?.[0]).toMatchObject({ name: PHRASES.professional, contact: [], notes: null });
  });

  it('speaks plainly to a parent: no codes, what the status means, the pupil by name', () => {
    const view = pupilSummaryView(pupilFile(), parentOptions);
    expect(view.status.label).toBe('SEN support');
    expect(view.status.meaning).toMatch(/^Ava gets SEN support: help that is extra to/);
    expect(view.needs.map((n) => [n.rank, n.need])).toEqual([
      ['Main need', 'Speech, language and communication needs'],
      ['Also', 'Specific learning difficulty (for example dyslexia or dyscalculia)'],
    ]);
    expect(view.statusHistory[1]?.consulted).toBe('class teacher, parents or carers, Ava');
    expect(JSON.stringify(view)).not.toMatch(/\b(SLCN|SPLD|NSA) –/);
  });

  it('shows only the parents and carers in force: no archived contact, no earlier version', () => {
    const carers = pupilSummaryView(pupilFile(), { ...staffOptions, include: ['family-social-care'] }).family?.carers;
    expect(carers?.map((c) => c.name)).toEqual([PHRASES.carer]);
  });

  it('uses the name the pupil goes by in the text, and gives the legal name too', () => {
    const file = pupilFile();
    file.pupil.legalForename = 'Avaline';
    file.pupil.preferredForename = 'Ava';
    const view = pupilSummaryView(file, parentOptions);
    expect(view.pupil).toMatchObject({ name: 'Avaline Okonjo', knownAs: 'Ava Okonjo', forename: 'Ava' });
  });

  it('counts a pupil with no open status as no SEN, with no date', () => {
    const file = pupilFile();
    file.senStatuses = [];
    file.senNeeds = [];
    expect(pupilSummaryView(file, staffOptions).status).toEqual({ label: 'No SEN', since: null, meaning: null });
    expect(visibleText(summary(staffOptions, file))).toContain('No SEN status has been recorded.');
  });

  it('refuses a file holding another pupil’s record rather than print it', () => {
    const file = pupilFile();
    file.senNeeds[0]!.pupilId = 'pupil-someone-else';
    expect(() => pupilSummaryView(file, staffOptions)).toThrow(/another pupil/);
  });

  it('refuses a section it does not know rather than guess', () => {
    expect(() => pupilSummaryView(pupilFile(), { ...staffOptions, include: ['safeguarding' as never] })).toThrow(/no section "safeguarding"/);
    expect(() => pupilSummaryDocumentKinds({ include: ['pupil-costs' as never] })).toThrow(/no section/);
  });
});

describe('pupilSummaryDocumentKinds', () => {
  it.each<[OptionalSummarySection[] | undefined, string[]]>([
    [undefined, ['sen-record']],
    [[], ['sen-record']],
    [['health'], ['sen-record', 'health']],
    [['family-social-care'], ['sen-record', 'family-social-care']],
    [['third-party-report'], ['sen-record', 'third-party-report']],
    [['third-party-report', 'health', 'health'], ['sen-record', 'health', 'third-party-report']],
    [['health', 'family-social-care', 'third-party-report'], ['sen-record', 'health', 'family-social-care', 'third-party-report']],
  ])('%j → %j', (include, kinds) => {
    expect(pupilSummaryDocumentKinds(include === undefined ? {} : { include })).toEqual(kinds);
    // The view says it holds exactly those sections.
    expect(['sen-record', ...pupilSummaryView(pupilFile(), { ...staffOptions, ...(include ? { include } : {}) }).included]).toEqual(kinds);
  });
});

const SEN_RECORD = [
  'Pupil details', 'Date of birth 14 March 2016', 'Year Year 5', 'Class 5H', 'UPN R201100018042',
  'SEN status now', 'Status SEN support Since 6 January 2025',
  'SLCN – Speech, language and communication needs', 'Communication and interaction',
  'SEN chronology', '6 January 2025 – now', '16 December 2024', PHRASES.decidedBy, PHRASES.statusNote,
  'Monitoring (a concern, not on the register)', PHRASES.concern, 'Moved to SEN support',
  'One-page profile', PHRASES.profile, 'Written 1 March 2025 with Ava, her mum and Miss Lee',
];
const HEALTH = ['Health', PHRASES.medical];
const FAMILY = ['Family and social care', PHRASES.carer, 'Mother', PHRASES.carerPhone, PHRASES.contactNote, 'Looked after by a local authority No', 'Previously looked after Yes'];
const PROFESSIONALS = ['Professionals involved', `Speech and language therapist: ${PHRASES.professional}`, PHRASES.professionalNote, '3 February 2025 – now'];

describe('the summary page: sections present only when asked for', () => {
  it.each<[string, OptionalSummarySection[], string[][], string[][]]>([
    ['the SEN record alone', [], [SEN_RECORD], [HEALTH.slice(1), FAMILY, PROFESSIONALS]],
    ['with health', ['health'], [SEN_RECORD, HEALTH], [FAMILY, PROFESSIONALS]],
    ['with family and social care', ['family-social-care'], [SEN_RECORD, FAMILY], [HEALTH.slice(1), PROFESSIONALS]],
    ['with other professionals', ['third-party-report'], [SEN_RECORD, PROFESSIONALS], [HEALTH.slice(1), FAMILY]],
    ['with everything', ['health', 'family-social-care', 'third-party-report'], [SEN_RECORD, HEALTH, FAMILY, PROFESSIONALS], []],
  ])('%s', (_name, include, present, absent) => {
    const text = visibleText(summary({ ...staffOptions, include }));
    for (const words of present.flat()) expect(text).toContain(words);
    for (const words of absent.flat()) expect(text).not.toContain(words);
  });

  it('never prints an archived contact, an earlier contact version or an earlier profile', () => {
    const text = visibleText(summary({ ...staffOptions, include: ['family-social-care'] }));
    expect(text).not.toContain('Removed Contact');
    expect(text).not.toContain('Grace Okonjo-Old');
    expect(text).not.toContain('An older profile');
  });

  it('leaves out the monitoring section when the pupil was never monitored', () => {
    const file = pupilFile();
    file.monitoring = [];
    const page = summary(staffOptions, file);
    expect(page).not.toContain('id="monitoring"');
    expect(visibleText(page)).not.toMatch(/monitoring/i);
  });
});

describe('the summary page for a parent', () => {
  const all: OptionalSummarySection[] = ['health', 'family-social-care', 'third-party-report'];
  const text = visibleText(summary({ ...parentOptions, include: all }));

  it.each([
    ['the plain status meaning', 'Ava gets SEN support: help that is extra to'],
    ['plain headings', 'Ava’s needs'],
    ['the history', 'History of Ava’s SEN'],
    ['monitoring in plain words', 'When the school kept a closer eye on Ava’s progress'],
    ['the profile', 'About Ava (one-page profile)'],
    ['the family heading', 'Family'],
    ['other professionals', `Other professionals who work with Ava Speech and language therapist: ${PHRASES.professional}`],
    ['the recipient', 'Prepared for: Grace Okonjo (parent)'],
    ['the confidential marking', 'CONFIDENTIAL: this is about Ava. Please keep it somewhere safe.'],
  ])('says %s', (_name, words) => {
    expect(text).toContain(words);
  });

  it.each([
    ['internal notes', [PHRASES.statusNote, PHRASES.outcomeNote, PHRASES.contactNote, PHRASES.professionalNote]],
    ['who decided or raised a concern', [PHRASES.decidedBy, 'Mr Tom Hughes']],
    ['phone numbers and addresses', [PHRASES.carerPhone, PHRASES.carerAddress, PHRASES.professionalPhone, 'grace@example.org']],
    ['census codes', ['SLCN', 'SPLD', 'NSA']],
    ['costs', ['£', 'cost']],
  ])('leaves out %s', (_name, words) => {
    for (const word of words) expect(text).not.toContain(word);
  });
});

describe('the summary page frame', () => {
  it('has a clear title, a recipient line and CONFIDENTIAL as in its footer', () => {
    const page = summary();
    expect(page).toContain('<title>SEN summary: Ava Okonjo</title>');
    expect(page).toContain('<h1>SEN summary: Ava Okonjo</h1>');
    expect(page).toContain('<p class="recipient">Prepared for: Mr Ben Adams (class teacher)</p>');
    expect(visibleText(page)).toContain('CONFIDENTIAL: a pupil’s SEN record.');
    expect(page).toContain('@bottom-left { content: "CONFIDENTIAL";');
    expect(page).toContain('@bottom-center { content: "Printed by Helen Carter on 29 November 2026 at 2:05pm";');
    expect(page).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=|https?:/i);
  });

  it('passes the DEMO marking through to the title, the margin, the watermark and the page', () => {
    const view = pupilSummaryView(pupilFile(), staffOptions);
    const demo = renderPupilSummary(view, { ...frame, demo: true });
    expect(pupilSummaryPage(view, { ...frame, demo: true }).demo).toBe(true);
    expect(demo).toContain('<title>DEMO – SEN summary: Ava Okonjo</title>');
    expect(demo).toContain('@top-center { content: "DEMO \\2014  not a real school";');
    expect(demo).toContain('<div class="demo-watermark" aria-hidden="true">DEMO</div>');
    expect(visibleText(demo)).toContain('DEMO — not a real school: this summary is of a made-up pupil.');
    for (const real of [renderPupilSummary(view, frame), renderPupilSummary(view, { ...frame, demo: false })]) {
      expect(visibleText(real)).not.toMatch(/demo/i);
      expect(real).not.toContain('@top-center');
      expect(real).not.toContain('class="demo-watermark"');
    }
  });

  it.each<[string, (file: ReturnType<typeof pupilFile>) => void, Partial<PupilSummaryOptions>]>([
    ['a forename', (f) => (f.pupil.legalForename = '<script>alert(1)</script>'), {}],
    ['a surname with quotes', (f) => (f.pupil.legalSurname = 'O"Brien\' <img src=x onerror=alert(1)>'), {}],
    ['a class', (f) => (f.pupil.className = '</style><script>x</script>'), {}],
    ['a concern', (f) => (f.monitoring[0]!.reason = '<iframe src="http://evil.invalid">'), {}],
    ['a profile', (f) => (f.profiles[0]!.howToSupport = '<a href="http://evil.invalid">click</a>'), {}],
    ['the recipient', () => undefined, { preparedFor: '"><script>x</script>' }],
    ['a carer', (f) => (f.contacts[0]!.versions[0]!.name = '<script>x</script>'), { include: ['family-social-care'] }],
    ['medical notes', (f) => (f.pupil.medicalNotes = '<script>x</script>'), { include: ['health'] }],
    ['a professional', (f) => (f.involvements[0]!.versions[0]!.service = '<object data=x>'), { include: ['third-party-report'] }],
  ])('escapes %s', (_name, change, options) => {
    const file = pupilFile();
    change(file);
    const page = summary({ ...staffOptions, ...options }, file);
    expect(page).not.toMatch(/<script|<img|<iframe|<a |<object/i);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('keeps a hostile name as text the reader can see, in the title too', () => {
    const file = pupilFile();
    file.pupil.legalForename = '<script>alert("x")</script>';
    const page = summary(staffOptions, file);
    expect(page).toContain('<title>SEN summary: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Okonjo</title>');
    expect(visibleText(page)).toContain('Name <script>alert("x")</script> Okonjo');
  });

  it('is pure: the same file and options give the same page', () => {
    expect(summary()).toBe(summary());
  });
});
