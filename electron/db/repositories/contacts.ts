import { type Database, prepared } from '../database';

/** A parent or carer as one version records them. */
export interface ContactFields {
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  mobilePhone: string | null;
  homePhone: string | null;
  workPhone: string | null;
  email: string | null;
  address: string | null;
  livesWithPupil: boolean;
  priority: number;
  notes: string | null;
}

export interface ContactVersion extends ContactFields {
  version: number;
  archived: boolean;
  recorded: { at: string; by: string | null };
}

export interface ContactRecord {
  id: string;
  /** Newest first: the first is the version in force. */
  versions: ContactVersion[];
}

const columns = `contact_id AS id, version, name, relationship, parental_responsibility AS parentalResponsibility,
  mobile_phone AS mobilePhone, home_phone AS homePhone, work_phone AS workPhone, email, address,
  lives_with_pupil AS livesWithPupil, priority, notes, archived, recorded_at AS at, recorded_by AS "by"`;

type Row = Omit<ContactVersion, 'parentalResponsibility' | 'livesWithPupil' | 'archived' | 'recorded'> & {
  id: string;
  parentalResponsibility: number;
  livesWithPupil: number;
  archived: number;
  at: string;
  by: string | null;
};

const fromRow = ({ id: _id, at, by, ...row }: Row): ContactVersion => ({
  ...row,
  parentalResponsibility: row.parentalResponsibility === 1,
  livesWithPupil: row.livesWithPupil === 1,
  archived: row.archived === 1,
  recorded: { at, by },
});

export function insertContactVersion(
  db: Database,
  row: { contactId: string; pupilId: string; version: number; archived: boolean; contact: ContactFields; at: string; by: string | null },
): void {
  const { contact } = row;
  prepared(db,
    `INSERT INTO contact_version (contact_id, version, pupil_id, name, relationship, parental_responsibility, mobile_phone,
       home_phone, work_phone, email, address, lives_with_pupil, priority, notes, archived, recorded_at, recorded_by)
     VALUES (@contactId, @version, @pupilId, @name, @relationship, @parentalResponsibility, @mobilePhone, @homePhone,
       @workPhone, @email, @address, @livesWithPupil, @priority, @notes, @archived, @at, @by)`,
  ).run({
    ...contact,
    contactId: row.contactId,
    version: row.version,
    pupilId: row.pupilId,
    parentalResponsibility: contact.parentalResponsibility ? 1 : 0,
    livesWithPupil: contact.livesWithPupil ? 1 : 0,
    archived: row.archived ? 1 : 0,
    at: row.at,
    by: row.by,
  });
}

/** The version in force of one of this pupil's contacts; undefined when the pupil has no such contact. */
export function latestContact(db: Database, pupilId: string, contactId: string): ContactVersion | undefined {
  const row = prepared(db,
    `SELECT ${columns} FROM contact_version WHERE pupil_id = ? AND contact_id = ? ORDER BY version DESC LIMIT 1`,
  ).get(pupilId, contactId) as Row | undefined;
  return row && fromRow(row);
}

/** Every contact of the pupil with all its versions: current ones by contact order, archived ones last. */
export function pupilContacts(db: Database, pupilId: string): ContactRecord[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM contact_version WHERE pupil_id = ? ORDER BY contact_id, version DESC`,
  ).all(pupilId) as Row[];
  const byId = new Map<string, ContactVersion[]>();
  for (const row of rows) {
    const versions = byId.get(row.id) ?? [];
    versions.push(fromRow(row));
    byId.set(row.id, versions);
  }
  const records = [...byId].map(([id, versions]) => ({ id, versions }));
  const key = (r: ContactRecord) => r.versions[0] as ContactVersion;
  return records.sort(
    (a, b) =>
      Number(key(a).archived) - Number(key(b).archived) ||
      key(a).priority - key(b).priority ||
      key(a).name.localeCompare(key(b).name),
  );
}
