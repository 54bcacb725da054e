import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProvisionMembership } from '../../../shared/domain/provision';
import { groupCostModel, groupCosts, weeksIn } from '../../../shared/rules/provisionCosting';
import { dayNumber, isoFromDay } from '../../../shared/rules/schoolTerms';
import { defaultTemplate, group, membership, roles } from './provisionFixtures';

const start = dayNumber('2026-09-01');
const dayArb = fc.integer({ min: 0, max: 400 });
const costing = { template: defaultTemplate, roles };

/**
 * A group over a random stretch, a first pupil there throughout (so no stretch is
 * unallocated), and others coming and going, each once (a pupil's memberships of
 * one group never overlap; rejoining is in the tables).
 */
const caseArb = fc
  .record({
    runDays: fc.integer({ min: 1, max: 400 }),
    open: fc.boolean(),
    weeks: fc.integer({ min: 1, max: 40 }),
    materialsPence: fc.integer({ min: 0, max: 50_000 }),
    staffCount: fc.integer({ min: 1, max: 3 }),
    others: fc.array(fc.record({ from: dayArb, length: fc.integer({ min: 0, max: 400 }), open: fc.boolean() }), { maxLength: 8 }),
    cap: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }),
    range: fc.tuple(dayArb, dayArb),
    today: dayArb,
  })
  .map((c) => {
    const g = group({
      startDate: isoFromDay(start),
      endDate: c.open ? null : isoFromDay(start + c.runDays - 1),
      weeks: c.weeks,
      materialsPence: c.materialsPence,
      staff: Array.from({ length: c.staffCount }, (_, i) => ({ name: `Staff ${i}`, roleId: 'ta' })),
    });
    const ms: ProvisionMembership[] = [
      membership('first', 'p0', { startDate: isoFromDay(start) }),
      ...c.others.map((o, i) =>
        membership(`m${i}`, `p${i + 1}`, { startDate: isoFromDay(start + o.from), endDate: o.open ? null : isoFromDay(start + o.from + o.length) }),
      ),
    ];
    const [a, b] = c.range[0] <= c.range[1] ? c.range : [c.range[1], c.range[0]];
    return { ...c, g, ms, range: { from: isoFromDay(start + a), to: isoFromDay(start + b) }, today: isoFromDay(start + c.today) };
  });

describe('costing properties', () => {
  it('the pupils’ shares of a group’s staff time (before rounding and cap) add up to its cost in any window', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const model = groupCostModel({ ...c.g, materialsPence: 0 }, c.ms, costing, '2027-08-31');
        const from = Math.max(dayNumber(c.range.from), model.run.from);
        const to = Math.min(dayNumber(c.range.to), model.run.to);
        const shares = [...model.shares(dayNumber(c.range.from), dayNumber(c.range.to)).values()].reduce((a, b) => a + b, 0);
        expect(shares).toBeCloseTo(to >= from ? model.pencePerWeek * weeksIn(c.g, defaultTemplate, from, to) : 0, 6);
      }),
    );
  });

  it('over the whole run, the shares add up to the staff time and the materials', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const model = groupCostModel(c.g, c.ms, costing, '2027-08-31');
        const shares = [...model.shares(model.run.from, model.run.to).values()].reduce((a, b) => a + b, 0);
        expect(shares).toBeCloseTo(model.pencePerWeek * weeksIn(c.g, defaultTemplate, model.run.from, model.run.to) + c.materialsPence, 6);
      }),
    );
  });

  it('to date never exceeds projected, for every pupil, capped or not', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const template = { ...defaultTemplate, capPerPupilPerProvisionPence: c.cap };
        const result = groupCosts(c.g, c.ms, { template, roles }, c.range, c.today);
        for (const cost of result.values()) {
          expect(cost.toDatePence).toBeLessThanOrEqual(cost.projectedPence);
          expect(cost.toDatePence).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('a cap is never passed within one school year', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (c.cap === null) return;
        const template = { ...defaultTemplate, capPerPupilPerProvisionPence: c.cap };
        const year = { from: '2026-09-01', to: '2027-08-31' };
        const result = groupCosts(c.g, c.ms, { template, roles }, year, year.to);
        const byPupil = new Map<string, number>();
        for (const m of c.ms) byPupil.set(m.pupilId, (byPupil.get(m.pupilId) ?? 0) + (result.get(m.id)?.projectedPence ?? 0));
        for (const pence of byPupil.values()) expect(pence).toBeLessThanOrEqual(c.cap);
      }),
    );
  });
});
