import { describe, expect, it } from 'vitest';
import {
  areaWords,
  consultedWords,
  monitoringOutcomeWords,
  needWords,
  rankWords,
  statusMeaning,
  statusWords,
  yearWords,
} from '../../../electron/documents/pupilSummaryWords';
import { allSenProvisions, needTypes } from '../../../shared/domain/sen';

describe('the summary’s words for each audience', () => {
  it.each([
    ['K', 'SEN support', 'SEN support'],
    ['E', 'EHC plan', 'Education, health and care (EHC) plan'],
    ['N', 'No SEN', 'Not on the SEN register'],
    ['S', 'Statement of SEN (historic code S)', 'Statement of special educational needs'],
    ['A', 'School Action (historic code A)', 'School Action'],
    ['P', 'School Action Plus (historic code P)', 'School Action Plus'],
    ['Q', 'Q', 'Q'],
  ])('status %s: staff %j, parent %j', (code, staff, parent) => {
    expect(statusWords(code, 'staff')).toBe(staff);
    expect(statusWords(code, 'parent')).toBe(parent);
  });

  it('explains every status to a family, by the pupil’s name', () => {
    for (const code of allSenProvisions) expect(statusMeaning(code, 'Ava')).toMatch(/\S/);
    expect(statusMeaning('E', 'Ava')).toContain('Ava has an education, health and care (EHC) plan');
    expect(statusMeaning('Q', 'Ava')).toBeNull();
  });

  it.each([
    ['SLCN', 'SLCN – Speech, language and communication needs', 'Speech, language and communication needs', 'Communication and interaction'],
    ['ASD', 'ASD – Autistic spectrum disorder', 'Autism', 'Communication and interaction'],
    ['VI', 'VI – Vision impairment', 'Vision impairment', 'Sensory or physical'],
    ['NSA', 'NSA – SEN support but no specialist assessment of type of need', 'Special educational needs not yet assessed by a specialist', 'None of the four broad areas'],
    ['XYZ', 'XYZ', 'XYZ', 'None of the four broad areas'],
  ])('need %s', (code, staff, parent, parentArea) => {
    expect(needWords(code, 'staff')).toBe(staff);
    expect(needWords(code, 'parent')).toBe(parent);
    expect(areaWords(code, 'parent')).toBe(parentArea);
  });

  it('never shows a family a census code for any need', () => {
    for (const code of needTypes) expect(needWords(code, 'parent')).not.toContain(code);
  });

  it.each([
    [1, 'Primary', 'Main need'],
    [2, 'Secondary', 'Also'],
    [3, 'Rank 3', 'Also'],
  ])('rank %i', (rank, staff, parent) => {
    expect(rankWords(rank, 'staff')).toBe(staff);
    expect(rankWords(rank, 'parent')).toBe(parent);
  });

  it.each([
    ['5', 'Year 5'],
    ['R', 'Reception'],
    ['X', 'No National Curriculum year'],
    [null, 'Not recorded'],
    ['Q', 'Q'],
  ])('year %j is %j', (code, words) => {
    expect(yearWords(code)).toBe(words);
  });

  it('says who was consulted, the pupil by name for a family', () => {
    expect(consultedWords(['class-teacher', 'parents', 'pupil'], 'staff', 'Ava')).toBe('class teacher, parents or carers, pupil');
    expect(consultedWords(['pupil'], 'parent', 'Ava')).toBe('Ava');
    expect(consultedWords([], 'parent', 'Ava')).toBe('Nobody recorded');
  });

  it.each([
    ['moved-to-sen-support', 'Moved to SEN support', 'SEN support started'],
    ['closed', 'Closed', 'No longer needed'],
    [null, null, null],
  ])('monitoring outcome %j', (outcome, staff, parent) => {
    expect(monitoringOutcomeWords(outcome, 'staff')).toBe(staff);
    expect(monitoringOutcomeWords(outcome, 'parent')).toBe(parent);
  });
});
