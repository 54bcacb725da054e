/** A record as term–value pairs, in the order given; each value a plain string (line breaks kept by the CSS). */
export function SummaryList({ rows }: { rows: readonly (readonly [term: string, value: string])[] }) {
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
