import { useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../components/useLoad';
import type { StaffRoleValue, TemplatesValue } from '../provision/api';
import { formatPence, formatRatePerMinute } from '../provision/money';
import { SettingsSection } from './SettingsSection';
import type { SettingsView } from './views';

type Loaded = { templates: TemplatesValue; roles: StaffRoleValue[] };

/** The LA costing templates, and the one the school's maps are costed with. */
export function CostingTemplatesSection({ onOpen }: { onOpen(view: SettingsView): void }) {
  const [loaded, setLoaded] = useLoad<Loaded>(async (): Promise<Result<Loaded>> => {
    const [templates, roles] = await Promise.all([window.senco.costing.listTemplates(), window.senco.costing.listRoles({})]);
    if (!templates.ok) return templates;
    if (!roles.ok) return roles;
    return { ok: true, value: { templates: templates.value, roles: roles.value } };
  }, 'SENCO Desk could not read the costing templates.');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function choose(templateId: string) {
    if (loaded.state !== 'ready' || !templateId) return;
    setError(null);
    const result = await window.senco.costing.chooseTemplate({ templateId });
    if (!result.ok) return setError(result.error.message);
    setLoaded({ state: 'ready', value: { ...loaded.value, templates: result.value } });
    setSaved(`Maps are now costed with ${result.value.templates.find((t) => t.id === templateId)?.name ?? 'that template'}.`);
  }

  const value = loaded.state === 'ready' ? loaded.value : null;
  const roleName = (id: string) => value?.roles.find((r) => r.id === id)?.name ?? 'A role no longer listed';
  return (
    <SettingsSection id="costing-templates" title="Costing templates">
      <p>How provision is costed: weeks in the school year, a cost a minute for each role, and a cap. A role a template does not price is costed at its hourly rate.</p>
      <ErrorSummary errors={[...(loaded.state === 'failed' ? [{ message: loaded.error.message }] : []), ...(error ? [{ message: error }] : [])]} />
      {saved ? (
        <p className="success-panel" role="status">
          {saved}
        </p>
      ) : null}
      {value ? (
        <>
          <SelectField
            id="chosen-template"
            label="The school’s costing template"
            options={value.templates.templates.filter((t) => !t.archived || t.id === value.templates.chosenId).map((t) => ({ value: t.id, label: t.name }))}
            value={value.templates.chosenId}
            onValueChange={(id) => void choose(id)}
          />
          <ul className="plain-list">
            {value.templates.templates.map((t) => (
              <li key={t.id} className="card">
                <h3>
                  {t.name}
                  {t.archived ? <span className="tag tag--warning"> Archived</span> : null}
                </h3>
                <p>
                  {t.weeksPerYear} weeks a year · {t.capPerPupilPerProvisionPence === null ? 'no cap' : `capped at ${formatPence(t.capPerPupilPerProvisionPence)} a pupil a provision`}
                </p>
                <p>
                  {Object.keys(t.ratesPerMinutePence).length === 0
                    ? 'Prices every role at the school’s own hourly rates.'
                    : Object.entries(t.ratesPerMinutePence)
                        .map(([id, pence]) => `${roleName(id)}: ${formatRatePerMinute(pence)} a minute`)
                        .join('; ')}
                </p>
                {t.builtIn ? null : (
                  <div className="button-row">
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'template', template: t, roles: value.roles })}>
                      Change {t.name}
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'archive-template', template: t })}>
                      {t.archived ? `Restore ${t.name}` : `Archive ${t.name}`}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p>
            <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'template', template: null, roles: value.roles })}>
              Add a costing template
            </button>
          </p>
        </>
      ) : null}
    </SettingsSection>
  );
}
