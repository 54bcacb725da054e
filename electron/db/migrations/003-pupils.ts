import type { Migration } from '../migrate';

/**
 * The SEND register. Chronology is kept, never overwritten (DESIGN.md,
 * Records): a pupil's details keep every revision; SEN status and needs are
 * dated rows where a change closes the open row and adds a new one. Each
 * row carries when it happened (a school date) apart from when it was
 * recorded (an instant) and by whom.
 */
export const pupils: Migration = {
  version: 3,
  name: '003-pupils',
  up(db) {
    db.exec(`
      CREATE TABLE pupil (
        id TEXT PRIMARY KEY,
        upn TEXT,
        former_upn TEXT,
        uln TEXT,
        legal_surname TEXT NOT NULL,
        legal_forename TEXT NOT NULL,
        preferred_surname TEXT,
        preferred_forename TEXT,
        date_of_birth TEXT NOT NULL,
        sex TEXT CHECK (sex IN ('M', 'F')),
        nc_year TEXT,
        class_name TEXT,
        admission_date TEXT,
        leaving_date TEXT,
        destination_school TEXT,
        eal INTEGER NOT NULL DEFAULT 0 CHECK (eal IN (0, 1)),
        pupil_premium INTEGER NOT NULL DEFAULT 0 CHECK (pupil_premium IN (0, 1)),
        fsm INTEGER NOT NULL DEFAULT 0 CHECK (fsm IN (0, 1)),
        looked_after INTEGER NOT NULL DEFAULT 0 CHECK (looked_after IN (0, 1)),
        previously_looked_after INTEGER NOT NULL DEFAULT 0 CHECK (previously_looked_after IN (0, 1)),
        -- Health information: special category data, shown and exported only where the basis covers it.
        medical_notes TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pupil_upn ON pupil (upn);
      CREATE INDEX pupil_current ON pupil (leaving_date, legal_surname, legal_forename);

      -- Every version of a pupil's details, the current one included.
      CREATE TABLE pupil_revision (
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        revision INTEGER NOT NULL,
        data TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'csv', 'ctf', 'demo')),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        PRIMARY KEY (pupil_id, revision)
      ) STRICT;

      CREATE TABLE sen_status (
        id TEXT PRIMARY KEY,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        provision TEXT NOT NULL CHECK (provision IN ('E', 'K', 'N', 'S', 'A', 'P')),
        start_date TEXT NOT NULL,
        end_date TEXT,
        decision_date TEXT,
        decided_by TEXT,
        consulted TEXT NOT NULL DEFAULT '[]',
        parents_informed_on TEXT,
        note TEXT,
        source TEXT NOT NULL CHECK (source IN ('manual', 'csv', 'ctf', 'demo')),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        CHECK (end_date IS NULL OR end_date >= start_date),
        -- Statements, School Action and School Action Plus ended in 2014-2018: kept as history only.
        CHECK (provision NOT IN ('S', 'A', 'P') OR end_date IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX sen_status_one_open ON sen_status (pupil_id) WHERE end_date IS NULL;
      CREATE INDEX sen_status_pupil ON sen_status (pupil_id, start_date);

      -- A status row changes once: when it is closed. Anything else would rewrite history.
      CREATE TRIGGER sen_status_history_kept BEFORE UPDATE ON sen_status
      WHEN OLD.end_date IS NOT NULL
        OR NEW.id IS NOT OLD.id OR NEW.pupil_id IS NOT OLD.pupil_id OR NEW.provision IS NOT OLD.provision
        OR NEW.start_date IS NOT OLD.start_date OR NEW.decision_date IS NOT OLD.decision_date
        OR NEW.decided_by IS NOT OLD.decided_by OR NEW.consulted IS NOT OLD.consulted
        OR NEW.parents_informed_on IS NOT OLD.parents_informed_on OR NEW.note IS NOT OLD.note
        OR NEW.source IS NOT OLD.source OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
      BEGIN SELECT RAISE(ABORT, 'SEN status history is kept: close the open status and add a new one.'); END;
      CREATE TRIGGER sen_status_never_deleted BEFORE DELETE ON sen_status
      BEGIN SELECT RAISE(ABORT, 'SEN status history is kept: it is never deleted.'); END;

      CREATE TABLE sen_need (
        id TEXT PRIMARY KEY,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        need_type TEXT NOT NULL CHECK (need_type IN
          ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'ASD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA', 'DS')),
        rank INTEGER NOT NULL CHECK (rank >= 1),
        start_date TEXT NOT NULL,
        end_date TEXT,
        source TEXT NOT NULL CHECK (source IN ('manual', 'csv', 'ctf', 'demo')),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE UNIQUE INDEX sen_need_open_rank ON sen_need (pupil_id, rank) WHERE end_date IS NULL;
      CREATE INDEX sen_need_type ON sen_need (need_type) WHERE end_date IS NULL;
      CREATE TRIGGER sen_need_never_deleted BEFORE DELETE ON sen_need
      BEGIN SELECT RAISE(ABORT, 'SEN needs are kept: end a need instead.'); END;

      CREATE TABLE monitoring (
        id TEXT PRIMARY KEY,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        reason TEXT NOT NULL,
        added_on TEXT NOT NULL,
        raised_by TEXT NOT NULL,
        review_on TEXT,
        closed_on TEXT,
        outcome TEXT CHECK (outcome IN ('moved-to-sen-support', 'closed')),
        outcome_note TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        CHECK ((closed_on IS NULL) = (outcome IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX monitoring_one_open ON monitoring (pupil_id) WHERE closed_on IS NULL;
    `);
  },
};
