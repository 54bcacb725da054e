import { consentStatus } from '../../../../shared/rules/consent';
import type { PupilFile } from '../../api';
import { longDate } from '../register/labels';
import type { RegisterView } from '../register/views';
import { type ConsentEntry, ConsentSummary, consentGiver } from './ConsentSummary';
import { EarlierVersions } from './EarlierVersions';
import { today } from './decision';
import { savedWhenBy } from './recordedBy';

interface PupilConsentsProps {
  file: PupilFile;
  /** Set for those who may change the file: opens a form on it. */
  onOpen: ((view: RegisterView) => void) | undefined;
  task: { pupilId: string; pupilName: string; monitoring: boolean };
}

const status = (consent: ConsentEntry, day: string) =>
  consentStatus(
    { givenOn: consent.givenOn, expiresOn: consent.expiresOn ?? undefined, withdrawnOn: consent.withdrawal?.withdrawnOn ?? undefined },
    day,
  );

/** The parents and carers on the file now, in contact order. */
const currentContacts = (file: PupilFile) =>
  file.contacts.flatMap(({ versions: [now] }) =>
    now && !now.archived ? [{ name: now.name, relationship: now.relationship, parentalResponsibility: now.parentalResponsibility }] : [],
  );

/** Why an earlier consent no longer counts, with the day it stopped. */
function ended(consent: ConsentEntry, day: string): string {
  if (status(consent, day) === 'withdrawn' && consent.withdrawal) return `withdrawn on ${longDate(consent.withdrawal.withdrawnOn)}`;
  return `expired after ${longDate(consent.expiresOn)}`;
}

/**
 * The consent register on the pupil's file: what counts today first, and,
 * folded, the consents that were withdrawn or expired, with their dates.
 * Nothing leaves the file.
 */
export function PupilConsents({ file, onOpen, task }: PupilConsentsProps) {
  const day = today();
  const current = file.consents.filter((c) => ['current', 'not-yet'].includes(status(c, day)));
  const earlier = file.consents.filter((c) => !current.includes(c));
  const name = task.pupilName;
  return (
    <section className="section" aria-labelledby="pupil-consents">
      <h2 id="pupil-consents">Consent to share</h2>
      <p>Who agreed to share {name}’s records, with whom, and until when. A withdrawn or expired consent no longer counts.</p>
      {onOpen ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'consent', ...task, dateOfBirth: file.pupil.dateOfBirth, contacts: currentContacts(file) })}>
            Record consent
          </button>
        </p>
      ) : null}
      {current.length === 0 ? <p>No current consent is recorded.</p> : null}
      <div className="people-cards">
        {current.map((consent) => {
          const giver = consentGiver(consent, name);
          return (
            <article key={consent.id} className="card pupil-card" aria-labelledby={`consent-${consent.id}`}>
              <h3 id={`consent-${consent.id}`}>
                Consent from {giver}
                <span className="tag tag--you">{status(consent, day) === 'current' ? 'Current' : `From ${longDate(consent.givenOn)}`}</span>
              </h3>
              <ConsentSummary consent={consent} pupilName={name} />
              <p className="muted">Recorded {savedWhenBy(consent.recorded, file.staffNames)}.</p>
              {onOpen ? (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onOpen({ name: 'withdraw-consent', ...task, consentId: consent.id, givenOn: consent.givenOn, givenBy: giver })}
                  >
                    Withdraw<span className="visually-hidden"> the consent from {giver} given on {longDate(consent.givenOn)}</span>
                  </button>
                </div>
              ) : null}
            </article>
          );
        })}
      </div>
      <EarlierVersions summary="Earlier consents, withdrawn or expired" count={earlier.length}>
        {earlier.map((consent) => (
          <div key={consent.id} className="earlier-version">
            <h3>
              Consent from {consentGiver(consent, name)}, {ended(consent, day)}
            </h3>
            <ConsentSummary consent={consent} pupilName={name} />
            <p className="muted">
              Recorded {savedWhenBy(consent.recorded, file.staffNames)}
              {consent.withdrawal ? `; withdrawal recorded ${savedWhenBy(consent.withdrawal.recorded, file.staffNames)}` : ''}.
            </p>
          </div>
        ))}
      </EarlierVersions>
    </section>
  );
}
