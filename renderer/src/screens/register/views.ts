import type { ConsentContact } from '../pupil/consentForm';
import type { ContactFields, InvolvementFields, ProfileFields } from '../pupil/peopleForms';
import type { PupilDetailsInput } from '../pupil/pupilForm';

/** The file's forms that start from something already recorded: the record, and the version the form was filled from. */
interface FileTask {
  pupilId: string;
  pupilName: string;
  monitoring: boolean;
}

/** The register's own pages; each mounts fresh, so focus and title follow. */
export type RegisterView =
  | { name: 'list'; notice?: string }
  | { name: 'add' }
  | { name: 'import-csv' }
  | { name: 'import-ctf' }
  /** `from`: where "Back" goes; the register unless the file was opened from census readiness. */
  | { name: 'pupil'; pupilId: string; monitoring: boolean; notice?: string; from?: 'census' }
  | { name: 'census' }
  /** The pupil's costed provision map, and its print dialog. */
  | { name: 'provision-map'; pupilId: string; pupilName: string; monitoring: boolean }
  | { name: 'print-provision-map'; pupilId: string; pupilName: string; monitoring: boolean; range: { from: string; to: string } }
  /** Sharing a pupil's register summary through the disclosure gate. */
  | { name: 'share'; pupilId: string; pupilName: string; monitoring: boolean }
  /** A CSV extract of the register as filtered. */
  | { name: 'extract' }
  | { name: 'status'; pupilId: string; pupilName: string; monitoring: boolean }
  /** `current`: the open needs in rank order, to start the form from. */
  | { name: 'needs'; pupilId: string; pupilName: string; monitoring: boolean; current: string[] }
  | { name: 'concern'; pupilId: string; pupilName: string }
  | { name: 'close-concern'; pupilId: string; pupilName: string }
  | { name: 'move-to-support'; pupilId: string; pupilName: string }
  | (FileTask & { name: 'details'; details: PupilDetailsInput; revision: number })
  /** `contactId` null adds a parent or carer; `version` 0 then. */
  | (FileTask & { name: 'contact'; contactId: string | null; version: number; current: ContactFields | null })
  | (FileTask & { name: 'archive-contact'; contactId: string; version: number; contactName: string })
  | (FileTask & { name: 'involvement'; involvementId: string | null; version: number; current: InvolvementFields | null })
  | (FileTask & { name: 'end-involvement'; involvementId: string; version: number; professional: string; startDate: string })
  | (FileTask & { name: 'profile'; current: ProfileFields | null })
  /**
   * `dateOfBirth`: the pupil's own consent counts from 16, and the form says so before main does.
   * `contacts`: the parents and carers on the file, to fill the giver in from.
   */
  | (FileTask & { name: 'consent'; dateOfBirth: string; contacts: ConsentContact[] })
  /** `givenBy`: who gave it, as the file shows it, for the question the page asks. */
  | (FileTask & { name: 'withdraw-consent'; consentId: string; givenOn: string; givenBy: string });
