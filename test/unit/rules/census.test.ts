import { describe, expect, it } from 'vitest';
import { censusNeedsFor, censusSenProblems, type CensusNeed } from '../../../shared/rules/census';

const need = (type: string | null, rank: number | null): CensusNeed => ({ type, rank });
const codes = (provision: string | null, needs: CensusNeed[]) =>
  censusSenProblems({ provision, needs }).map((p) => p.code);

describe('censusSenProblems: valid pupils', () => {
  it.each([
    ['E with a primary need', 'E', [need('SPLD', 1)]],
    ['E with primary and secondary needs', 'E', [need('ASD', 1), need('SLCN', 2)]],
    ['K with a primary need', 'K', [need('SEMH', 1)]],
    ['K with NSA', 'K', [need('NSA', 1)]],
    ['K with Down syndrome second', 'K', [need('MLD', 1), need('DS', 2)]],
    ['K, needs listed secondary first', 'K', [need('MLD', 2), need('SPLD', 1)]],
    ['N with no needs', 'N', []],
    ['N with only a blank row', 'N', [need(null, null)]],
    ['K with a blank row beside its need', 'K', [need(null, null), need('HI', 1)]],
    ['K with an empty-text blank row', 'K', [need('', null), need('VI', 1)]],
  ])('%s: no problems', (_name, provision, needs) => {
    expect(censusSenProblems({ provision, needs })).toEqual([]);
  });
});

describe('censusSenProblems: each rule', () => {
  it.each([
    // 2120 SEN provision missing or invalid
    ['no provision', null, [], ['2120']],
    ['empty provision', '', [], ['2120']],
    ['blank provision', '  ', [], ['2120']],
    ['unknown code', 'X', [], ['2120']],
    ['lower case', 'k', [need('SPLD', 1)], ['2120']],
    ['historic statement', 'S', [need('SPLD', 1)], ['2120']],
    ['historic School Action', 'A', [], ['2120']],
    ['historic School Action Plus', 'P', [need('MLD', 1)], ['2120']],
    // 2125 SEN information where provision is N
    ['N with a need', 'N', [need('SPLD', 1)], ['2125']],
    ['N with two needs', 'N', [need('SPLD', 1), need('MLD', 2)], ['2125']],
    // 2130 need type required where a rank is given
    ['ranked need without a type', 'K', [need('SPLD', 1), need(null, 2)], ['2130']],
    ['ranked need with a blank type', 'K', [need('SPLD', 1), need('  ', 2)], ['2130']],
    ['unknown need type', 'K', [need('SPLD', 1), need('ADHD', 2)], ['2130']],
    ['need type in lower case', 'E', [need('SPLD', 1), need('mld', 2)], ['2130']],
    ['unknown need type without a rank', 'K', [need('SPLD', 1), need('ADHD', null)], ['2130', '2140']],
    // 2140 rank missing or invalid
    ['need without a rank', 'K', [need('SPLD', 1), need('MLD', null)], ['2140']],
    ['rank 3', 'K', [need('SPLD', 1), need('MLD', 3)], ['2140']],
    ['rank 0', 'K', [need('SPLD', 1), need('MLD', 0)], ['2140']],
    ['rank 1.5', 'K', [need('SPLD', 1), need('MLD', 1.5)], ['2140']],
    ['rank NaN', 'K', [need('SPLD', 1), need('MLD', NaN)], ['2140']],
    // 2160 a single need must be rank 1
    ['single need ranked 2', 'K', [need('SPLD', 2)], ['2160']],
    ['single need without a rank', 'E', [need('SPLD', null)], ['2140', '2160']],
    ['single need ranked 3', 'K', [need('SPLD', 3)], ['2140', '2160']],
    // 2165 each need has a different rank
    ['two primary needs', 'K', [need('SPLD', 1), need('MLD', 1)], ['2165']],
    ['two secondary needs', 'E', [need('SPLD', 2), need('MLD', 2)], ['2165']],
    // 2166 at most two ranked needs
    ['three ranked needs, 1 2 3', 'K', [need('SPLD', 1), need('MLD', 2), need('ASD', 3)], ['2140', '2166']],
    ['three ranked needs, 1 2 2', 'K', [need('SPLD', 1), need('MLD', 2), need('ASD', 2)], ['2165', '2166']],
    // 2170 need type required where provision is K or E
    ['K with no needs', 'K', [], ['2170']],
    ['E with no needs', 'E', [], ['2170']],
    ['K with only a blank row', 'K', [need(null, null)], ['2170']],
    ['K whose only need has no type', 'K', [need(null, 1)], ['2130', '2170']],
    ['E whose only need type is unknown', 'E', [need('ADHD', 1)], ['2130', '2170']],
    // 2175 NSA only where provision is K
    ['E with NSA', 'E', [need('NSA', 1)], ['2175']],
    ['E with NSA second', 'E', [need('SPLD', 1), need('NSA', 2)], ['2175']],
    ['N with NSA', 'N', [need('NSA', 1)], ['2125', '2175']],
    ['no provision with NSA', null, [need('NSA', 1)], ['2120', '2175']],
  ])('%s → %j', (_name, provision, needs, expected) => {
    expect(codes(provision, needs)).toEqual(expected);
  });
});

