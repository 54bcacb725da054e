import type {
  ImpactSheetInput,
  ProvisionDocument,
  PupilMapInput,
  SchoolMapInput,
} from '../../shared/contract/provisionMaps';
import type {
  Audience,
  ImpactSheetView,
  MapData,
  MapOptions,
  MapRange,
  PupilMapView,
  SchoolMapView,
} from '../../shared/domain/provisionMaps';
import { buildImpactSheet, buildPupilMap, buildSchoolMap } from '../../shared/rules/provisionMaps';
import { londonDate } from '../../shared/rules/schoolDate';
import { rangeLabel, schoolYearOf, termsOfSchoolYear } from '../../shared/rules/schoolTerms';
import { impactSheetOrientation, impactSheetPage } from '../documents/impactSheet';
import { isLandscape, printPage, type PrintedPage } from '../documents/page';
import type { ProvisionMapFrame } from '../documents/provisionMapPage';
import { pupilProvisionMapPage } from '../documents/pupilProvisionMap';
import { schoolProvisionMapPage } from '../documents/schoolProvisionMap';
import type { Database } from '../db/database';
import { databaseVersion } from '../db/repositories/databaseVersion';
import { groupMapData, pupilMapData, schoolMapData, schoolMapDataInSteps } from './provisionMapData';
import { AppFailure } from '../failure';
import type { Platform } from '../platform/platform';
import type { SessionService } from './session';

/**
 * The three provision maps (issue 6, item 5): main gathers the data, the pure
 * builders in shared/rules make the view model, and the same view model feeds
 * the screen and the printed document.
 *
 * Costs are decided here, whatever the window asks: only the SENCO, and only
 * for the staff audience, gets any money in a map (REFERENCE §5: pay never
 * leaves the school; the issue: costs hidden from every other role at the
 * service). A map read names pupils, so it is audited as a pupil file read is:
 * which map and whose, never what it showed.
 */
export class ProvisionMapsService {
  /**
   * The whole school's gathered data, kept between calls until anything in
   * the database changes: switching the grouping or the audience, or opening
   * the print dialog, builds from it without reading the database again. The
   * vault locking drops it.
   */
  private kept: { db: Database; scope: string; version: string; data: MapData } | null = null;

  constructor(
    private readonly session: SessionService,
    private readonly previews: Pick<Platform, 'previewDocument'>,
  ) {
    session.whenLocked(() => {
      this.kept = null;
    });
  }

  /**
   * Gathering the whole school's data and building the map are each some tens
   * of milliseconds at the reference school: main lets its event loop run
   * between the two, so neither holds the window up for the sum of both.
   */
  async school(input: SchoolMapInput): Promise<SchoolMapView> {
    await this.gatherInSteps(input.range);
    await letMainRun();
    return this.audited('school', null, () => this.schoolView(input).view);
  }

  pupil(input: PupilMapInput): PupilMapView {
    return this.audited('pupil', input.pupilId, () => this.pupilView(input));
  }

  impact(input: ImpactSheetInput): ImpactSheetView {
    return this.audited('impact', null, () => this.impactView(input));
  }

  /**
   * The print dialog's preview: the very HTML that would print, held for the
   * window's preview frame to load once, from the app's own origin with the
   * document's own policy (an inline frame would take the app's policy, which
   * refuses a document's inline styles).
   */
  preview(document: ProvisionDocument): { src: string; landscape: boolean } {
    return this.audited(document.kind === 'provision-map-school' ? 'school' : document.kind === 'provision-map-pupil' ? 'pupil' : 'impact', document.kind === 'provision-map-pupil' ? document.pupilId : null, () => {
      const prepared = this.prepare(document);
      const page = prepared.page({ printedBy: this.session.open().user.displayName, printedAt: this.session.now().toISOString(), demo: this.session.isDemo() });
      return { src: this.previews.previewDocument(printPage(page)), landscape: isLandscape(page) };
    });
  }

