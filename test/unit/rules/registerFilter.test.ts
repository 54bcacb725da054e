import { describe, expect, it } from 'vitest';
import { type RegisterFilter, type RegisterLine, matchesRegisterFilter, registerCounts } from '../../../shared/rules/registerFilter';

const line = (overrides: Partial<RegisterLine>): RegisterLine => ({
  upn: 'R201100018042',
  legalSurname: 'Okonjo',
  legalForename: 'Ava',
  preferredSurname: null,
  preferredForename: 'Ava-Rose',
  ncYear: '5',
  className: '5B',
  eal: false,
  pupilPremium: true,
  lookedAfter: false,
  provision: 'K',
  needs: [
    { type: 'SEMH', rank: 1 },
    { type: 'SLCN', rank: 2 },
  ],
  monitoring: false,
  ...overrides,
});

describe('matchesRegisterFilter', () => {
  it.each<[string, Partial<RegisterLine>, RegisterFilter, boolean]>([
    ['no filter', {}, {}, true],
    ['on the register (K)', {}, { status: 'register' }, true],
    ['on the register (E)', { provision: 'E' }, { status: 'register' }, true],
    ['not on the register (N)', { provision: 'N', needs: [] }, { status: 'register' }, false],
    ['no status counts as N', { provision: null, needs: [] }, { status: 'N' }, true],
    ['K is not E', {}, { status: 'E' }, false],
    ['monitoring', { provision: null, needs: [], monitoring: true }, { status: 'monitoring' }, true],
    ['need, secondary counts', {}, { need: 'SLCN' }, true],
    ['need absent', {}, { need: 'ASD' }, false],
    ['broad area of any need', {}, { area: 'communication-interaction' }, true],
    ['broad area absent', {}, { area: 'sensory-physical' }, false],
    ['year', {}, { ncYear: '5' }, true],
    ['other year', {}, { ncYear: '6' }, false],
    ['class', {}, { className: '5A' }, false],
    ['EAL wanted, not EAL', {}, { eal: true }, false],
    ['pupil premium', {}, { pupilPremium: true }, true],
    ['looked after', {}, { lookedAfter: true }, false],
    ['search by surname, any case', {}, { search: 'okon' }, true],
    ['search by preferred name', {}, { search: 'ava-rose' }, true],
    ['search by full name', {}, { search: 'Ava Okonjo' }, true],
    ['search by UPN', {}, { search: 'r2011000' }, true],
    ['search miss', {}, { search: 'Nowak' }, false],
    ['several filters, all must hold', {}, { status: 'K', need: 'SEMH', ncYear: '5', search: 'ava' }, true],
    ['several filters, one fails', {}, { status: 'K', need: 'SEMH', ncYear: '6' }, false],
  ])('%s', (_case, overrides, filter, expected) => {
    expect(matchesRegisterFilter(line(overrides), filter)).toBe(expected);
  });
});

describe('registerCounts', () => {
  it('counts by primary need, its broad area, and year', () => {
    const lines = [
      line({}),
      line({ ncYear: '6', needs: [{ type: 'ASD', rank: 1 }] }),
      line({ needs: [{ type: 'SEMH', rank: 1 }] }),
      line({ provision: null, needs: [], ncYear: null }),
    ];
    expect(registerCounts(lines)).toEqual({
      total: 4,
      byNeed: { SEMH: 2, ASD: 1 },
      byArea: { semh: 2, 'communication-interaction': 1 },
      byYear: { '5': 2, '6': 1, none: 1 },
    });
  });
});
