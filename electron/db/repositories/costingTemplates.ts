import { type Database, prepared } from '../database';

/** A costing template as stored, with its rates in pence a minute (hundredths of a penny allowed). */
export interface CostingTemplateRow {
  id: string;
  name: string;
  weeksPerYear: number;
  ratesPerMinutePence: Record<string, number>;
  capPerPupilPerProvisionPence: number | null;
  builtIn: boolean;
  archived: boolean;
}

type Row = Omit<CostingTemplateRow, 'builtIn' | 'archived' | 'ratesPerMinutePence'> & { builtIn: number; archived: number };
const columns = `id, name, weeks_per_year AS weeksPerYear, cap_per_pupil_per_provision_pence AS capPerPupilPerProvisionPence,
  built_in AS builtIn, archived`;

function withRates(db: Database, rows: Row[]): CostingTemplateRow[] {
  const rates = prepared(db, 'SELECT template_id AS templateId, role_id AS roleId, hundredths_per_minute AS hundredths FROM costing_template_rate')
    .all() as { templateId: string; roleId: string; hundredths: number }[];
  return rows.map((row) => {
    const ratesPerMinutePence: Record<string, number> = {};
    for (const rate of rates) if (rate.templateId === row.id) ratesPerMinutePence[rate.roleId] = rate.hundredths / 100;
    return { ...row, builtIn: row.builtIn === 1, archived: row.archived === 1, ratesPerMinutePence };
  });
}

/** Built-in first, then by name. */
export function listCostingTemplates(db: Database): CostingTemplateRow[] {
  return withRates(db, prepared(db, `SELECT ${columns} FROM costing_template ORDER BY built_in DESC, name, id`).all() as Row[]);
}

export function costingTemplateById(db: Database, id: string): CostingTemplateRow | undefined {
  const row = prepared(db, `SELECT ${columns} FROM costing_template WHERE id = ?`).get(id) as Row | undefined;
  return row && withRates(db, [row])[0];
}

export function costingTemplateByName(db: Database, name: string): { id: string } | undefined {
  return prepared(db, 'SELECT id FROM costing_template WHERE lower(name) = lower(?)').get(name) as { id: string } | undefined;
}

/** Writes a template and replaces its rates: call inside the transaction of the change. */
export function saveCostingTemplate(db: Database, template: CostingTemplateRow, createdAt: string, isNew: boolean): void {
  const row = { ...template, builtIn: template.builtIn ? 1 : 0, archived: template.archived ? 1 : 0, createdAt };
  if (isNew) {
    prepared(db,
      `INSERT INTO costing_template (id, name, weeks_per_year, cap_per_pupil_per_provision_pence, built_in, archived, created_at)
       VALUES (@id, @name, @weeksPerYear, @capPerPupilPerProvisionPence, @builtIn, @archived, @createdAt)`,
    ).run(row);
  } else {
    prepared(db,
      `UPDATE costing_template SET name = @name, weeks_per_year = @weeksPerYear,
         cap_per_pupil_per_provision_pence = @capPerPupilPerProvisionPence, archived = @archived WHERE id = @id`,
    ).run(row);
  }
  prepared(db, 'DELETE FROM costing_template_rate WHERE template_id = ?').run(template.id);
  for (const [roleId, pence] of Object.entries(template.ratesPerMinutePence)) {
    prepared(db, 'INSERT INTO costing_template_rate (template_id, role_id, hundredths_per_minute) VALUES (?, ?, ?)').run(
      template.id,
      roleId,
      Math.round(pence * 100),
    );
  }
}

export function chosenTemplateId(db: Database): string {
  return (prepared(db, 'SELECT template_id AS id FROM costing_choice WHERE id = 1').get() as { id: string }).id;
}

export function chooseTemplate(db: Database, templateId: string): void {
  prepared(db, 'UPDATE costing_choice SET template_id = ? WHERE id = 1').run(templateId);
}