describe('censusSenProblems: combinations', () => {
  it.each([
    ['N with a need ranked 2', 'N', [need('SPLD', 2)], ['2125', '2160']],
    ['unknown provision, untyped need ranked 2', 'Q', [need(null, 2)], ['2120', '2130', '2160']],
    ['K, two untyped needs: one 2130 each', 'K', [need(null, 1), need(null, 2)], ['2130', '2130', '2170']],
    ['K, two unranked needs: one 2140 each', 'K', [need('SPLD', null), need('MLD', null)], ['2140', '2140']],
    [
      'E, everything at once',
      'E',
      [need('NSA', 1), need(null, 1), need('ADHD', 2), need('MLD', 4)],
      ['2130', '2130', '2140', '2165', '2166', '2175'],
    ],
    ['S with NSA and no rank', 'S', [need('NSA', null)], ['2120', '2140', '2160', '2175']],
  ])('%s → %j', (_name, provision, needs, expected) => {
    expect(codes(provision, needs)).toEqual(expected);
  });
});

describe('censusSenProblems: what the SENCO reads', () => {
  it.each([
    [null, [], '2120: the SEN provision is missing.', "Record the pupil's SEN provision: EHC plan (E), SEN support (K) or no SEN (N)."],
    [
      'S',
      [],
      '2120: S (Statement of SEN) is a historic provision the census no longer accepts: statements ended on 1 April 2018.',
      "Record the pupil's SEN provision: EHC plan (E), SEN support (K) or no SEN (N).",
    ],
    ['A', [], '2120: A (School Action) is a historic provision the census no longer accepts.', expect.any(String)],
    ['k', [need('SPLD', 1)], '2120: “k” is not a census SEN provision.', expect.any(String)],
    [
      'N',
      [need('SPLD', 1)],
      '2125: a need is recorded for a pupil with no SEN (N).',
      'If the pupil has SEN, record SEN support (K) or their EHC plan (E); if not, remove the needs from the census record.',
    ],
    ['K', [need('SPLD', 1), need(null, 2)], '2130: the need ranked 2 has no need type.', 'Choose the need type for it from the census list.'],
    ['K', [need('SPLD', 1), need('ADHD', 2)], '2130: “ADHD” is not a census need type.', 'Choose one of the census need types instead of “ADHD”.'],
    ['K', [need('SPLD', 1), need('MLD', null)], '2140: the MLD need has no rank.', 'Rank it 1 if it is the primary need, or 2 if it is the secondary need.'],
    [
      'K',
      [need('SPLD', 1), need('MLD', 3)],
      '2140: the MLD need has rank 3; the census takes only rank 1 (primary need) or 2 (secondary need).',
      expect.any(String),
    ],
    ['K', [need('SPLD', 2)], "2160: the pupil's only need is ranked 2; a single need must be rank 1.", 'Make it the primary need (rank 1).'],
    ['K', [need('SPLD', null)], "2160: the pupil's only need has no rank; a single need must be rank 1.", expect.any(String)],
    ['K', [need('SPLD', NaN)], "2160: the pupil's only need has an invalid rank; a single need must be rank 1.", expect.any(String)],
    [
      'K',
      [need('SPLD', 1), need('MLD', 1)],
      '2165: 2 needs are ranked 1; each need must have a different rank.',
      'Rank the primary need 1 and the secondary need 2: no two needs may share a rank.',
    ],
    [
      'K',
      [need('SPLD', 1), need('MLD', 2), need('ASD', 1), need('HI', 2)],
      '2165: 2 needs are ranked 1 and 2 needs are ranked 2; each need must have a different rank.',
      expect.any(String),
    ],
    [
      'K',
      [need('SPLD', 1), need('MLD', 2), need('ASD', 3)],
      '2166: 3 needs are ranked; the census takes at most two.',
      'Keep ranks 1 and 2 for the primary and secondary needs and take the rank off the others: the app keeps them, the census does not.',
    ],
    ['K', [], '2170: a pupil on SEN support (K) must have a need type recorded.', "Record the pupil's primary need (rank 1)."],
    ['E', [], '2170: a pupil with an EHC plan (E) must have a need type recorded.', "Record the pupil's primary need (rank 1)."],
    [
      'E',
      [need('NSA', 1)],
      '2175: NSA (no specialist assessment of type of need) is only for pupils on SEN support (K), and this pupil has an EHC plan (E).',
      "The EHC needs assessment has identified the pupil's needs: record the assessed need type instead of NSA.",
    ],
  ])('%j with %j: %s', (provision, needs, message, fix) => {
    const problems = censusSenProblems({ provision, needs });
    expect(problems.filter((p) => p.message === message)).toEqual([{ code: message.slice(0, 4), message, fix }]);
  });

  it('starts every message with its code and always says what to do', () => {
    const problems = censusSenProblems({
      provision: 'E',
      needs: [need('NSA', 1), need(null, 1), need('ADHD', 2), need('MLD', 4)],
    });
    for (const { code, message, fix } of problems) {
      expect(message.startsWith(`${code}: `)).toBe(true);
      expect(fix.length).toBeGreaterThan(10);
    }
  });
});