  /**
   * A map as the export service sends it: what it is about and names, whether
   * it carries money, and how to print it. Not audited here: the export
   * records the whole attempt itself.
   */
  prepare(document: ProvisionDocument): PreparedMap {
    switch (document.kind) {
      case 'provision-map-school': {
        const { view, data } = this.schoolView(document);
        // A meeting's copy names no one, but a group of one to four pupils can still point to them
        // (REFERENCE §5: statistics suppress cells under 5). Only a copy with no such group counts as
        // anonymised; any other identifies the pupils it counts, and goes as their records would.
        const smallGroup = view.cells.some((cell) => cell.entries.some((entry) => entry.pupilCount > 0 && entry.pupilCount < 5));
        const named = view.header.audience === 'staff' || smallGroup ? namedInSchoolMap(view, data, document.range) : [];
        return {
          title: `Whole-school provision map, ${view.grouping === 'year' ? 'by year group' : 'by area of need and wave'}, ${view.header.range.label}`,
          fileName: 'Whole-school provision map.pdf',
          aboutPupilId: null,
          namedPupilIds: named,
          pupilCostIds: (view.element3Candidates ?? []).map((c) => c.pupilId),
          schoolCosts: view.header.showCosts,
          audience: view.header.audience,
          page: (frame) => schoolProvisionMapPage(view, frame),
        };
      }
      case 'provision-map-pupil': {
        const view = this.pupilView(document);
        return {
          title: `Provision map of a pupil, ${view.header.range.label}`,
          fileName: 'Provision map.pdf',
          aboutPupilId: document.pupilId,
          namedPupilIds: [document.pupilId],
          pupilCostIds: view.costs ? [document.pupilId] : [],
          schoolCosts: false,
          audience: view.header.audience,
          page: (frame) => pupilProvisionMapPage(view, frame),
        };
      }
      case 'provision-impact': {
        const view = this.impactView(document);
        const named = [...new Set(view.pupils.map((p) => p.pupilId))];
        return {
          title: `Intervention impact sheet of a group (${named.length} ${named.length === 1 ? 'pupil' : 'pupils'})`,
          fileName: 'Intervention impact sheet.pdf',
          aboutPupilId: null,
          namedPupilIds: named,
          pupilCostIds: view.summary.cost ? named : [],
          schoolCosts: false,
          audience: view.header.audience,
          page: (frame) => {
            const page = impactSheetPage(view, frame);
            return { ...page, orientation: impactSheetOrientation(view) };
          },
        };
      }
    }
  }

  private schoolView(input: SchoolMapInput): { view: SchoolMapView; data: MapData } {
    const data = this.schoolData(input.range);
    return { view: buildSchoolMap(data, { ...this.options(input.range, input.audience), grouping: input.grouping }), data };
  }

  /** Fills `kept` as schoolData does, a part at a time; a change made meanwhile is read again when the map is built. */
  private async gatherInSteps({ from, to }: { from: string; to: string }): Promise<void> {
    const { db } = this.session.open();
    const viewerIsSenco = this.isSenco();
    const scope = `${from}|${to}|${viewerIsSenco}`;
    const version = databaseVersion(db);
    if (this.kept?.db === db && this.kept.scope === scope && this.kept.version === version) return;
    const data = await schoolMapDataInSteps(db, { from, to, viewerIsSenco }, letMainRun);
    // Locked meanwhile (open() throws) or opened again: keep nothing from the old connection.
    if (this.session.open().db !== db) return;
    this.kept = { db, scope, version, data };
  }

  private schoolData({ from, to }: { from: string; to: string }): MapData {
    const { db } = this.session.open();
    const viewerIsSenco = this.isSenco();
    const scope = `${from}|${to}|${viewerIsSenco}`;
    const version = databaseVersion(db);
    // A new connection (after the data key is rotated) counts its changes from nought again.
    if (this.kept?.db !== db || this.kept.scope !== scope || this.kept.version !== version) {
      this.kept = { db, scope, version, data: schoolMapData(db, { from, to, viewerIsSenco }) };
    }
    return this.kept.data;
  }

