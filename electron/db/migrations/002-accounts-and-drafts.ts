import type { Migration } from '../migrate';

/**
 * Staff accounts that can be removed (never deleted: the audit log names
 * them), accounts whose passphrase was lost when the vault moved laptop,
 * the recovery-kit confirmation, and drafts of unsaved forms.
 */
export const accountsAndDrafts: Migration = {
  version: 2,
  name: '002-accounts-and-drafts',
  up(db) {
    db.exec(`
      ALTER TABLE staff_account ADD COLUMN removed_at TEXT;
      ALTER TABLE staff_account ADD COLUMN needs_new_passphrase INTEGER NOT NULL DEFAULT 0
        CHECK (needs_new_passphrase IN (0, 1));
      ALTER TABLE staff_account ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      UPDATE staff_account SET name_key = lower(trim(display_name));
      CREATE UNIQUE INDEX staff_account_active_name ON staff_account (name_key) WHERE removed_at IS NULL;

      ALTER TABLE school ADD COLUMN recovery_confirmed_at TEXT;

      CREATE TABLE draft (
        account_id TEXT NOT NULL REFERENCES staff_account (id),
        form TEXT NOT NULL,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (account_id, form)
      ) STRICT;
    `);
  },
};
