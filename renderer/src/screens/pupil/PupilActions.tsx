import type { PupilFile } from '../../api';
import type { RegisterView } from '../register/views';
import { knownAs } from '../register/names';

interface PupilActionsProps {
  file: PupilFile;
  monitoring: boolean;
  onOpen(view: RegisterView): void;
}

/** What a writer can change on the file. Monitoring is offered only to pupils not on the register. */
export function PupilActions({ file, monitoring, onOpen }: PupilActionsProps) {
  const pupilId = file.pupil.id;
  const pupilName = knownAs(file.pupil);
  const open = file.senStatuses.find((s) => s.endDate === null);
  const onRegister = open?.provision === 'K' || open?.provision === 'E';
  const current = file.senNeeds.filter((n) => n.endDate === null).sort((a, b) => a.rank - b.rank).map((n) => n.needType);
  return (
    <div className="button-row pupil-actions">
      <button type="button" className="button" onClick={() => onOpen({ name: 'status', pupilId, pupilName, monitoring })}>
        Change SEN status
      </button>
      <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'needs', pupilId, pupilName, monitoring, current })}>
        Set needs
      </button>
      <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'details', pupilId, pupilName, monitoring, details: file.pupil, revision: file.pupil.revision })}>
        Change details
      </button>
      <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'share', pupilId, pupilName, monitoring })}>
        Share or print a summary
      </button>
      {monitoring ? (
        <>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'move-to-support', pupilId, pupilName })}>
            Move to SEN support
          </button>
          <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'close-concern', pupilId, pupilName })}>
            Close monitoring
          </button>
        </>
      ) : onRegister ? null : (
        <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'concern', pupilId, pupilName })}>
          Add to monitoring
        </button>
      )}
    </div>
  );
}
