import type { Migration } from '../migrate';

/*
 * The lists are written out here, not taken from shared/domain/provision.ts: a
 * landed migration must mean the same thing for ever, whatever the code later
 * says. A new measure or area is a new migration.
 */
const areas = `'cognition-learning', 'semh', 'communication-interaction', 'sensory-physical'`;
const measures = `'standardised-score', 'reading-age', 'spelling-age', 'b-squared', 'engagement', 'custom'`;
const decisions = `'continue', 'stop', 'change'`;
const isoDate = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const optionalDate = (column: string) => `${column} IS NULL OR ${isoDate(column)}`;
const time = (column: string) => `${column} GLOB '[0-2][0-9]:[0-5][0-9]'`;
const measure = `measure_kind TEXT NOT NULL CHECK (measure_kind IN (${measures})),
        measure_name TEXT CHECK ((measure_kind = 'custom') = (measure_name IS NOT NULL))`;
/** An evaluation is all of its parts or none of them. */
const evaluation = `eval_decision TEXT CHECK (eval_decision IS NULL OR eval_decision IN (${decisions})),
        eval_reason TEXT CHECK ((eval_decision IS NULL) = (eval_reason IS NULL)),
        eval_date TEXT CHECK ((${optionalDate('eval_date')}) AND (eval_decision IS NULL) = (eval_date IS NULL))`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
const kept = (table: string, what: string, instead: string) => `
      CREATE TRIGGER ${table}_kept BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are kept: ${instead}'); END;
      CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are kept: they are never deleted.'); END;`;
const neverDeleted = (table: string, what: string, instead: string) => `
      CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${what} are never deleted: ${instead}'); END;`;

/**
 * Provision mapping (issue 6, REFERENCE.md §7).
 *
 * Records about pupils and what the school ran keep every version (DESIGN.md,
 * Records): a library entry, a group and a pupil's membership of a group are
 * each a series of versions, inserted and never changed or deleted; the
 * highest version is the one in force. A pupil who leaves a group and
 * re-joins has two memberships. A group version's staff and timetable are
 * rows of their own, written with it.
 *
 * The school's settings (staff roles and pay, costing templates, review
 * outcomes) change in place, but none is ever deleted, because groups and
 * memberships point at them: they are archived instead. The audit log keeps
 * who changed them.
 *
 * Money is whole pence; a template's rate a minute is stored in hundredths of
 * a penny so it stays an integer.
 */
