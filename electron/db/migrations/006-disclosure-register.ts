import type { Migration } from '../migrate';

/**
 * The disclosure register (REFERENCE.md §5): every decision of the gate on an
 * export attempt, refusals included. A row is what was asked for, about whom,
 * for whom, why, the decision per document with its basis and reason, who
 * approved it, and for an output: its kind, the file's base name (never the
 * folder, which can name a person) and the SHA-256 of the exact bytes. The
 * register is evidence: the triggers refuse any UPDATE or DELETE.
 */
export const disclosureRegister: Migration = {
  version: 6,
  name: '006-disclosure-register',
  up(db) {
    db.exec(`
      CREATE TABLE disclosure_register (
        id TEXT PRIMARY KEY,
        decided_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        requested_by TEXT NOT NULL REFERENCES staff_account (id),
        requester_role TEXT NOT NULL,
        recipient_kind TEXT NOT NULL,
        recipient_name TEXT,
        recipient_organisation TEXT,
        purpose TEXT NOT NULL,
        interests_reason TEXT,
        document_title TEXT NOT NULL,
        documents TEXT NOT NULL CHECK (json_valid(documents)),
        outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'needs-consent', 'needs-approval', 'refused')),
        approved_by TEXT REFERENCES staff_account (id),
        output_kind TEXT NOT NULL CHECK (output_kind IN ('pdf', 'csv', 'print', 'none')),
        file_name TEXT,
        sha256 TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        -- Only an allowed decision sends anything, and what is sent always has its hash.
        CHECK ((outcome = 'allowed') = (output_kind <> 'none')),
        CHECK ((output_kind = 'none') = (sha256 IS NULL))
      ) STRICT;
      CREATE INDEX disclosure_register_date ON disclosure_register (decided_on, recorded_at);
      CREATE INDEX disclosure_register_recipient ON disclosure_register (recipient_kind, decided_on);
      CREATE TRIGGER disclosure_register_kept BEFORE UPDATE ON disclosure_register
      BEGIN SELECT RAISE(ABORT, 'The disclosure register is never changed: record a new decision instead.'); END;
      CREATE TRIGGER disclosure_register_never_deleted BEFORE DELETE ON disclosure_register
      BEGIN SELECT RAISE(ABORT, 'The disclosure register is never deleted from.'); END;

      -- Whom each decision was about, to filter the register by pupil.
      CREATE TABLE disclosure_register_pupil (
        register_id TEXT NOT NULL REFERENCES disclosure_register (id),
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        PRIMARY KEY (register_id, pupil_id)
      ) STRICT;
      CREATE INDEX disclosure_register_pupil_by_pupil ON disclosure_register_pupil (pupil_id, register_id);
      CREATE TRIGGER disclosure_register_pupil_kept BEFORE UPDATE ON disclosure_register_pupil
      BEGIN SELECT RAISE(ABORT, 'The disclosure register is never changed: record a new decision instead.'); END;
      CREATE TRIGGER disclosure_register_pupil_never_deleted BEFORE DELETE ON disclosure_register_pupil
      BEGIN SELECT RAISE(ABORT, 'The disclosure register is never deleted from.'); END;

      -- Approvals slow down after wrong passphrases: the count since the last success is read by action.
      CREATE INDEX audit_log_action ON audit_log (action, seq);
    `);
  },
};
