import { parseRecoveryKey, RECOVERY_KEY_GROUPS } from '../../../../shared/rules/recoveryKey';

export interface TypedKey {
  /** The groups typed so far, as the kit prints them (separators dropped, upper case). */
  groups: string[];
  /** Groups the check characters say are wrong (1-based): only known once all 65 characters are in. */
  badGroups: number[];
  /** The parser's advice, once the key is complete and wrong; null while typing or when it looks right. */
  problem: string | null;
  complete: boolean;
  looksRight: boolean;
}

/**
 * Live feedback while the key is typed. It never blocks: main checks the key
 * again and decides. Until all 13 groups are in, only the count is shown,
 * because "wrong" would be unfair to someone still typing.
 */
export function readTypedKey(text: string): TypedKey {
  const compact = text.replace(/[\s\p{Pd}]/gu, '').toUpperCase();
  const groups = compact.match(/.{1,5}/g)?.slice(0, RECOVERY_KEY_GROUPS + 2) ?? [];
  const complete = compact.length >= RECOVERY_KEY_GROUPS * 5;
  if (!complete) return { groups, badGroups: [], problem: null, complete, looksRight: false };
  const parsed = parseRecoveryKey(text);
  return parsed.ok
    ? { groups, badGroups: [], problem: null, complete, looksRight: true }
    : { groups, badGroups: parsed.badGroups, problem: parsed.message, complete, looksRight: false };
}
