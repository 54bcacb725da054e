import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftData } from '../api';
import { noteFormOpened } from './draftSession';

/** Long enough not to call main on every keystroke, short enough that a lock loses at most a word. */
export const DRAFT_DEBOUNCE_MS = 500;

export interface DraftControls {
  /** A draft saved earlier, waiting for the person to restore or discard it. */
  offer: Draft | null;
  /** True when the draft comes from before the vault last locked (not from this sign-in). */
  offerFromBeforeLock: boolean;
  /** Puts the offered values back into the form (through `onRestore`) and keeps saving from there. */
  restore(): void;
  /** Throws the offered draft away. */
  discard(): void;
  /** Saves now, e.g. when a field loses focus. */
  flush(): void;
  /** The form was sent or cancelled: the draft is no longer needed. */
  clear(): void;
}

/**
 * Keeps what someone types in a form inside the vault, so that an idle lock
 * loses nothing. Give it only fields that are safe to store: never a
 * passphrase. While an old draft is on offer nothing is saved, so it is not
 * overwritten before the person has chosen.
 *
 *   const draft = useDraft('accounts.add', { name, role }, isEmpty, (data) => setValues(...));
 */
export function useDraft<V extends DraftData>(
  form: string,
  values: V,
  isEmpty: (values: V) => boolean,
  onRestore: (data: DraftData) => void,
): DraftControls {
  const [offer, setOffer] = useState<Draft | null>(null);
  const [fromBeforeLock] = useState(() => !noteFormOpened(form));
  const [ready, setReady] = useState(false);
  const latest = useRef({ values, isEmpty, onRestore });
  latest.current = { values, isEmpty, onRestore };
  const saved = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // Once the form is sent or cancelled nothing may save again: the form's own blur as it leaves the page
  // (or a timer already running) would otherwise put back the draft just cleared.
  const closed = useRef(false);

  useEffect(() => {
    let live = true;
    const settle = (found: Draft | null) => {
      if (!live) return;
      setOffer(found);
      setReady(true);
    };
    window.senco.drafts.get({ form }).then((result) => settle(result.ok ? result.value : null), () => settle(null));
    return () => {
      live = false;
    };
  }, [form]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (closed.current) return;
    const { values: now, isEmpty: empty } = latest.current;
    const text = empty(now) ? null : JSON.stringify(now);
    if (text === saved.current) return;
    saved.current = text;
    // Failures are quiet: a locked vault refuses, and the lock screen is already on its way.
    const call = text === null ? window.senco.drafts.discard({ form }) : window.senco.drafts.save({ form, data: now });
    void call.catch(() => undefined);
  }, [form]);

  const saving = ready && offer === null;
  // Keyed on the values' text, so a re-render with the same values does not restart the wait.
  const valuesKey = JSON.stringify(values);
  useEffect(() => {
    if (!saving) return undefined;
    timer.current = window.setTimeout(flush, DRAFT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer.current);
  }, [saving, valuesKey, flush]);

  const restore = useCallback(() => {
    if (offer) latest.current.onRestore(offer.data);
    setOffer(null);
  }, [offer]);

  const discard = useCallback(() => {
    setOffer(null);
    saved.current = null;
    void window.senco.drafts.discard({ form }).catch(() => undefined);
  }, [form]);

  const clear = useCallback(() => {
    closed.current = true;
    window.clearTimeout(timer.current);
    setReady(false);
    saved.current = null;
    void window.senco.drafts.discard({ form }).catch(() => undefined);
  }, [form]);

  return { offer, offerFromBeforeLock: fromBeforeLock, restore, discard, flush: saving ? flush : noop, clear };
}

function noop(): void {}
