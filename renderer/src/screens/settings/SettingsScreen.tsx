import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import type { Route } from '../signedIn/pages';
import { ChangePassphrase } from './ChangePassphrase';
import { ConfirmArchive } from './ConfirmArchive';
import { OutcomeForm } from './OutcomeForm';
import { RoleForm } from './RoleForm';
import { TemplateForm } from './TemplateForm';
import { ConfirmRenew } from './ConfirmRenew';
import { ConfirmRotate } from './ConfirmRotate';
import { SettingsOverview } from './SettingsOverview';
import type { SettingsView } from './views';

interface SettingsScreenProps {
  session: SessionInfo;
  notice?: string | undefined;
  onNavigate(route: Route): void;
}

export function SettingsScreen({ session, notice, onNavigate }: SettingsScreenProps) {
  const [view, setView] = useState<SettingsView>({ name: 'overview', notice });
  const back = () => setView({ name: 'overview' });
  const done = (n: string) => setView({ name: 'overview', notice: n });
  switch (view.name) {
    case 'overview':
      return <SettingsOverview session={session} notice={view.notice} onOpen={setView} />;
    case 'passphrase':
      return <ChangePassphrase session={session} onDone={(n) => setView({ name: 'overview', notice: n })} onCancel={back} />;
    case 'renew':
      return <ConfirmRenew onRenewed={(groups) => onNavigate({ page: 'recovery-key', groups })} onCancel={back} />;
    case 'rotate':
      return <ConfirmRotate onConfirm={() => onNavigate({ page: 'rotating' })} onCancel={back} />;
    case 'role':
      return <RoleForm role={view.role} onDone={done} onCancel={back} />;
    case 'archive-role':
      return (
        <ConfirmArchive
          what={`the role ${view.role.name}`}
          archived={view.role.archived}
          explanation="It will no longer be offered for new groups or library entries. Groups already run by it keep it, and their costs."
          call={(archived) => window.senco.costing.archiveRole({ roleId: view.role.id, archived })}
          onDone={done}
          onCancel={back}
        />
      );
    case 'template':
      return <TemplateForm template={view.template} roles={view.roles} onDone={done} onCancel={back} />;
    case 'archive-template':
      return (
        <ConfirmArchive
          what={`the template ${view.template.name}`}
          archived={view.template.archived}
          explanation="It will no longer be offered as the school’s template. Maps already printed keep the figures they had."
          call={(archived) => window.senco.costing.archiveTemplate({ templateId: view.template.id, archived })}
          onDone={done}
          onCancel={back}
        />
      );
    case 'outcome':
      return <OutcomeForm outcome={view.outcome} onDone={done} onCancel={back} />;
    case 'archive-outcome':
      return (
        <ConfirmArchive
          what={`the outcome “${view.outcome.label}”`}
          archived={view.outcome.archived}
          explanation="It will no longer be offered in reviews. Reviews that used it keep it."
          call={(archived) => window.senco.provision.archiveOutcome({ outcomeId: view.outcome.id, archived })}
          onDone={done}
          onCancel={back}
        />
      );
    default: {
      const unknown: never = view;
      throw new Error(`Unknown settings view: ${JSON.stringify(unknown)}`);
    }
  }
}
