import { AddConcern } from '../pupil/AddConcern';
import { ChangeDetails } from '../pupil/ChangeDetails';
import { ChangeStatus } from '../pupil/ChangeStatus';
import { CloseConcern } from '../pupil/CloseConcern';
import { ConsentFormScreen } from '../pupil/ConsentFormScreen';
import { ContactFormScreen } from '../pupil/ContactFormScreen';
import { EndInvolvement } from '../pupil/EndInvolvement';
import { InvolvementFormScreen } from '../pupil/InvolvementFormScreen';
import { MoveToSenSupport } from '../pupil/MoveToSenSupport';
import { ProfileFormScreen } from '../pupil/ProfileFormScreen';
import { RemoveContact } from '../pupil/RemoveContact';
import { SetNeeds } from '../pupil/SetNeeds';
import { WithdrawConsent } from '../pupil/WithdrawConsent';
import '../pupil/pupil.css';
import type { RegisterView } from './views';

type TaskView = Exclude<RegisterView, { name: 'list' | 'add' | 'pupil' | 'census' | 'import-csv' | 'import-ctf' | 'share' | 'extract' | 'provision-map' | 'print-provision-map' }>;

/**
 * The forms that change a pupil's file. Each goes back to the file when done
 * or cancelled; monitoring is what main now holds after the change.
 */
export function PupilTaskScreen({ view, onOpen }: { view: TaskView; onOpen(view: RegisterView): void }) {
  const { pupilId, pupilName } = view;
  const before = 'monitoring' in view ? view.monitoring : view.name === 'close-concern' || view.name === 'move-to-support';
  const after = view.name === 'concern' ? true : view.name === 'close-concern' || view.name === 'move-to-support' ? false : before;
  const props = {
    pupilId,
    pupilName,
    onDone: (notice: string) => onOpen({ name: 'pupil', pupilId, monitoring: after, notice }),
    onCancel: () => onOpen({ name: 'pupil', pupilId, monitoring: before }),
  };
  switch (view.name) {
    case 'status':
      return <ChangeStatus {...props} />;
    case 'needs':
      return <SetNeeds {...props} current={view.current} />;
    case 'concern':
      return <AddConcern {...props} />;
    case 'close-concern':
      return <CloseConcern {...props} />;
    case 'move-to-support':
      return <MoveToSenSupport {...props} />;
    case 'details':
      return <ChangeDetails {...props} details={view.details} revision={view.revision} />;
    case 'contact':
      return <ContactFormScreen {...props} contactId={view.contactId} version={view.version} current={view.current} />;
    case 'archive-contact':
      return <RemoveContact {...props} contactId={view.contactId} version={view.version} contactName={view.contactName} />;
    case 'involvement':
      return <InvolvementFormScreen {...props} involvementId={view.involvementId} version={view.version} current={view.current} />;
    case 'end-involvement':
      return <EndInvolvement {...props} involvementId={view.involvementId} version={view.version} professional={view.professional} startDate={view.startDate} />;
    case 'profile':
      return <ProfileFormScreen {...props} current={view.current} />;
    case 'consent':
      return <ConsentFormScreen {...props} dateOfBirth={view.dateOfBirth} contacts={view.contacts} />;
    case 'withdraw-consent':
      return <WithdrawConsent {...props} consentId={view.consentId} givenOn={view.givenOn} givenBy={view.givenBy} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown pupil task: ${JSON.stringify(unknown)}`);
    }
  }
}
