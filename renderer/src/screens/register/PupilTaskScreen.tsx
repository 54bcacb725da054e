import { AddConcern } from '../pupil/AddConcern';
import { ChangeStatus } from '../pupil/ChangeStatus';
import { CloseConcern } from '../pupil/CloseConcern';
import { MoveToSenSupport } from '../pupil/MoveToSenSupport';
import { SetNeeds } from '../pupil/SetNeeds';
import '../pupil/pupil.css';
import type { RegisterView } from './views';

type TaskView = Exclude<RegisterView, { name: 'list' | 'add' | 'pupil' | 'import-csv' | 'import-ctf' }>;

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
    default: {
      const unknown: never = view;
      throw new Error(`Unknown pupil task: ${JSON.stringify(unknown)}`);
    }
  }
}
