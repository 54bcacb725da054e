import type { Migration } from '../migrate';

/*
 * The lists are written out here, not taken from shared/rules/consent.ts: a
 * landed migration must mean the same thing for ever, whatever the code
 * later says. A new consentable kind is a new migration.
 */
const recipients = `'la-sen-team', 'next-school-head', 'social-care-authority', 'send-tribunal', 'secretary-of-state', 'court',
  'ombudsman', 'ofsted', 'other'`;
const documents = `'ehc-plan', 'sen-record', 'provision-map', 'health', 'family-social-care', 'third-party-report'`;
const isoDate = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const kindList = (column: string) =>
  `json_valid(${column}) AND json_type(${column}) = 'array' AND json_array_length(${column}) >= 1`;

/**
 * The consent register (REFERENCE.md §5): who agreed to share which records
 * with whom, how, from when and until when. A consent is never changed or
 * deleted (DESIGN.md, Records). Its one change is its withdrawal, recorded
 * once, with the date, the reason and who recorded it; the row keeps what was
 * given, so the register shows what counted on any past day.
 *
 * A parent must have parental responsibility (the stricter reading of "the
 * consent of the parents": see consentProblems in shared/rules/consent.ts),
 * so the table refuses a parent without it, and the pupil's own consent
 * carries no name, relationship or parental responsibility.
 */
export const consents: Migration = {
  version: 5,
  name: '005-consents',
  up(db) {
    db.exec(`
      CREATE TABLE consent (
        id TEXT PRIMARY KEY,
        pupil_id TEXT NOT NULL REFERENCES pupil (id),
        given_by TEXT NOT NULL CHECK (given_by IN ('parent', 'young-person')),
        giver_name TEXT,
        giver_relationship TEXT,
        parental_responsibility INTEGER CHECK (parental_responsibility IN (0, 1)),
        given_on TEXT NOT NULL CHECK (${isoDate('given_on')}),
        how TEXT NOT NULL CHECK (how IN ('written', 'verbal')),
        evidence TEXT NOT NULL CHECK (trim(evidence) <> ''),
        recipient_kinds TEXT NOT NULL CHECK (${kindList('recipient_kinds')}),
        recipient_name TEXT,
        recipient_organisation TEXT,
        document_kinds TEXT NOT NULL CHECK (${kindList('document_kinds')}),
        expires_on TEXT CHECK (expires_on IS NULL OR (${isoDate('expires_on')} AND expires_on >= given_on)),
        note TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT REFERENCES staff_account (id),
        withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR (${isoDate('withdrawn_on')} AND withdrawn_on >= given_on)),
        withdrawal_reason TEXT,
        withdrawal_recorded_at TEXT,
        withdrawal_recorded_by TEXT REFERENCES staff_account (id),
        CHECK (given_by <> 'parent' OR (giver_name IS NOT NULL AND giver_relationship IS NOT NULL AND parental_responsibility = 1)),
        CHECK (given_by <> 'young-person' OR (giver_name IS NULL AND giver_relationship IS NULL AND parental_responsibility IS NULL)),
        -- A withdrawal is all of its parts or none of them.
        CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL)
          AND (withdrawn_on IS NULL) = (withdrawal_recorded_at IS NULL)
          AND (withdrawn_on IS NULL) = (withdrawal_recorded_by IS NULL))
      ) STRICT;
      CREATE INDEX consent_pupil ON consent (pupil_id, given_on);

      -- CHECK cannot look inside a JSON array; a trigger can.
      CREATE TRIGGER consent_kinds_known BEFORE INSERT ON consent
      WHEN EXISTS (SELECT 1 FROM json_each(NEW.recipient_kinds) WHERE value NOT IN (${recipients}))
        OR EXISTS (SELECT 1 FROM json_each(NEW.document_kinds) WHERE value NOT IN (${documents}))
      BEGIN SELECT RAISE(ABORT, 'A consent names only recipients and records that consent can cover.'); END;

      -- The one UPDATE allowed: a withdrawal, on a consent not yet withdrawn, touching nothing else.
      CREATE TRIGGER consent_kept BEFORE UPDATE ON consent
      WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
        OR NEW.id IS NOT OLD.id OR NEW.pupil_id IS NOT OLD.pupil_id OR NEW.given_by IS NOT OLD.given_by
        OR NEW.giver_name IS NOT OLD.giver_name OR NEW.giver_relationship IS NOT OLD.giver_relationship
        OR NEW.parental_responsibility IS NOT OLD.parental_responsibility OR NEW.given_on IS NOT OLD.given_on
        OR NEW.how IS NOT OLD.how OR NEW.evidence IS NOT OLD.evidence OR NEW.recipient_kinds IS NOT OLD.recipient_kinds
        OR NEW.recipient_name IS NOT OLD.recipient_name OR NEW.recipient_organisation IS NOT OLD.recipient_organisation
        OR NEW.document_kinds IS NOT OLD.document_kinds OR NEW.expires_on IS NOT OLD.expires_on OR NEW.note IS NOT OLD.note
        OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
      BEGIN SELECT RAISE(ABORT, 'A consent is kept as it was given: it can only be withdrawn, once.'); END;
      CREATE TRIGGER consent_never_deleted BEFORE DELETE ON consent
      BEGIN SELECT RAISE(ABORT, 'Consents are kept: withdraw the consent instead.'); END;
    `);
  },
};
