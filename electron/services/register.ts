import type { RegisterFilterInput } from '../../shared/contract/pupils';
import { matchesRegisterFilter, registerCounts } from '../../shared/rules/registerFilter';
import { londonDate } from '../../shared/rules/schoolDate';
import { registerRows } from '../db/repositories/register';
import type { SessionService } from './session';

/**
 * The register screen's rows and counts. One statement reads everyone on
 * roll (2,000 at the reference size); the filter is the pure rule the
 * screen can preview, applied here so the counts match what is shown.
 */
export class RegisterService {
  constructor(private readonly session: SessionService) {}

  list({ includeLeavers = false, ...filter }: RegisterFilterInput) {
    const today = londonDate(this.session.now());
    const rows = registerRows(this.session.db(), today, includeLeavers).filter((row) => matchesRegisterFilter(row, filter));
    return { rows, counts: registerCounts(rows) };
  }
}
