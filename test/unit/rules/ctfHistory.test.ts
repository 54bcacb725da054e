import { describe, expect, it } from 'vitest';
import { senHistoryFromCtf } from '../../../shared/rules/ctfHistory';

describe('senHistoryFromCtf', () => {
  it('orders periods, ends each the day the next starts, and dates needs with their period', () => {
    const result = senHistoryFromCtf([
      { line: 30, startDate: '2023-09-05', provision: 'K', needs: [{ type: 'SEMH', rank: 1 }, { type: 'SLCN', rank: 2 }] },
      { line: 20, startDate: '2012-01-10', provision: 'A', needs: [] },
      { line: 40, startDate: '2025-02-01', provision: 'E', needs: [{ type: 'ASD', rank: null }] },
    ]);
    expect(result.statuses).toEqual([
      { provision: 'A', startDate: '2012-01-10', endDate: '2023-09-05' },
      { provision: 'K', startDate: '2023-09-05', endDate: '2025-02-01' },
      { provision: 'E', startDate: '2025-02-01', endDate: null },
    ]);
    expect(result.needs).toEqual([
      { type: 'SEMH', rank: 1, startDate: '2023-09-05', endDate: '2025-02-01' },
      { type: 'SLCN', rank: 2, startDate: '2023-09-05', endDate: '2025-02-01' },
      { type: 'ASD', rank: 1, startDate: '2025-02-01', endDate: null },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('closes a historic period left open on the day it ended nationally, and says so', () => {
    const result = senHistoryFromCtf([{ line: 12, startDate: '2013-05-01', provision: 'S', needs: [] }]);
    expect(result.statuses).toEqual([{ provision: 'S', startDate: '2013-05-01', endDate: '2018-04-01' }]);
    expect(result.warnings[0]?.message).toContain('Line 12');
  });

  it('leaves out codes it does not know, with the line', () => {
    const result = senHistoryFromCtf([{ line: 9, startDate: '2024-01-01', provision: 'X', needs: [] }, { line: 14, startDate: '2024-02-01', provision: 'K', needs: [{ type: 'ADHD', rank: 1 }] }]);
    expect(result.statuses.map((s) => s.provision)).toEqual(['K']);
    expect(result.warnings.map((w) => w.line)).toEqual([9, 14]);
  });
});
