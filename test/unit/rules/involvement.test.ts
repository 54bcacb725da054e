import { describe, expect, it } from 'vitest';
import { type ProfessionalRole, periodProblem, professionalRoles, roleDescriptionProblem, roleName } from '../../../shared/rules/involvement';

describe('the role of a professional', () => {
  it.each<[ProfessionalRole, string | null, string | null]>([
    ['educational-psychologist', null, null],
    ['camhs', 'Tier 3 team', null],
    ['other', 'Play therapist', null],
    ['other', null, 'Say what the other professional role is.'],
    ['other', '', 'Say what the other professional role is.'],
    ['other', '   ', 'Say what the other professional role is.'],
  ])('%s described as %j → %j', (role, description, problem) => {
    expect(roleDescriptionProblem(role, description)).toBe(problem);
  });

  it.each<[ProfessionalRole, string | null, string]>([
    ['speech-and-language-therapist', null, 'Speech and language therapist'],
    ['social-worker', 'ignored for a listed role', 'Social worker'],
    ['other', 'Play therapist', 'Play therapist'],
    ['other', null, 'Other'],
  ])('%s with %j reads as %j', (role, description, name) => {
    expect(roleName(role, description)).toBe(name);
  });

  it('offers the roles the issue lists, with "other" last', () => {
    expect(professionalRoles).toEqual([
      'educational-psychologist',
      'speech-and-language-therapist',
      'occupational-therapist',
      'camhs',
      'paediatrician',
      'social-worker',
      'other',
    ]);
  });
});

describe('the period of an involvement', () => {
  it.each<[string | null, string | null, string | null]>([
    ['2025-09-01', null, null],
    ['2025-09-01', '2025-09-01', null],
    ['2025-09-01', '2026-07-22', null],
    ['2025-09-01', '2025-08-31', 'The end date cannot be before the start date.'],
    ['2025-12-31', '2025-01-01', 'The end date cannot be before the start date.'],
    [null, '2025-01-01', null],
  ])('%j to %j → %j', (start, end, problem) => {
    expect(periodProblem(start, end)).toBe(problem);
  });
});
