import type { PupilFile } from '../../api';
import { EarlierVersions } from './EarlierVersions';
import { savedWhenBy } from './recordedBy';
import { revisionChanges } from './revisionChanges';

const sources: Record<string, string> = { manual: 'typed in', csv: 'from a CSV import', ctf: 'from a CTF', demo: 'demonstration data' };

/** When the details were last changed and by whom, and every earlier version with what each change was. */
export function DetailsHistory({ file }: { file: PupilFile }) {
  const revisions = [...file.revisions].reverse();
  const [latest] = revisions;
  if (!latest) return null;
  return (
    <div className="details-history">
      <p className="muted">
        {latest.revision === 1 ? 'Details recorded' : 'Details last changed'} {savedWhenBy(latest.recorded, file.staffNames)}.
      </p>
      <EarlierVersions summary="Earlier versions of the details" count={revisions.length - 1}>
        <ol className="version-list">
          {revisions.map((revision, index) => {
            const before = revisions[index + 1];
            const changes = before ? revisionChanges(before.details, revision.details) : [];
            return (
              <li key={revision.revision}>
                <h3 className="version-list__title">
                  Version {revision.revision}
                  {index === 0 ? <span className="tag tag--you">In use</span> : null}
                </h3>
                <p className="muted">
                  Saved {savedWhenBy(revision.recorded, file.staffNames)}, {sources[revision.recorded.source] ?? revision.recorded.source}.
                </p>
                {before === undefined ? (
                  <p>First recorded as {revision.details.legalForename} {revision.details.legalSurname}.</p>
                ) : changes.length === 0 ? (
                  <p>Saved with no changes.</p>
                ) : (
                  <ul className="change-list">
                    {changes.map((c) => (
                      <li key={c.field}>
                        {c.field} changed from {c.from} to {c.to}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </EarlierVersions>
    </div>
  );
}
