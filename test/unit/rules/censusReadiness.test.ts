import { describe, expect, it } from 'vitest';
import { type CensusPupil, censusReadinessProblems } from '../../../shared/rules/censusReadiness';

const ok: CensusPupil = { upn: 'R201100018042', provision: 'K', needs: [{ type: 'SEMH', rank: 1 }] };

describe('censusReadinessProblems', () => {
  it.each<[string, Partial<CensusPupil>, string[]]>([
    ['a pupil the census accepts', {}, []],
    ['no UPN', { upn: null }, ['1500']],
    ['a wrong check letter', { upn: 'T201100018042' }, ['1510']],
    ['SEN support with no need', { needs: [] }, ['2170']],
    ['NSA with an EHC plan', { provision: 'E', needs: [{ type: 'NSA', rank: 1 }] }, ['2175']],
    ['needs left open on a pupil with no SEN', { provision: 'N' }, ['2125']],
    ['the monitoring list (no status) is N', { provision: null, needs: [] }, []],
    ['a lower-ranked need stays in the app', { needs: [{ type: 'SEMH', rank: 1 }, { type: 'ASD', rank: 2 }, { type: 'SLCN', rank: 3 }] }, []],
    ['a single need ranked 2', { needs: [{ type: 'SEMH', rank: 2 }] }, ['2160']],
  ])('%s', (_case, overrides, codes) => {
    expect(censusReadinessProblems({ ...ok, ...overrides }, new Set()).map((p) => p.code)).toEqual(codes);
  });

  it('reports a shared UPN (1520), however it was typed, with a fix for each problem', () => {
    const problems = censusReadinessProblems({ ...ok, upn: ' r201100018042 ' }, new Set(['R201100018042']));
    expect(problems.map((p) => p.code)).toEqual(['1520']);
    expect(problems[0]?.fix).toContain('MIS');
  });

  it('gives every problem a message with its code and a fix', () => {
    const problems = censusReadinessProblems({ upn: 'X99', provision: 'E', needs: [{ type: 'NSA', rank: 3 }] }, new Set());
    // Rank 3 stays in the app, so the EHC plan sends no need at all: 2170.
    expect(problems.map((p) => p.code)).toEqual(['1510', '2170']);
    for (const p of problems) {
      expect(p.message).toContain(p.code);
      expect(p.fix.length).toBeGreaterThan(10);
    }
  });
});
