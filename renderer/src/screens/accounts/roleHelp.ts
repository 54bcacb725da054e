import { type Role, roleLabels, roles } from '../../../../shared/domain/roles';

/** What each role can do, in the words of DESIGN.md ("Records"), for whoever chooses a role. */
export const roleHelp: Record<Role, string> = {
  senco: 'Everything, including staff costs and staff accounts.',
  'deputy-senco': 'All records, but not staff accounts.',
  headteacher: 'Reads all records and approves disclosures.',
  dsl: 'Reads all records, approves disclosures and keeps safeguarding records.',
  teacher: 'Reads the plans of pupils they are named on and records reviews.',
  'read-only': 'Reads records and changes nothing.',
};

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
