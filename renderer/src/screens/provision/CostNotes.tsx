import type { MapHeader } from '../../../../shared/domain/provisionMaps';

/**
 * What the costing could not price as the template says ("Learning mentor
 * has no rate…"), under a costed map. Read loosely: the header carries the
 * notes only with costs.
 */
export function CostNotes({ header }: { header: MapHeader }) {
  const notes = (header as MapHeader & { costNotes?: string[] }).costNotes ?? [];
  if (notes.length === 0) return null;
  return (
    <div className="info-panel cost-notes">
      <h2>About these costs</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
