import { useState } from 'react';
import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { CensusReadinessScreen } from '../census/CensusReadinessScreen';
import { ShareScreen } from '../disclosures/ShareScreen';
import { HomeScreen } from '../home/HomeScreen';
import { CsvImport } from '../imports/CsvImport';
import { CtfImport } from '../imports/CtfImport';
import { PupilAdd } from '../pupil/PupilAdd';
import { PupilFileScreen } from '../pupil/PupilFileScreen';
import { PrintDialog } from '../provision/PrintDialog';
import { PupilMapScreen } from '../provision/PupilMapScreen';
import type { Route } from '../signedIn/pages';
import { PupilTaskScreen } from './PupilTaskScreen';
import { toFilterInput } from './filterState';
import { initialList, type ListState, RegisterList } from './RegisterList';
import type { RegisterView } from './views';

interface RegisterScreenProps {
  session: SessionInfo;
  notice?: string | undefined;
  /** Opens this pupil's file at once (a link from a group or a map). */
  pupilId?: string | undefined;
  onNavigate(route: Route): void;
  /** Told when an import starts and stops saving: a focused task, with no navigation meanwhile. */
  onSaving?(saving: boolean): void;
}

/**
 * The SEND register and the pupil files under it. Change buttons are left out
 * for roles that cannot use them; main refuses them anyway.
 */
export function RegisterScreen({ session, notice, pupilId, onNavigate, onSaving }: RegisterScreenProps) {
  const [view, setView] = useState<RegisterView>(pupilId ? { name: 'pupil', pupilId, monitoring: false } : { name: 'list', ...(notice ? { notice } : {}) });
  // The filters and sort outlive a visit to a pupil's file, so "Back to the register" finds them as left.
  const [list, setList] = useState<ListState>(initialList);
  const reader = mayCall(permissions['register.list'], session.user.role);
  const writer = mayCall(permissions['pupils.add'], session.user.role);
  const discloser = mayCall(permissions['disclosures.send'], session.user.role);
  const provisionReader = mayCall(permissions['provision.pupilHistory'], session.user.role);
  const openGroup = (groupId: string) => onNavigate({ page: 'provision', view: { name: 'group', groupId } });

  switch (view.name) {
    case 'list':
      return (
        <HomeScreen
          session={session}
          notice={view.notice}
          onNavigate={onNavigate}
        >
          {reader ? (
            <RegisterList
              state={list}
              onStateChange={setList}
              onAdd={writer ? () => setView({ name: 'add' }) : undefined}
              onCensus={() => setView({ name: 'census' })}
              onExtract={discloser ? () => setView({ name: 'extract' }) : undefined}
              onImport={writer ? (kind) => setView(kind === 'csv' ? { name: 'import-csv' } : { name: 'import-ctf' }) : undefined}
              onOpen={(row) => {
                setList((l) => ({ ...l, opened: row.id }));
                setView({ name: 'pupil', pupilId: row.id, monitoring: row.monitoring });
              }}
            />
          ) : null}
        </HomeScreen>
      );
    case 'add':
      return (
        <PupilAdd
          onAdded={(pupilId, name) => {
            setList((l) => ({ ...l, opened: pupilId }));
            setView({ name: 'pupil', pupilId, monitoring: false, notice: `${name} was added.` });
          }}
          onCancel={() => setView({ name: 'list' })}
        />
      );
    case 'import-csv':
      return <CsvImport onDone={(done) => setView({ name: 'list', notice: done })} onCancel={() => setView({ name: 'list' })} onSaving={onSaving} />;
    case 'import-ctf':
      return <CtfImport onDone={(done) => setView({ name: 'list', notice: done })} onCancel={() => setView({ name: 'list' })} onSaving={onSaving} />;
    case 'pupil':
      return (
        <PupilFileScreen
          view={view}
          writer={writer}
          onOpen={setView}
          onBack={() => setView(view.from === 'census' ? { name: 'census' } : { name: 'list' })}
          onOpenGroup={provisionReader ? openGroup : undefined}
        />
      );
    case 'share': {
      const file = { name: 'pupil', pupilId: view.pupilId, monitoring: view.monitoring } as const;
      return (
        <ShareScreen
          output={{ kind: 'pupil-summary', pupilId: view.pupilId }}
          subject={view.pupilName}
          onBack={() => setView(file)}
          onOpenPupil={() => setView(file)}
        />
      );
    }
    case 'extract':
      return (
        <ShareScreen
          output={{ kind: 'register-extract', filter: toFilterInput(list.filter) }}
          subject="the pupils shown on the register"
          onBack={() => setView({ name: 'list' })}
        />
      );
    case 'provision-map': {
      const file = { name: 'pupil', pupilId: view.pupilId, monitoring: view.monitoring } as const;
      return (
        <PupilMapScreen
          pupilId={view.pupilId}
          pupilName={view.pupilName}
          onBack={() => setView(file)}
          onOpenGroup={openGroup}
          onPrint={discloser ? (document) => document.kind === 'provision-map-pupil' && setView({ ...view, name: 'print-provision-map', range: document.range }) : undefined}
        />
      );
    }
    case 'print-provision-map': {
      const { range, ...map } = view;
      return (
        <PrintDialog
          document={{ kind: 'provision-map-pupil', pupilId: view.pupilId, range }}
          title={`Provision map for ${view.pupilName}`}
          audiences={['staff', 'meeting', 'parent']}
          pupilName={view.pupilName}
          onBack={() => setView({ ...map, name: 'provision-map' })}
          onOpenPupil={() => setView({ name: 'pupil', pupilId: view.pupilId, monitoring: view.monitoring })}
          onOpenRegister={() => onNavigate({ page: 'disclosures', view: 'register' })}
        />
      );
    }
    case 'census':
      return (
        <CensusReadinessScreen
          onOpenPupil={(pupilId) => setView({ name: 'pupil', pupilId, monitoring: false, from: 'census' })}
          onBack={() => setView({ name: 'list' })}
        />
      );
    case 'status':
    case 'needs':
    case 'concern':
    case 'close-concern':
    case 'move-to-support':
    case 'details':
    case 'contact':
    case 'archive-contact':
    case 'involvement':
    case 'end-involvement':
    case 'profile':
    case 'consent':
    case 'withdraw-consent':
      return <PupilTaskScreen view={view} onOpen={setView} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown register view: ${JSON.stringify(unknown)}`);
    }
  }
}
