/** The professionals a SENCO most often works with; anything else is "other" with what it is. */
export const professionalRoles = [
  'educational-psychologist',
  'speech-and-language-therapist',
  'occupational-therapist',
  'camhs',
  'paediatrician',
  'social-worker',
  'other',
] as const;
export type ProfessionalRole = (typeof professionalRoles)[number];

export const professionalRoleLabels: Record<ProfessionalRole, string> = {
  'educational-psychologist': 'Educational psychologist',
  'speech-and-language-therapist': 'Speech and language therapist',
  'occupational-therapist': 'Occupational therapist',
  camhs: 'CAMHS (child and adolescent mental health services)',
  paediatrician: 'Paediatrician',
  'social-worker': 'Social worker',
  other: 'Other',
};

/** An "other" role says what it is; a listed role needs no description. */
export function roleDescriptionProblem(role: ProfessionalRole, description: string | null): string | null {
  const given = (description ?? '').trim() !== '';
  if (role === 'other' && !given) return 'Say what the other professional role is.';
  return null;
}

/** An involvement cannot end before it began. Dates are ISO school dates, so they compare as text. */
export function periodProblem(startDate: string | null, endDate: string | null): string | null {
  if (startDate && endDate && endDate < startDate) return 'The end date cannot be before the start date.';
  return null;
}

/** "Other" reads as its description wherever it is shown. */
export function roleName(role: ProfessionalRole, description: string | null): string {
  return role === 'other' && description ? description : professionalRoleLabels[role];
}
