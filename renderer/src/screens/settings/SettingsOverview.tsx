import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { roleLabels } from '../../../../shared/domain/roles';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { PageHeading } from '../../components/PageHeading';
import { SuccessNotice } from '../../components/SuccessNotice';
import { useLoad } from '../../components/useLoad';
import { bindingText, demoProtection } from './bindingText';
import { IdleMinutesForm } from './IdleMinutesForm';
import { CostingTemplatesSection } from './CostingTemplatesSection';
import { KeySections } from './KeySections';
import { ReviewOutcomesSection } from './ReviewOutcomesSection';
import { StaffRolesSection } from './StaffRolesSection';
import { SettingsSection } from './SettingsSection';
import type { SettingsView } from './views';

interface SettingsOverviewProps {
  session: SessionInfo;
  notice?: string | undefined;
  onOpen(view: SettingsView): void;
}

export function SettingsOverview({ session, notice, onOpen }: SettingsOverviewProps) {
  const [loaded, setLoaded] = useLoad(() => window.senco.settings.security(), 'SENCO Desk could not read the settings.');
  const security = loaded.state === 'ready' ? loaded.value : null;
  const role = session.user.role;

  return (
    <main className="page page--medium">
      <PageHeading title="Settings" />
      <SuccessNotice notice={notice} />
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      <SettingsSection id="your-account" title="Your account">
        <dl className="summary">
          <div>
            <dt>Name</dt>
            <dd>{session.user.name}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>{roleLabels[role]}</dd>
          </div>
        </dl>
        {session.demo ? (
          <p>In the demo you are signed in without a passphrase, so there is none to change.</p>
        ) : (
          <NavLink to="change-passphrase" onNavigate={() => onOpen({ name: 'passphrase' })}>
            Change your passphrase
          </NavLink>
        )}
      </SettingsSection>
      {security ? (
        <>
          <SettingsSection id="locking" title="Locking">
            {mayCall(permissions['settings.setIdleMinutes'], role) ? (
              <IdleMinutesForm initial={security.idleMinutes} onSaved={(value) => setLoaded({ state: 'ready', value })} />
            ) : (
              <p>
                SENCO Desk locks after {security.idleMinutes} {security.idleMinutes === 1 ? 'minute' : 'minutes'} without
                use. Only the SENCO can change this.
              </p>
            )}
            <p className="section__note">It also locks at once when the laptop locks its screen or goes to sleep.</p>
          </SettingsSection>
          <SettingsSection id="protection" title="How the vault is protected">
            {session.demo ? (
              <>
                <p className="section__status">{demoProtection.title}</p>
                <p>{demoProtection.detail}</p>
              </>
            ) : (
              <>
                <p className="section__status">{bindingText[security.binding].title}</p>
                <p>{bindingText[security.binding].detail}</p>
              </>
            )}
          </SettingsSection>
          {mayCall(permissions['keys.rotateDataKey'], role) ? <KeySections security={security} demo={session.demo} onOpen={onOpen} /> : null}
          {mayCall(permissions['costing.setHourlyRate'], role) ? <StaffRolesSection onOpen={onOpen} /> : null}
          {mayCall(permissions['costing.listTemplates'], role) ? <CostingTemplatesSection onOpen={onOpen} /> : null}
          {mayCall(permissions['provision.addOutcome'], role) ? <ReviewOutcomesSection onOpen={onOpen} /> : null}
        </>
      ) : null}
    </main>
  );
}
