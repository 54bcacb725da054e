import type { Migration } from '../migrate';

/**
 * The people around a pupil and the pupil's one-page profile. Nothing is
 * ever lost (DESIGN.md, Records): a contact or an involvement is a series of
 * versions, inserted and never changed; a contact leaves by an archived
 * version, an involvement by a version with its end date. Profiles are
 * insert-only. The triggers refuse any UPDATE or DELETE, so even a tool
 * with the key cannot quietly rewrite what the school recorded.
 */
export const peopleAndProfile: Migration = {
  version: 4,
  name: '004-people-and-profile',
  up(db) {
    db.exec(`
      CREATE TABLE contact_version (
        contact_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        name TEXT NOT NULL,
        relationship TEXT NOT NULL,
        parental_responsibility INTEGER NOT NULL CHECK (parental_responsibility IN (0, 1)),
        mobile_phone TEXT,
        home_phone TEXT,
        work_phone TEXT,
        email TEXT,
        address TEXT,
        lives_with_pupil INTEGER NOT NULL CHECK (lives_with_pupil IN (0, 1)),
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 9),
        notes TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (contact_id, version)
      ) STRICT;
      CREATE INDEX contact_version_pupil ON contact_version (pupil_id, contact_id, version);
      CREATE TRIGGER contact_version_kept BEFORE UPDATE ON contact_version
      BEGIN SELECT RAISE(ABORT, 'Contact versions are kept: save a new version instead.'); END;
      CREATE TRIGGER contact_version_never_deleted BEFORE DELETE ON contact_version
      BEGIN SELECT RAISE(ABORT, 'Contact versions are kept: archive the contact instead.'); END;

      CREATE TABLE involvement_version (
        involvement_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        role TEXT NOT NULL CHECK (role IN ('educational-psychologist', 'speech-and-language-therapist',
          'occupational-therapist', 'camhs', 'paediatrician', 'social-worker', 'other')),
        role_description TEXT,
        name TEXT NOT NULL,
        service TEXT,
        phone TEXT,
        email TEXT,
        start_date TEXT NOT NULL,
        end_date TEXT,
        notes TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (involvement_id, version),
        CHECK (role <> 'other' OR role_description IS NOT NULL),
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX involvement_version_pupil ON involvement_version (pupil_id, involvement_id, version);
      CREATE TRIGGER involvement_version_kept BEFORE UPDATE ON involvement_version
      BEGIN SELECT RAISE(ABORT, 'Involvement versions are kept: save a new version instead.'); END;
      CREATE TRIGGER involvement_version_never_deleted BEFORE DELETE ON involvement_version
      BEGIN SELECT RAISE(ABORT, 'Involvement versions are kept: end the involvement instead.'); END;

      -- One row per version of the profile, in the pupil's own words where possible.
      CREATE TABLE one_page_profile (
        id TEXT PRIMARY KEY,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        written_on TEXT NOT NULL,
        like_and_admire TEXT NOT NULL,
        important_to_me TEXT NOT NULL,
        how_to_support TEXT NOT NULL,
        contributors TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id)
      ) STRICT;
      CREATE INDEX one_page_profile_pupil ON one_page_profile (pupil_id, recorded_at);
      CREATE TRIGGER one_page_profile_kept BEFORE UPDATE ON one_page_profile
      BEGIN SELECT RAISE(ABORT, 'Profile versions are kept: write a new version instead.'); END;
      CREATE TRIGGER one_page_profile_never_deleted BEFORE DELETE ON one_page_profile
      BEGIN SELECT RAISE(ABORT, 'Profile versions are kept: they are never deleted.'); END;
    `);
  },
};
