import { describe, expect, it } from 'vitest';
import {
  allSenProvisions,
  broadAreaLabels,
  isHistoric,
  isNcYearGroup,
  isNeedType,
  isSenProvision,
  ncYearGroupLabels,
  ncYearGroups,
  ncYearNumber,
  needTypeDetails,
  needTypes,
  senProvisionLabels,
} from '../../../shared/domain/sen';

describe('SEN provision', () => {
  it.each([
    ['E', 'EHC plan', true, false],
    ['K', 'SEN support', true, false],
    ['N', 'No SEN', true, false],
    ['S', 'Statement of SEN', false, true],
    ['A', 'School Action', false, true],
    ['P', 'School Action Plus', false, true],
  ])('%s is "%s" (current %s, historic %s)', (code, label, current, historic) => {
    expect(senProvisionLabels[code as (typeof allSenProvisions)[number]]).toBe(label);
    expect(isSenProvision(code)).toBe(current);
    expect(isHistoric(code)).toBe(historic);
  });

  it.each(['', 'e', 'X', 'EK', ' K'])('%j is neither current nor historic', (code) => {
    expect(isSenProvision(code) || isHistoric(code)).toBe(false);
  });
});

describe('need types (REFERENCE.md §2 table)', () => {
  it.each([
    ['SPLD', 'Specific learning difficulty', 'Cognition and learning'],
    ['MLD', 'Moderate learning difficulty', 'Cognition and learning'],
    ['SLD', 'Severe learning difficulty', 'Cognition and learning'],
    ['PMLD', 'Profound and multiple learning difficulty', 'Cognition and learning'],
    ['SEMH', 'Social, emotional and mental health', 'Social, emotional and mental health'],
    ['SLCN', 'Speech, language and communication needs', 'Communication and interaction'],
    ['ASD', 'Autistic spectrum disorder', 'Communication and interaction'],
    ['HI', 'Hearing impairment', 'Sensory and/or physical'],
    ['VI', 'Vision impairment', 'Sensory and/or physical'],
    ['MSI', 'Multi-sensory impairment', 'Sensory and/or physical'],
    ['PD', 'Physical disability', 'Sensory and/or physical'],
    ['OTH', 'Other difficulty/disability', null],
    ['NSA', 'SEN support but no specialist assessment of type of need', null],
    ['DS', 'Down syndrome', null],
  ])('%s: %s, %s', (code, meaning, area) => {
    expect(isNeedType(code)).toBe(true);
    const details = needTypeDetails[code as (typeof needTypes)[number]];
    expect(details.meaning).toBe(meaning);
    expect(details.area === null ? null : broadAreaLabels[details.area]).toBe(area);
  });

  it('has the 14 census codes and no others', () => {
    expect(needTypes).toHaveLength(14);
    expect(Object.keys(needTypeDetails).sort()).toEqual([...needTypes].sort());
    expect(isNeedType('spld')).toBe(false);
    expect(isNeedType('ADHD')).toBe(false);
  });
});

describe('NC year groups', () => {
  it.each([
    ['E1', 'Early years 1', -4],
    ['E2', 'Early years 2', -3],
    ['N1', 'Nursery 1', -2],
    ['N2', 'Nursery 2', -1],
    ['R', 'Reception', 0],
    ['1', 'Year 1', 1],
    ['6', 'Year 6', 6],
    ['9', 'Year 9', 9],
    ['14', 'Year 14', 14],
    ['X', 'No National Curriculum year', null],
  ])('%s is "%s", year %s', (code, label, number) => {
    expect(isNcYearGroup(code)).toBe(true);
    const group = code as (typeof ncYearGroups)[number];
    expect(ncYearGroupLabels[group]).toBe(label);
    expect(ncYearNumber(group)).toBe(number);
  });

  it('lists the census codes youngest first, without the class-only M', () => {
    expect(ncYearGroups.join(' ')).toBe('E1 E2 N1 N2 R 1 2 3 4 5 6 7 8 9 10 11 12 13 14 X');
    expect(['M', '0', '15', 'Y6', 'r', '06'].filter(isNcYearGroup)).toEqual([]);
  });
});
