/**
 * The recovery key as the emergency kit prints it: 13 numbered groups of 5,
 * large and monospaced so that 0 and O, 1 and I cannot be mistaken.
 */
export function KeyGroups({ groups, label }: { groups: readonly string[]; label: string }) {
  return (
    <ol className="key-groups" aria-label={label}>
      {groups.map((group, index) => (
        <li key={index} className="key-groups__item">
          <span className="key-groups__number">
            <span className="visually-hidden">Group </span>
            {index + 1}
          </span>
          {/* Spelled out for a screen reader, which would otherwise try to read "K7QX2" as a word. */}
          <span className="key-groups__text" aria-hidden="true">
            {group}
          </span>
          <span className="visually-hidden">{[...group].join(' ')}</span>
        </li>
      ))}
    </ol>
  );
}
