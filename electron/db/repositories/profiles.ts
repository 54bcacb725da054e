import { type Database, prepared } from '../database';

/** The one-page profile: what people like about the pupil, what matters to them, how to support them. */
export interface ProfileFields {
  writtenOn: string;
  likeAndAdmire: string;
  importantToMe: string;
  howToSupport: string;
  contributors: string;
}

export interface ProfileVersion extends ProfileFields {
  id: string;
  recorded: { at: string; by: string | null };
}

const columns = `id, written_on AS writtenOn, like_and_admire AS likeAndAdmire, important_to_me AS importantToMe,
  how_to_support AS howToSupport, contributors, recorded_at AS at, recorded_by AS "by"`;

type Row = Omit<ProfileVersion, 'recorded'> & { at: string; by: string | null };

export function insertProfile(db: Database, row: { id: string; pupilId: string; profile: ProfileFields; at: string; by: string | null }): void {
  prepared(db,
    `INSERT INTO one_page_profile (id, pupil_id, written_on, like_and_admire, important_to_me, how_to_support, contributors,
       recorded_at, recorded_by)
     VALUES (@id, @pupilId, @writtenOn, @likeAndAdmire, @importantToMe, @howToSupport, @contributors, @at, @by)`,
  ).run({ ...row.profile, id: row.id, pupilId: row.pupilId, at: row.at, by: row.by });
}

/** Every version, newest first: the first is the profile in use. */
export function pupilProfiles(db: Database, pupilId: string): ProfileVersion[] {
  // rowid breaks a tie between two versions saved in the same millisecond.
  const rows = prepared(db, `SELECT ${columns} FROM one_page_profile WHERE pupil_id = ? ORDER BY recorded_at DESC, rowid DESC`)
    .all(pupilId) as Row[];
  return rows.map(({ at, by, ...row }) => ({ ...row, recorded: { at, by } }));
}