  private pupilView(input: PupilMapInput): PupilMapView {
    const { db } = this.session.open();
    const data = pupilMapData(db, input.pupilId, { viewerIsSenco: this.isSenco() });
    if (!data.pupils[input.pupilId]) throw new AppFailure('NOT_FOUND', 'That pupil is not in this school’s records.');
    return this.built(() => buildPupilMap(data, this.options(input.range, input.audience), input.pupilId));
  }

  /** A group's sheet covers its whole run: from its start to its end, or to today while it runs. */
  private impactView(input: ImpactSheetInput): ImpactSheetView {
    const { db } = this.session.open();
    const data: MapData = groupMapData(db, input.groupId, { viewerIsSenco: this.isSenco() });
    const group = data.groups.find((g) => g.id === input.groupId);
    if (!group) throw new AppFailure('NOT_FOUND', 'There is no such group.');
    const today = this.today();
    const to = group.endDate ?? (today < group.startDate ? group.startDate : today);
    return this.built(() => buildImpactSheet(data, this.options({ from: group.startDate, to }, input.audience), input.groupId));
  }

  private options(range: { from: string; to: string }, audience: Audience): MapOptions {
    return {
      range: mapRange(range.from, range.to),
      today: this.today(),
      audience,
      showCosts: audience === 'staff' && this.isSenco(),
    };
  }

  /** The builders refuse what cannot be made (a parent's copy of a group's sheet) with a RangeError: that is the person's input. */
  private built<T>(build: () => T): T {
    try {
      return build();
    } catch (error) {
      if (error instanceof RangeError) throw new AppFailure('INVALID_INPUT', error.message);
      throw error;
    }
  }

  private audited<T>(map: 'school' | 'pupil' | 'impact', pupilId: string | null, read: () => T): T {
    const { db } = this.session.open();
    const before = databaseVersion(db);
    const value = db.transaction(() => {
      const value = read();
      this.session.audit({ action: 'provision.map-read', ...(pupilId ? { subject: pupilId } : {}), detail: { map } });
      return value;
    })();
    // The audit row is this read's own change, not a change to what was gathered: keep it.
    if (this.kept?.db === db && this.kept.version === before) this.kept.version = databaseVersion(db);
    return value;
  }

  private isSenco(): boolean {
    return this.session.open().user.role === 'senco';
  }

  private today(): string {
    return londonDate(this.session.now());
  }
}

export interface PreparedMap {
  /** Plain words for the disclosure register. */
  title: string;
  fileName: string;
  /** The pupil a single pupil's map is about. */
  aboutPupilId: string | null;
  /** Every pupil the document names. */
  namedPupilIds: string[];
  /** Pupils whose own costs the document shows. */
  pupilCostIds: string[];
  /** Costs of groups and areas, worked out from staff pay. */
  schoolCosts: boolean;
  audience: Audience;
  page(frame: ProvisionMapFrame): PrintedPage;
}

/** Everyone a staff copy of the whole-school map names: the pupils of its groups in the range, and the element 3 list. */
function namedInSchoolMap(view: SchoolMapView, data: MapData, { from, to }: { from: string; to: string }): string[] {
  const inMap = new Set(view.cells.flatMap((c) => c.entries.map((e) => e.groupId)));
  const named = new Set(
    data.memberships
      .filter((m) => inMap.has(m.groupId) && m.startDate <= to && (m.endDate === null || m.endDate >= from))
      .map((m) => m.pupilId),
  );
  for (const candidate of view.element3Candidates ?? []) named.add(candidate.pupilId);
  return [...named];
}

/** A term reads as its name, a school year as its years, anything else as its dates. */
export function mapRange(from: string, to: string): MapRange {
  const year = schoolYearOf(from);
  if (year.from === from && year.to === to) return { from, to, label: `School year ${year.startYear} to ${year.startYear + 1}` };
  const term = termsOfSchoolYear(year.startYear).find((t) => t.from === from && t.to === to);
  return { from, to, label: term ? term.label : rangeLabel(from, to) };
}

/** Lets main's event loop run (input, other replies) before the next part of a long read. */
const letMainRun = () => new Promise<void>((resolve) => setImmediate(resolve));
