import { measureUnits } from '../domain/provision';
import { ncYearGroupLabels } from '../domain/sen';
import type { ImpactPupilRow, ImpactSheetView, MapData, MapOptions } from '../domain/provisionMaps';
import { membershipsByGroup } from './provisionCosting';
import { costPerUnitGain, exactChange, impactSummary, scoreChange } from './provisionImpact';
import { addCost, costsShown, mapHeader, outcomeOf, pupilOf, rangeCosts, refuseParent, spanInRange, zeroCost, compareText } from './provisionMapParts';
import { measureLabel, staffText, whenText } from './provisionWords';

/**
 * A group's intervention impact sheet (issue 6, item 4): each pupil with a day
 * in the range, their entry and exit scores, change, change a month, review
 * outcome and, with costs, cost per unit of gain; then the group's summary.
 */

export function buildImpactSheet(data: MapData, options: MapOptions, groupId: string): ImpactSheetView {
  refuseParent(options, 'group’s impact sheet');
  const group = data.groups.find((g) => g.id === groupId);
  if (!group) throw new RangeError('That group is not in the map’s data, so its impact sheet cannot be made.');
  const show = costsShown(options);
  const own = membershipsByGroup(data.memberships).get(group.id) ?? [];
  const costs = rangeCosts(group, own, data, options);
  const members = own.filter((m) => spanInRange(group, m, options) !== null);

  const pupils: ImpactPupilRow[] = members
    .map((m) => {
      const pupil = pupilOf(data, m.pupilId);
      const cost = costs?.get(m.id);
      const change = exactChange(m.entry, m.exit).change;
      const row: ImpactPupilRow = {
        membershipId: m.id,
        pupilId: m.pupilId,
        name: pupil.name,
        year: pupil.year,
        startDate: m.startDate,
        endDate: m.endDate,
        scores: scoreChange(m.entry, m.exit),
        outcome: outcomeOf(data.outcomes, m.reviewOutcomeId),
        evaluation: m.evaluation ? { decision: m.evaluation.decision, reason: m.evaluation.reason } : null,
        ...(cost ? { cost: { toDatePence: cost.toDatePence, projectedPence: cost.projectedPence }, costPerUnitGainPence: costPerUnitGain(cost.projectedPence, change) } : {}),
      };
      return row;
    })
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.startDate, b.startDate));

  const summary = impactSummary(
    members.map((m) => ({
      entry: m.entry,
      exit: m.exit,
      outcomeScore: outcomeOf(data.outcomes, m.reviewOutcomeId)?.score ?? null,
      ...(costs ? { projectedPence: costs.get(m.id)?.projectedPence ?? 0 } : {}),
    })),
  );
  let total = zeroCost();
  for (const row of pupils) total = addCost(total, row.cost);

  const years = [...new Set(members.map((m) => pupilOf(data, m.pupilId).year))];
  const yearWords = years.length === 1 && years[0] ? ` (${ncYearGroupLabels[years[0]]})` : '';
  return {
    header: mapHeader(data, options, `Intervention impact: ${group.name}${yearWords}`, options.range.label, [group]),
    group: {
      id: group.id,
      name: group.name,
      area: group.area,
      wave: group.wave,
      staff: staffText(group.staff, data.roles, options.audience),
      when: whenText(group),
      room: group.room,
      startDate: group.startDate,
      endDate: group.endDate,
      intendedOutcome: group.intendedOutcome,
      measureKind: group.measure.kind,
      measureLabel: measureLabel(group.measure),
      unit: { ...measureUnits[group.measure.kind] },
    },
    pupils,
    summary: {
      pupils: summary.pupils,
      measured: summary.measured,
      improved: summary.improved,
      meanChange: summary.meanChange,
      meanPerMonth: summary.meanPerMonth,
      meanOutcomeScore: summary.meanOutcomeScore,
      ...(show ? { cost: total, costPerUnitGainPence: summary.costPerUnitGainPence } : {}),
    },
    evaluation: group.evaluation ? { ...group.evaluation } : null,
  };
}