export const provision: Migration = {
  version: 7,
  name: '007-provision',
  up(db) {
    db.exec(`
      CREATE TABLE staff_role (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        -- Unpriced until the SENCO sets it: costing says so rather than guessing.
        hourly_rate_pence INTEGER CHECK (hourly_rate_pence IS NULL OR hourly_rate_pence BETWEEN 0 AND 100000),
        position INTEGER NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX staff_role_name ON staff_role (lower(name));
      ${neverDeleted('staff_role', 'Staff roles', 'archive the role instead.')}
      INSERT INTO staff_role (id, name, hourly_rate_pence, position, archived, created_at) VALUES
        ('teacher', 'Teacher', NULL, 1, 0, ${now}),
        ('hlta', 'Higher level teaching assistant', NULL, 2, 0, ${now}),
        ('teaching-assistant', 'Teaching assistant', NULL, 3, 0, ${now}),
        ('senco', 'SENCO', NULL, 4, 0, ${now}),
        ('external-specialist', 'External specialist', NULL, 5, 0, ${now});

      CREATE TABLE costing_template (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        weeks_per_year INTEGER NOT NULL CHECK (weeks_per_year BETWEEN 1 AND 52),
        cap_per_pupil_per_provision_pence INTEGER CHECK (cap_per_pupil_per_provision_pence IS NULL
          OR cap_per_pupil_per_provision_pence >= 0),
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (built_in = 0 OR archived = 0)
      ) STRICT;
      CREATE UNIQUE INDEX costing_template_name ON costing_template (lower(name));
      ${neverDeleted('costing_template', 'Costing templates', 'archive the template instead.')}
      CREATE TRIGGER costing_template_built_in BEFORE UPDATE ON costing_template WHEN OLD.built_in = 1
      BEGIN SELECT RAISE(ABORT, 'The built-in costing template is not changed: add a template of your own.'); END;
      -- The built-in template prices no role itself: it uses the school's own hourly rates.
      INSERT INTO costing_template (id, name, weeks_per_year, cap_per_pupil_per_provision_pence, built_in, archived, created_at)
      VALUES ('default-38-weeks', 'School default (38 weeks)', 38, NULL, 1, 0, ${now});

      -- A template's rate a minute for a role, in hundredths of a penny: 3125 is £0.3125 a minute.
      -- Replaced as a whole when the template changes; the audit log keeps that it did.
      CREATE TABLE costing_template_rate (
        template_id TEXT NOT NULL REFERENCES costing_template (id),
        role_id TEXT NOT NULL REFERENCES staff_role (id),
        hundredths_per_minute INTEGER NOT NULL CHECK (hundredths_per_minute BETWEEN 0 AND 1000000),
        PRIMARY KEY (template_id, role_id)
      ) STRICT;

      -- The school's chosen template: one row.
      CREATE TABLE costing_choice (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        template_id TEXT NOT NULL REFERENCES costing_template (id)
      ) STRICT;
      INSERT INTO costing_choice (id, template_id) VALUES (1, 'default-38-weeks');
      CREATE TRIGGER costing_choice_kept BEFORE DELETE ON costing_choice
      BEGIN SELECT RAISE(ABORT, 'The school always has a costing template: choose another instead.'); END;

      CREATE TABLE review_outcome (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL CHECK (trim(label) <> ''),
        score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2),
        position INTEGER NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      ${neverDeleted('review_outcome', 'Review outcomes', 'archive the outcome instead.')}
      INSERT INTO review_outcome (id, label, score, position, archived, created_at) VALUES
        ('exceeded', 'Exceeded the intended outcome', 2, 1, 0, ${now}),
        ('met', 'Met the intended outcome', 1, 2, 0, ${now}),
        ('partly-met', 'Partly met the intended outcome', 0, 3, 0, ${now}),
        ('not-met', 'Did not meet the intended outcome', -1, 4, 0, ${now}),
        ('went-backwards', 'Went backwards', -2, 5, 0, ${now});

      CREATE TABLE provision_entry_version (
        entry_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        description TEXT NOT NULL,
        evidence TEXT NOT NULL,
        area TEXT NOT NULL CHECK (area IN (${areas})),
        wave INTEGER NOT NULL CHECK (wave IN (1, 2, 3)),
        default_role_id TEXT REFERENCES staff_role (id),
        group_size INTEGER NOT NULL CHECK (group_size BETWEEN 1 AND 60),
        sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 35),
        minutes_per_session INTEGER NOT NULL CHECK (minutes_per_session BETWEEN 1 AND 480),
        weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
        materials_pence INTEGER NOT NULL CHECK (materials_pence >= 0),
        licence_pence INTEGER NOT NULL CHECK (licence_pence >= 0),
        intended_outcome TEXT NOT NULL,
        ${measure},
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (entry_id, version)
      ) STRICT;
      ${kept('provision_entry_version', 'Library entry versions', 'save a new version instead.')}

      CREATE TABLE provision_group_version (
        group_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        -- The library entry it started from (any version of it); null for a group set up on its own.
        provision_id TEXT,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        area TEXT NOT NULL CHECK (area IN (${areas})),
        wave INTEGER NOT NULL CHECK (wave IN (1, 2, 3)),
        ${measure},
        intended_outcome TEXT NOT NULL,
        sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 35),
        minutes_per_session INTEGER NOT NULL CHECK (minutes_per_session BETWEEN 1 AND 480),
        weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 260),
        materials_pence INTEGER NOT NULL CHECK (materials_pence >= 0),
        licence_pence INTEGER NOT NULL CHECK (licence_pence >= 0),
        room TEXT NOT NULL,
        start_date TEXT NOT NULL CHECK (${isoDate('start_date')}),
        end_date TEXT CHECK (${optionalDate('end_date')}),
        ${evaluation},
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (group_id, version),
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      -- The whole-school map reads the groups overlapping a range of dates.
      CREATE INDEX provision_group_version_start ON provision_group_version (start_date, end_date);
      CREATE INDEX provision_group_version_end ON provision_group_version (end_date, start_date);
      CREATE INDEX provision_group_version_entry ON provision_group_version (provision_id) WHERE provision_id IS NOT NULL;
      ${kept('provision_group_version', 'Group versions', 'save a new version instead.')}

      CREATE TABLE provision_group_staff (
        group_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        role_id TEXT NOT NULL REFERENCES staff_role (id),
        PRIMARY KEY (group_id, version, position),
        FOREIGN KEY (group_id, version) REFERENCES provision_group_version (group_id, version)
      ) STRICT;
      ${kept('provision_group_staff', 'Group versions', 'save a new version instead.')}

      CREATE TABLE provision_group_slot (
        group_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 1),
        day TEXT NOT NULL CHECK (day IN ('mon', 'tue', 'wed', 'thu', 'fri')),
        start_time TEXT NOT NULL CHECK (${time('start_time')}),
        end_time TEXT NOT NULL CHECK (${time('end_time')} AND end_time > start_time),
        PRIMARY KEY (group_id, version, position),
        FOREIGN KEY (group_id, version) REFERENCES provision_group_version (group_id, version)
      ) STRICT;
      ${kept('provision_group_slot', 'Group versions', 'save a new version instead.')}

      CREATE TABLE provision_membership_version (
        membership_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        group_id TEXT NOT NULL,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        start_date TEXT NOT NULL CHECK (${isoDate('start_date')}),
        end_date TEXT CHECK (${optionalDate('end_date')}),
        entry_score REAL,
        entry_date TEXT CHECK (${optionalDate('entry_date')}),
        exit_score REAL,
        exit_date TEXT CHECK (${optionalDate('exit_date')}),
        review_outcome_id TEXT REFERENCES review_outcome (id),
        ${evaluation},
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (membership_id, version),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK ((entry_score IS NULL) = (entry_date IS NULL)),
        CHECK ((exit_score IS NULL) = (exit_date IS NULL)),
        CHECK (entry_date IS NULL OR exit_date IS NULL OR exit_date >= entry_date)
      ) STRICT;
      CREATE INDEX provision_membership_version_group ON provision_membership_version (group_id, membership_id, version);
      CREATE INDEX provision_membership_version_pupil ON provision_membership_version (pupil_id, membership_id, version);
      ${kept('provision_membership_version', 'Membership versions', 'save a new version instead.')}
    `);
  },
};
