/** Staff roles, in the words of DESIGN.md (Records). */
export const roles = ['senco', 'deputy-senco', 'headteacher', 'dsl', 'teacher', 'read-only'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  senco: 'SENCO',
  'deputy-senco': 'Deputy SENCO',
  headteacher: 'Headteacher',
  dsl: 'Designated safeguarding lead',
  teacher: 'Teacher or TA',
  'read-only': 'Read only',
};
