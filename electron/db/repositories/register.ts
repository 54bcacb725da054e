import { type Database, prepared } from '../database';
import { withFlags } from './pupils';

/** One line of the register: who, where, and their SEN position today. */
export interface RegisterRow {
  id: string;
  upn: string | null;
  legalSurname: string;
  legalForename: string;
  preferredSurname: string | null;
  preferredForename: string | null;
  dateOfBirth: string;
  ncYear: string | null;
  className: string | null;
  eal: boolean;
  pupilPremium: boolean;
  fsm: boolean;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
  leavingDate: string | null;
  provision: string | null;
  statusSince: string | null;
  /** Open needs, primary first. */
  needs: { type: string; rank: number }[];
  monitoring: boolean;
}

type Row = Omit<RegisterRow, 'eal' | 'pupilPremium' | 'fsm' | 'lookedAfter' | 'previouslyLookedAfter' | 'needs' | 'monitoring'> & {
  eal: number;
  pupilPremium: number;
  fsm: number;
  lookedAfter: number;
  previouslyLookedAfter: number;
  needs: string | null;
  monitoring: number;
};

/**
 * Every pupil with their open status, open needs and monitoring flag, in one
 * statement. Pupils who left before `today` come only when asked for.
 */
export function registerRows(db: Database, today: string, includeLeavers: boolean): RegisterRow[] {
  const rows = prepared(db, 
      `SELECT p.id, p.upn, p.legal_surname AS legalSurname, p.legal_forename AS legalForename,
         p.preferred_surname AS preferredSurname, p.preferred_forename AS preferredForename, p.date_of_birth AS dateOfBirth,
         p.nc_year AS ncYear, p.class_name AS className, p.eal, p.pupil_premium AS pupilPremium, p.fsm,
         p.looked_after AS lookedAfter, p.previously_looked_after AS previouslyLookedAfter, p.leaving_date AS leavingDate,
         s.provision, s.start_date AS statusSince,
         (SELECT group_concat(n.rank || ':' || n.need_type, ',') FROM sen_need n
           WHERE n.pupil_id = p.id AND n.end_date IS NULL) AS needs,
         EXISTS (SELECT 1 FROM monitoring m WHERE m.pupil_id = p.id AND m.closed_on IS NULL) AS monitoring
       FROM pupil p
       LEFT JOIN sen_status s ON s.pupil_id = p.id AND s.end_date IS NULL
       WHERE @includeLeavers = 1 OR p.leaving_date IS NULL OR p.leaving_date > @today
       ORDER BY p.legal_surname COLLATE NOCASE, p.legal_forename COLLATE NOCASE`,
    )
    .all({ today, includeLeavers: includeLeavers ? 1 : 0 }) as Row[];
  return rows.map((row) => ({
    ...withFlags(row),
    monitoring: row.monitoring === 1,
    needs: (row.needs ?? '')
      .split(',')
      .filter(Boolean)
      .map((entry) => {
        const [rank, type] = entry.split(':');
        return { type: type ?? '', rank: Number(rank) };
      })
      .sort((a, b) => a.rank - b.rank),
  }));
}
