import type { PupilFile } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SuccessNotice } from '../../components/SuccessNotice';
import { useLoad } from '../../components/useLoad';
import { knownAs } from '../register/names';
import '../register/register.css';
import type { RegisterView } from '../register/views';
import { CurrentSen } from './CurrentSen';
import { DetailsHistory } from './DetailsHistory';
import { OnePageProfile } from './OnePageProfile';
import { PupilActions } from './PupilActions';
import { PupilConsents } from './PupilConsents';
import { PupilContacts } from './PupilContacts';
import { PupilDetailsList } from './PupilDetailsList';
import { PupilProfessionals } from './PupilProfessionals';
import { PupilProvision } from './PupilProvision';
import { SenChronology } from './SenChronology';
import './pupil.css';

interface PupilFileScreenProps {
  view: Extract<RegisterView, { name: 'pupil' }>;
  writer: boolean;
  onOpen(view: RegisterView): void;
  onBack(): void;
  /** Opens a group the pupil has been in; absent for roles that cannot read provision. */
  onOpenGroup?: ((groupId: string) => void) | undefined;
}

/** One pupil's file: who they are, their SEN now, the people around them, and how it came to be. Every read is audited by main. */
export function PupilFileScreen({ view, writer, onOpen, onBack, onOpenGroup }: PupilFileScreenProps) {
  const [loaded] = useLoad(() => window.senco.pupils.get({ pupilId: view.pupilId }), 'SENCO Desk could not open the pupil file.');
  return (
    <main className="page">
      <p className="back-link">
        <NavLink to="register" onNavigate={onBack}>
          {view.from === 'census' ? 'Back to census readiness' : 'Back to the register'}
        </NavLink>
      </p>
      {loaded.state === 'loading' ? <PageHeading title="Pupil file">Opening the pupil file…</PageHeading> : null}
      {loaded.state === 'failed' ? (
        <>
          <PageHeading title="Pupil file" />
          <ErrorSummary errors={[{ message: loaded.error.message }]} />
        </>
      ) : null}
      {loaded.state === 'ready' ? <Loaded file={loaded.value} {...{ view, writer, onOpen, onOpenGroup }} /> : null}
    </main>
  );
}

function Loaded({ file, view, writer, onOpen, onOpenGroup }: Omit<PupilFileScreenProps, 'onBack'> & { file: PupilFile }) {
  const name = knownAs(file.pupil);
  // The file knows best: the register row that opened it may be from before a change.
  const monitoring = file.monitoring.some((entry) => entry.closedOn === null);
  const task = { pupilId: file.pupil.id, pupilName: name, monitoring };
  const people = { file, task, onOpen: writer ? onOpen : undefined };
  return (
    <>
      <PageHeading title={name} />
      <SuccessNotice notice={view.notice} />
      {writer ? <PupilActions file={file} monitoring={monitoring} onOpen={onOpen} /> : null}
      <div className="pupil-columns">
        <CurrentSen file={file} monitoring={monitoring} />
        <PupilDetailsList pupil={file.pupil}>
          <DetailsHistory file={file} />
        </PupilDetailsList>
      </div>
      <OnePageProfile {...people} />
      <PupilContacts {...people} />
      <PupilProfessionals {...people} />
      <PupilConsents {...people} />
      {onOpenGroup ? <PupilProvision pupilId={file.pupil.id} onOpenGroup={onOpenGroup} onOpenMap={() => onOpen({ name: 'provision-map', ...task })} /> : null}
      <SenChronology file={file} />
    </>
  );
}
