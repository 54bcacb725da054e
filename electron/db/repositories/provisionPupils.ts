import { type Database, prepared } from '../database';

/** What provision needs to know of a pupil: who, which year and class, and their SEN position now. */
export interface ProvisionPupilRow {
  id: string;
  /** Preferred forename (else legal) and preferred surname (else legal). */
  name: string;
  ncYear: string | null;
  className: string | null;
  admissionDate: string | null;
  leavingDate: string | null;
  /** The open SEN status code (E, K, N...), if any. */
  provision: string | null;
  /** Open needs, highest rank (1) first. */
  needTypes: string[];
}

/** Arrays, not objects: a whole-school map reads every pupil in provision. */
type Row = [
  id: string, name: string, ncYear: string | null, className: string | null, admissionDate: string | null,
  leavingDate: string | null, provision: string | null, needs: string | null,
];

/** These pupils (those that exist), in one statement whatever their number. */
export function provisionPupils(db: Database, ids: readonly string[]): ProvisionPupilRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(db,
    `SELECT p.id, coalesce(p.preferred_forename, p.legal_forename) || ' ' || coalesce(p.preferred_surname, p.legal_surname) AS name,
       p.nc_year AS ncYear, p.class_name AS className, p.admission_date AS admissionDate, p.leaving_date AS leavingDate,
       (SELECT s.provision FROM sen_status s WHERE s.pupil_id = p.id AND s.end_date IS NULL ORDER BY s.start_date DESC LIMIT 1) AS provision,
       (SELECT group_concat(need_type, ',') FROM
         (SELECT n.need_type FROM sen_need n WHERE n.pupil_id = p.id AND n.end_date IS NULL ORDER BY n.rank)) AS needs
     FROM pupil p WHERE p.id IN (SELECT value FROM json_each(?))`,
  ).raw(true).all(JSON.stringify([...new Set(ids)])) as Row[];
  return rows.map(([id, name, ncYear, className, admissionDate, leavingDate, provision, needs]) => ({
    id, name, ncYear, className, admissionDate, leavingDate, provision, needTypes: needs === null ? [] : needs.split(','),
  }));
}

export function provisionPupil(db: Database, id: string): ProvisionPupilRow | undefined {
  return provisionPupils(db, [id])[0];
}
