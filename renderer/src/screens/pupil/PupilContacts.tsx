import type { PupilFile } from '../../api';
import type { RegisterView } from '../register/views';
import { ContactSummary } from './ContactSummary';
import { EarlierVersions } from './EarlierVersions';
import { savedWhenBy } from './recordedBy';

interface PupilContactsProps {
  file: PupilFile;
  /** Set for those who may change the file: opens a form on it. */
  onOpen: ((view: RegisterView) => void) | undefined;
  task: { pupilId: string; pupilName: string; monitoring: boolean };
}

/** The pupil's parents and carers in contact order; removed ones stay on the file, folded away. */
export function PupilContacts({ file, onOpen, task }: PupilContactsProps) {
  const current = file.contacts.filter((c) => !c.versions[0]?.archived);
  const removed = file.contacts.filter((c) => c.versions[0]?.archived);
  return (
    <section className="section" aria-labelledby="pupil-contacts">
      <h2 id="pupil-contacts">Parents and carers</h2>
      {onOpen ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'contact', ...task, contactId: null, version: 0, current: null })}>
            Add a parent or carer
          </button>
        </p>
      ) : null}
      {current.length === 0 ? <p>No parents or carers have been recorded.</p> : null}
      <div className="people-cards">
        {current.map(({ id, versions }) => {
          const [now, ...earlier] = versions;
          if (!now) return null;
          return (
            <article key={id} className="card pupil-card" aria-labelledby={`contact-${id}`}>
              <h3 id={`contact-${id}`}>
                {now.name}
                {now.parentalResponsibility ? <span className="tag tag--you">Parental responsibility</span> : null}
              </h3>
              <ContactSummary contact={now} />
              <p className="muted">Saved {savedWhenBy(now.recorded, file.staffNames)}.</p>
              {onOpen ? (
                <div className="button-row">
                  <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'contact', ...task, contactId: id, version: now.version, current: now })}>
                    Change<span className="visually-hidden"> the details of {now.name}</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'archive-contact', ...task, contactId: id, version: now.version, contactName: now.name })}>
                    Remove<span className="visually-hidden"> {now.name} from the contacts</span>
                  </button>
                </div>
              ) : null}
              <EarlierVersions summary={`Earlier versions for ${now.name}`} count={earlier.length}>
                {earlier.map((version) => (
                  <div key={version.version} className="earlier-version">
                    <h4>Saved {savedWhenBy(version.recorded, file.staffNames)}</h4>
                    <ContactSummary contact={version} />
                  </div>
                ))}
              </EarlierVersions>
            </article>
          );
        })}
      </div>
      <EarlierVersions summary="Removed parents and carers" count={removed.length}>
        {removed.map(({ id, versions }) => {
          const [last] = versions;
          if (!last) return null;
          return (
            <div key={id} className="earlier-version">
              <h3>{last.name}</h3>
              <p className="muted">Removed {savedWhenBy(last.recorded, file.staffNames)}.</p>
              <ContactSummary contact={last} />
            </div>
          );
        })}
      </EarlierVersions>
    </section>
  );
}
