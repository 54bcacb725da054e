import type { PupilFile } from '../../api';
import { longDate } from '../register/labels';
import type { RegisterView } from '../register/views';
import { EarlierVersions } from './EarlierVersions';
import { savedWhenBy } from './recordedBy';

type Profile = PupilFile['profiles'][number];

interface OnePageProfileProps {
  file: PupilFile;
  onOpen: ((view: RegisterView) => void) | undefined;
  task: { pupilId: string; pupilName: string; monitoring: boolean };
}

/** The three questions of a one-page profile, answered in one version; `level` keeps headings in order where it sits. */
function ProfileAnswers({ profile, level }: { profile: Profile; level: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading>What people like and admire about me</Heading>
      <p className="profile-text">{profile.likeAndAdmire}</p>
      <Heading>What is important to me</Heading>
      <p className="profile-text">{profile.importantToMe}</p>
      <Heading>How best to support me</Heading>
      <p className="profile-text">{profile.howToSupport}</p>
      <p className="muted">
        Written {longDate(profile.writtenOn)} with {profile.contributors}.
      </p>
    </>
  );
}

/** The profile in use, in the pupil's own words where possible, and every earlier version still readable. */
export function OnePageProfile({ file, onOpen, task }: OnePageProfileProps) {
  const [current, ...earlier] = file.profiles;
  return (
    <section className="section" aria-labelledby="pupil-profile">
      <h2 id="pupil-profile">One-page profile</h2>
      {onOpen ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'profile', ...task, current: current ?? null })}>
            {current ? 'Write a new version of the profile' : 'Write the one-page profile'}
          </button>
        </p>
      ) : null}
      {current ? (
        <div className="card pupil-card">
          <ProfileAnswers profile={current} level={3} />
          <p className="muted">Saved {savedWhenBy(current.recorded, file.staffNames)}.</p>
        </div>
      ) : (
        <p>No one-page profile has been written.</p>
      )}
      <EarlierVersions summary="Earlier versions of the profile" count={earlier.length}>
        {earlier.map((profile) => (
          <article key={profile.id} className="earlier-version" aria-labelledby={`profile-${profile.id}`}>
            <h3 id={`profile-${profile.id}`}>Profile written {longDate(profile.writtenOn)}</h3>
            <ProfileAnswers profile={profile} level={4} />
            <p className="muted">Saved {savedWhenBy(profile.recorded, file.staffNames)}.</p>
          </article>
        ))}
      </EarlierVersions>
    </section>
  );
}
