import { normaliseUpn } from '../../../shared/rules/upn';
import { type Database, prepared } from '../database';

export type RecordSource = 'manual' | 'csv' | 'ctf' | 'demo';

/** A pupil's details as the school knows them; SEN status and needs live in their own dated tables. */
export interface PupilDetails {
  upn: string | null;
  formerUpn: string | null;
  uln: string | null;
  legalSurname: string;
  legalForename: string;
  preferredSurname: string | null;
  preferredForename: string | null;
  dateOfBirth: string;
  sex: 'M' | 'F' | null;
  ncYear: string | null;
  className: string | null;
  admissionDate: string | null;
  leavingDate: string | null;
  destinationSchool: string | null;
  eal: boolean;
  pupilPremium: boolean;
  fsm: boolean;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
  medicalNotes: string | null;
}

export interface Pupil extends PupilDetails {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface Recorded {
  at: string;
  by: string | null;
  source: RecordSource;
}

/** Yes/no facts, stored as 0 or 1. */
export type Flag = 'eal' | 'pupilPremium' | 'fsm' | 'lookedAfter' | 'previouslyLookedAfter';

/** A row read with the yes/no facts as booleans. */
export function withFlags<T extends Record<Flag, number>>(row: T): Omit<T, Flag> & Record<Flag, boolean> {
  return {
    ...row,
    eal: row.eal === 1,
    pupilPremium: row.pupilPremium === 1,
    fsm: row.fsm === 1,
    lookedAfter: row.lookedAfter === 1,
    previouslyLookedAfter: row.previouslyLookedAfter === 1,
  };
}

/** A pupil with nothing known yet but what a file or form supplies. */
export const blankPupilDetails: PupilDetails = {
  upn: null, formerUpn: null, uln: null, legalSurname: '', legalForename: '', preferredSurname: null,
  preferredForename: null, dateOfBirth: '', sex: null, ncYear: null, className: null, admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};

const columns = `id, upn, former_upn AS formerUpn, uln, legal_surname AS legalSurname, legal_forename AS legalForename,
  preferred_surname AS preferredSurname, preferred_forename AS preferredForename, date_of_birth AS dateOfBirth, sex,
  nc_year AS ncYear, class_name AS className, admission_date AS admissionDate, leaving_date AS leavingDate,
  destination_school AS destinationSchool, eal, pupil_premium AS pupilPremium, fsm, looked_after AS lookedAfter,
  previously_looked_after AS previouslyLookedAfter, medical_notes AS medicalNotes, revision,
  created_at AS createdAt, updated_at AS updatedAt`;

type Row = Omit<Pupil, Flag> & Record<Flag, number>;

const fromRow = (row: Row): Pupil => withFlags(row);

const bound = (details: PupilDetails) => ({
  ...details,
  eal: details.eal ? 1 : 0,
  pupilPremium: details.pupilPremium ? 1 : 0,
  fsm: details.fsm ? 1 : 0,
  lookedAfter: details.lookedAfter ? 1 : 0,
  previouslyLookedAfter: details.previouslyLookedAfter ? 1 : 0,
});

function addRevision(db: Database, id: string, revision: number, details: PupilDetails, recorded: Recorded): void {
  prepared(db, 
    `INSERT INTO pupil_revision (pupil_id, revision, data, source, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, revision, JSON.stringify(details), recorded.source, recorded.at, recorded.by);
}

export function insertPupil(db: Database, id: string, details: PupilDetails, recorded: Recorded): void {
  prepared(db, 
    `INSERT INTO pupil (id, upn, former_upn, uln, legal_surname, legal_forename, preferred_surname, preferred_forename,
       date_of_birth, sex, nc_year, class_name, admission_date, leaving_date, destination_school, eal, pupil_premium, fsm,
       looked_after, previously_looked_after, medical_notes, revision, created_at, updated_at)
     VALUES (@id, @upn, @formerUpn, @uln, @legalSurname, @legalForename, @preferredSurname, @preferredForename,
       @dateOfBirth, @sex, @ncYear, @className, @admissionDate, @leavingDate, @destinationSchool, @eal, @pupilPremium, @fsm,
       @lookedAfter, @previouslyLookedAfter, @medicalNotes, 1, @at, @at)`,
  ).run({ ...bound(details), id, at: recorded.at });
  addRevision(db, id, 1, details, recorded);
}

/** Writes the new details as the next revision; the earlier ones stay in pupil_revision. */
export function updatePupil(db: Database, id: string, details: PupilDetails, recorded: Recorded): number {
  const current = pupilById(db, id);
  if (!current) throw new Error('No such pupil.');
  const revision = current.revision + 1;
  prepared(db, 
    `UPDATE pupil SET upn = @upn, former_upn = @formerUpn, uln = @uln, legal_surname = @legalSurname,
       legal_forename = @legalForename, preferred_surname = @preferredSurname, preferred_forename = @preferredForename,
       date_of_birth = @dateOfBirth, sex = @sex, nc_year = @ncYear, class_name = @className,
       admission_date = @admissionDate, leaving_date = @leavingDate, destination_school = @destinationSchool, eal = @eal,
       pupil_premium = @pupilPremium, fsm = @fsm, looked_after = @lookedAfter,
       previously_looked_after = @previouslyLookedAfter, medical_notes = @medicalNotes, revision = @revision,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...bound(details), id, revision, at: recorded.at });
  addRevision(db, id, revision, details, recorded);
  return revision;
}

/** Every pupil's id by UPN as checkUpn reads it, leavers included: how imports match the pupils they update. */
export function pupilIdsByUpn(db: Database): Map<string, string> {
  const rows = prepared(db, 'SELECT id, upn FROM pupil WHERE upn IS NOT NULL').all() as { id: string; upn: string }[];
  return new Map(rows.map((row) => [normaliseUpn(row.upn), row.id]));
}

/** Just the details of a pupil record, as a revision stores them. */
export function detailsOf(pupil: Pupil): PupilDetails {
  const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...details } = pupil;
  return details;
}

export function pupilById(db: Database, id: string): Pupil | undefined {
  const row = prepared(db, `SELECT ${columns} FROM pupil WHERE id = ?`).get(id) as Row | undefined;
  return row && fromRow(row);
}

export function pupilRevisions(db: Database, id: string): { revision: number; details: PupilDetails; recorded: Recorded }[] {
  const rows = prepared(db, 
      `SELECT revision, data, source, recorded_at AS at, recorded_by AS "by" FROM pupil_revision
       WHERE pupil_id = ? ORDER BY revision`,
    )
    .all(id) as { revision: number; data: string; source: RecordSource; at: string; by: string | null }[];
  return rows.map((r) => ({ revision: r.revision, details: JSON.parse(r.data) as PupilDetails, recorded: { at: r.at, by: r.by, source: r.source } }));
}