describe('censusNeedsFor', () => {
  it.each([
    ['nothing', [], []],
    ['primary only', [need('SPLD', 1)], [need('SPLD', 1)]],
    ['primary first, whatever the order recorded', [need('MLD', 2), need('SPLD', 1)], [need('SPLD', 1), need('MLD', 2)]],
    [
      'unranked and lower-ranked needs stay in the app',
      [need('ASD', null), need('MLD', 2), need('HI', 3), need('SPLD', 1), need('VI', 0)],
      [need('SPLD', 1), need('MLD', 2)],
    ],
    ['a ranked need without a type still goes, for 2130 to catch', [need(null, 1)], [need(null, 1)]],
    [
      'two primary needs both go, in the order recorded, for 2165 to catch',
      [need('MLD', 1), need('ASD', 2), need('SPLD', 1)],
      [need('MLD', 1), need('SPLD', 1), need('ASD', 2)],
    ],
  ])('%s', (_name, needs, expected) => {
    expect(censusNeedsFor(needs)).toEqual(expected);
  });

  it('keeps the records it is given (ids included) and leaves the input alone', () => {
    const recorded = [
      { id: 'n3', type: 'HI', rank: null },
      { id: 'n2', type: 'MLD', rank: 2 },
      { id: 'n1', type: 'SPLD', rank: 1 },
    ];
    const before = structuredClone(recorded);
    expect(censusNeedsFor(recorded).map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(recorded).toEqual(before);
  });

  it('gives the census a clean return for a pupil the app records more needs for', () => {
    const recorded = [need('SEMH', 1), need('SLCN', 2), need('ASD', null), need('SPLD', 3)];
    expect(censusSenProblems({ provision: 'K', needs: recorded }).length).toBeGreaterThan(0);
    expect(censusSenProblems({ provision: 'K', needs: censusNeedsFor(recorded) })).toEqual([]);
  });
});
