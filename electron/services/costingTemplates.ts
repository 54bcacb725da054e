import { randomUUID } from 'node:crypto';
import { DEFAULT_TEMPLATE_ID } from '../../shared/domain/provision';
import type { Database } from '../db/database';
import {
  chooseTemplate,
  chosenTemplateId,
  costingTemplateById,
  costingTemplateByName,
  type CostingTemplateRow,
  listCostingTemplates,
  saveCostingTemplate,
} from '../db/repositories/costingTemplates';
import { staffRoleById } from '../db/repositories/staffRoles';
import { AppFailure } from '../failure';
import { requireRole } from './provisionAccess';
import type { SessionService } from './session';

export interface TemplateInput {
  name: string;
  weeksPerYear: number;
  ratesPerMinutePence: Record<string, number>;
  capPerPupilPerProvisionPence: number | null;
}

const builtIn = () => new AppFailure('NOT_ALLOWED', 'The built-in costing template cannot be changed or archived. Add a template of your own instead.');

/**
 * The LA costing templates (REFERENCE.md §7) and the school's choice of one:
 * the SENCO's alone, like pay. The built-in 38-week template prices every role
 * at the school's own hourly rates and is never changed or archived; nor is
 * the template in use archived.
 */
export class CostingTemplatesService {
  constructor(private readonly session: SessionService) {}

  list(): { templates: CostingTemplateRow[]; chosenId: string } {
    requireRole(this.session, ['senco']);
    const db = this.session.db();
    return { templates: listCostingTemplates(db), chosenId: chosenTemplateId(db) };
  }

  add(input: TemplateInput): CostingTemplateRow {
    requireRole(this.session, ['senco']);
    const { db } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      this.check(db, input, null);
      saveCostingTemplate(db, { ...input, id, builtIn: false, archived: false }, this.session.now().toISOString(), true);
      this.session.audit({ action: 'costing.template.added', subject: id });
    })();
    return costingTemplateById(db, id)!;
  }

  change(templateId: string, input: TemplateInput): CostingTemplateRow {
    return this.update(templateId, 'costing.template.changed', (db, current) => {
      this.check(db, input, templateId);
      return { ...current, ...input };
    });
  }

  setArchived(templateId: string, archived: boolean): CostingTemplateRow {
    return this.update(templateId, archived ? 'costing.template.archived' : 'costing.template.restored', (db, current) => {
      if (archived && chosenTemplateId(db) === templateId) {
        throw new AppFailure('NOT_ALLOWED', "This is the school's costing template. Choose another before archiving it.");
      }
      return { ...current, archived };
    });
  }

  choose(templateId: string): { templates: CostingTemplateRow[]; chosenId: string } {
    requireRole(this.session, ['senco']);
    const { db } = this.session.open();
    db.transaction(() => {
      const template = costingTemplateById(db, templateId);
      if (!template) throw new AppFailure('NOT_FOUND', 'There is no such costing template.');
      if (template.archived) throw new AppFailure('NOT_ALLOWED', 'This costing template is archived. Restore it before choosing it.');
      chooseTemplate(db, templateId);
      this.session.audit({ action: 'costing.template.chosen', subject: templateId });
    })();
    return this.list();
  }

  private update(templateId: string, action: string, next: (db: Database, current: CostingTemplateRow) => CostingTemplateRow): CostingTemplateRow {
    requireRole(this.session, ['senco']);
    const { db } = this.session.open();
    db.transaction(() => {
      const current = costingTemplateById(db, templateId);
      if (!current) throw new AppFailure('NOT_FOUND', 'There is no such costing template.');
      if (current.builtIn || current.id === DEFAULT_TEMPLATE_ID) throw builtIn();
      saveCostingTemplate(db, next(db, current), this.session.now().toISOString(), false);
      this.session.audit({ action, subject: templateId });
    })();
    return costingTemplateById(db, templateId)!;
  }

  private check(db: Database, input: TemplateInput, except: string | null): void {
    const taken = costingTemplateByName(db, input.name.trim());
    if (taken && taken.id !== except) throw new AppFailure('NAME_TAKEN', `There is already a costing template called "${input.name.trim()}".`);
    for (const roleId of Object.keys(input.ratesPerMinutePence)) {
      if (!staffRoleById(db, roleId)) throw new AppFailure('INVALID_INPUT', 'Give rates only for roles in the list of staff roles.');
    }
  }
}
