import { roleName } from '../../../../shared/rules/involvement';
import type { PupilFile } from '../../api';
import type { RegisterView } from '../register/views';
import { EarlierVersions } from './EarlierVersions';
import { InvolvementSummary } from './InvolvementSummary';
import { savedWhenBy } from './recordedBy';

interface PupilProfessionalsProps {
  file: PupilFile;
  onOpen: ((view: RegisterView) => void) | undefined;
  task: { pupilId: string; pupilName: string; monitoring: boolean };
}

type Involvement = PupilFile['involvements'][number];

/** Professionals involved with the pupil now, then those whose involvement ended, each with its earlier versions. */
export function PupilProfessionals({ file, onOpen, task }: PupilProfessionalsProps) {
  const current = file.involvements.filter((i) => i.versions[0]?.endDate === null);
  const ended = file.involvements.filter((i) => i.versions[0]?.endDate !== null);
  const card = ({ id, versions }: Involvement) => {
    const [now, ...earlier] = versions;
    if (!now) return null;
    const role = roleName(now.role, now.roleDescription);
    return (
      <article key={id} className="card pupil-card" aria-labelledby={`involvement-${id}`}>
        <h3 id={`involvement-${id}`}>
          {role}: {now.name}
          {now.endDate ? <span className="tag tag--warning">Ended</span> : null}
        </h3>
        <InvolvementSummary involvement={now} />
        <p className="muted">Saved {savedWhenBy(now.recorded, file.staffNames)}.</p>
        {onOpen ? (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'involvement', ...task, involvementId: id, version: now.version, current: now })}>
              Change<span className="visually-hidden"> the involvement of {now.name}</span>
            </button>
            {now.endDate === null ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onOpen({ name: 'end-involvement', ...task, involvementId: id, version: now.version, professional: `${now.name} (${role})`, startDate: now.startDate })}
              >
                End<span className="visually-hidden"> the involvement of {now.name}</span>
              </button>
            ) : null}
          </div>
        ) : null}
        <EarlierVersions summary={`Earlier versions for ${now.name}`} count={earlier.length}>
          {earlier.map((version) => (
            <div key={version.version} className="earlier-version">
              <h4>Saved {savedWhenBy(version.recorded, file.staffNames)}</h4>
              <InvolvementSummary involvement={version} />
            </div>
          ))}
        </EarlierVersions>
      </article>
    );
  };
  return (
    <section className="section" aria-labelledby="pupil-professionals">
      <h2 id="pupil-professionals">Professionals involved</h2>
      {onOpen ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'involvement', ...task, involvementId: null, version: 0, current: null })}>
            Add a professional
          </button>
        </p>
      ) : null}
      {current.length === 0 ? <p>No professionals are involved now.</p> : null}
      <div className="people-cards">{current.map(card)}</div>
      <EarlierVersions summary="Involvements that have ended" count={ended.length}>
        <div className="people-cards">{ended.map(card)}</div>
      </EarlierVersions>
    </section>
  );
}
