import { useState } from 'react';
import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { audiences } from '../../../../shared/domain/provisionMaps';
import type { Route } from '../signedIn/pages';
import { AddPupils } from './AddPupils';
import { ArchiveEntry } from './ArchiveEntry';
import { EntryForm } from './EntryForm';
import { GroupFormScreen } from './GroupFormScreen';
import { GroupPage } from './GroupPage';
import { GroupsList } from './GroupsList';
import { ChangeMembershipDates, EndGroup, EndMembership, EvaluateGroup, EvaluateMembership } from './GroupTasks';
import { ImpactSheetScreen } from './ImpactSheetScreen';
import { LibraryList } from './LibraryList';
import { PrintDialog } from './PrintDialog';
import { ProvisionTabs } from './ProvisionTabs';
import type { MapDocument } from './printRequest';
import { SchoolMapScreen } from './SchoolMapScreen';
import { ScoresForm } from './ScoresForm';
import { tabOf, type ProvisionView } from './views';
import './provision.css';

interface ProvisionScreenProps {
  session: SessionInfo;
  view?: ProvisionView | undefined;
  onNavigate(route: Route): void;
}

/** Not for a parent: whole-school maps and impact sheets name many pupils. */
const staffAudiences = audiences.filter((a) => a !== 'parent');

/**
 * Provision mapping (issue 6): the whole-school map, the groups that run and
 * the library they start from. Buttons a role cannot use are left out; main
 * refuses them anyway, and hides costs from all but the SENCO.
 */
export function ProvisionScreen({ session, view: initial, onNavigate }: ProvisionScreenProps) {
  const [view, setView] = useState<ProvisionView>(initial ?? { name: 'map' });
  const role = session.user.role;
  const writer = mayCall(permissions['provision.addEntry'], role);
  const discloser = mayCall(permissions['disclosures.send'], role);
  // Pay is the SENCO's alone: the same test main makes for costs.
  const showMoney = mayCall(permissions['costing.setHourlyRate'], role);
  const openPupil = (pupilId: string) => onNavigate({ page: 'register', pupilId });
  const openGroup = (groupId: string, notice?: string) => setView({ name: 'group', groupId, ...(notice ? { notice } : {}) });
  const print = (back: ProvisionView) => (discloser ? (document: MapDocument, title: string) => setView({ name: 'print', document, title, audiences: staffAudiences, back }) : undefined);

  return (
    <>
      <div className="section-tabs">
        <ProvisionTabs current={tabOf(view)} onOpen={(tab) => setView({ name: tab } as ProvisionView)} />
      </div>
      {page()}
    </>
  );

  function page() {
    switch (view.name) {
      case 'map':
        return <SchoolMapScreen notice={view.notice} onOpenGroup={(id) => openGroup(id)} onOpenPupil={openPupil} onPrint={print(view)} />;
      case 'groups':
        return <GroupsList notice={view.notice} onOpenGroup={(id) => openGroup(id)} onNewGroup={writer ? () => setView({ name: 'new-group', entry: null }) : undefined} />;
      case 'library':
        return (
          <LibraryList
            notice={view.notice}
            onEdit={writer ? (entry) => setView({ name: 'entry', entry }) : undefined}
            onArchive={writer ? (entry) => setView({ name: 'archive-entry', entry }) : undefined}
            onStartGroup={writer ? (entry) => setView({ name: 'new-group', entry }) : undefined}
          />
        );
      case 'group':
        return <GroupPage groupId={view.groupId} notice={view.notice} writer={writer} discloser={discloser} onOpen={setView} onOpenPupil={openPupil} onBack={() => setView({ name: 'groups' })} />;
      case 'new-group':
        return <GroupFormScreen entry={view.entry} showMoney={showMoney} onSaved={openGroup} onCancel={() => setView(view.entry ? { name: 'library' } : { name: 'groups' })} />;
      case 'change-group':
        return <GroupFormScreen groupId={view.groupId} showMoney={showMoney} onSaved={openGroup} onCancel={() => openGroup(view.groupId)} />;
      case 'add-pupils':
      case 'scores':
      case 'end-membership':
      case 'evaluate-membership':
      case 'membership-dates':
      case 'evaluate-group':
      case 'end-group':
        return groupTask(view);
      case 'impact':
        return <ImpactSheetScreen groupId={view.groupId} onBack={() => openGroup(view.groupId)} onOpenPupil={openPupil} onPrint={print(view)} />;
      case 'entry':
        return <EntryForm entry={view.entry} showMoney={showMoney} onSaved={(notice) => setView({ name: 'library', notice })} onCancel={() => setView({ name: 'library' })} />;
      case 'archive-entry':
        return <ArchiveEntry entry={view.entry} onDone={(notice) => setView({ name: 'library', notice })} onCancel={() => setView({ name: 'library' })} />;
      case 'print':
        return (
          <PrintDialog
            document={view.document}
            title={view.title}
            audiences={view.audiences}
            onBack={() => setView(view.back)}
            onOpenRegister={() => onNavigate({ page: 'disclosures', view: 'register' })}
          />
        );
      default: {
        const unknown: never = view;
        throw new Error(`Unknown provision view: ${JSON.stringify(unknown)}`);
      }
    }
  }

  function groupTask(
    task: Extract<ProvisionView, { name: 'add-pupils' | 'scores' | 'end-membership' | 'evaluate-membership' | 'membership-dates' | 'evaluate-group' | 'end-group' }>,
  ) {
    const props = { groupId: task.groupId, onDone: (notice: string) => openGroup(task.groupId, notice), onCancel: () => openGroup(task.groupId) };
    switch (task.name) {
      case 'add-pupils':
        return <AddPupils {...props} />;
      case 'scores':
        return <ScoresForm {...props} />;
      case 'end-membership':
        return <EndMembership {...props} membershipId={task.membershipId} />;
      case 'evaluate-membership':
        return <EvaluateMembership {...props} membershipId={task.membershipId} />;
      case 'membership-dates':
        return <ChangeMembershipDates {...props} membershipId={task.membershipId} />;
      case 'evaluate-group':
        return <EvaluateGroup {...props} />;
      case 'end-group':
        return <EndGroup {...props} />;
    }
  }
}
