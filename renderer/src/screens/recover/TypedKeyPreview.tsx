import { RECOVERY_KEY_GROUPS } from '../../../../shared/rules/recoveryKey';
import type { TypedKey } from './typedKey';

/**
 * What has been typed, laid out like the kit so it can be compared group by
 * group. Not a live region: it changes on every keystroke. The text area is
 * described by the summary line, which a screen reader hears on focus.
 */
export function TypedKeyPreview({ id, typed }: { id: string; typed: TypedKey }) {
  const count = Math.min(typed.groups.filter((g) => g.length === 5).length, RECOVERY_KEY_GROUPS);
  return (
    <div className="typed-key">
      <p id={id} className={typed.looksRight ? 'typed-key__summary is-right' : 'typed-key__summary'}>
        {typed.looksRight
          ? 'All 13 groups typed. The key looks right.'
          : typed.problem ?? `${count} of ${RECOVERY_KEY_GROUPS} groups typed.`}
      </p>
      <ol className="key-groups key-groups--small" aria-hidden="true">
        {Array.from({ length: RECOVERY_KEY_GROUPS }, (_, i) => {
          const bad = typed.badGroups.includes(i + 1);
          return (
            <li key={i} className={bad ? 'key-groups__item is-bad' : 'key-groups__item'}>
              <span className="key-groups__number">{i + 1}</span>
              <span className="key-groups__text">{typed.groups[i] ?? ''}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
