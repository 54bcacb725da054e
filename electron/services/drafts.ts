import { discardDraft, getDraft, saveDraft } from '../db/repositories/drafts';
import type { SessionService } from './session';

type DraftData = Record<string, string | number | boolean | null>;

/**
 * Half-typed forms, kept inside the vault as they are typed so that a lock
 * (idle, screen lock, sleep) loses nothing. Each person sees only their own.
 * Not audited: a draft is not a record, and saving one happens every few keystrokes.
 */
export class DraftsService {
  constructor(private readonly session: SessionService) {}

  save(form: string, data: DraftData): void {
    const { db, user } = this.session.open();
    saveDraft(db, user.id, form, JSON.stringify(data), this.session.now().toISOString());
  }

  get(form: string): { data: DraftData; savedAt: string } | null {
    const { db, user } = this.session.open();
    const draft = getDraft(db, user.id, form);
    return draft ? { data: JSON.parse(draft.data) as DraftData, savedAt: draft.savedAt } : null;
  }

  discard(form: string): void {
    const { db, user } = this.session.open();
    discardDraft(db, user.id, form);
  }
}
