import { type Role, roleLabels } from '../domain/roles';
import type { ChannelName } from './channels';

/**
 * Who may call each channel (DESIGN.md, Records). `anyone` channels answer
 * while the vault is locked; `signed-in` ones need a session of any role.
 * The dispatcher refuses any channel missing here: deny by default.
 * The renderer reads this too, to leave out what a role cannot use.
 */
export type Permission = 'anyone' | 'signed-in' | readonly Role[];

const SENCO: readonly Role[] = ['senco'];
/** Who keeps the register. */
const REGISTER_WRITERS: readonly Role[] = ['senco', 'deputy-senco'];
/**
 * Who reads the whole register. Teachers and TAs will read the plans of the
 * pupils they are named on, once plans name staff (a later issue).
 */
const REGISTER_READERS: readonly Role[] = ['senco', 'deputy-senco', 'headteacher', 'dsl', 'read-only'];

/**
 * Who may send records out: the SENCO and the deputy. The headteacher and the
 * DSL approve what needs a second person, and so do not send it themselves:
 * the approval is a check on the sender.
 */
const DISCLOSERS: readonly Role[] = ['senco', 'deputy-senco'];
/** Who reads the disclosure register: those who send and those who approve. */
const REGISTER_OF_DISCLOSURES: readonly Role[] = ['senco', 'deputy-senco', 'headteacher', 'dsl'];

/** Who keeps the provision library, groups and outcomes: all but pay and costing. */
const PROVISION_WRITERS: readonly Role[] = ['senco', 'deputy-senco'];
/** Who reads provision: as the register. Teachers are refused, as they are for the register. */
const PROVISION_READERS: readonly Role[] = REGISTER_READERS;

export const permissions: Record<ChannelName, Permission> = {
  'vault.status': 'anyone',
  'vault.create': 'anyone',
  'vault.unlock': 'anyone',
  'vault.lock': 'anyone',
  'vault.checkRecoveryKey': 'anyone',
  'vault.recover': 'anyone',
  // Anyone, locked or not: the demo holds only synthetic records, and the service refuses
  // to open it over the school's own unlocked vault.
  'demo.open': 'anyone',
  'demo.restart': 'anyone',
  'demo.leave': 'anyone',
  'session.current': 'signed-in',
  'session.keepAlive': 'signed-in',
  'session.changePassphrase': 'signed-in',
  'accounts.list': SENCO,
  'accounts.add': SENCO,
  'accounts.setRole': SENCO,
  'accounts.remove': SENCO,
  'accounts.resetPassphrase': SENCO,
  'settings.security': 'signed-in',
  'settings.setIdleMinutes': SENCO,
  'recovery.renew': SENCO,
  'recovery.saveKit': SENCO,
  'recovery.confirm': SENCO,
  'keys.rotateDataKey': SENCO,
  'register.list': REGISTER_READERS,
  'pupils.get': REGISTER_READERS,
  'pupils.add': REGISTER_WRITERS,
  'pupils.update': REGISTER_WRITERS,
  'people.saveContact': REGISTER_WRITERS,
  'people.archiveContact': REGISTER_WRITERS,
  'people.saveInvolvement': REGISTER_WRITERS,
  'people.endInvolvement': REGISTER_WRITERS,
  'people.saveProfile': REGISTER_WRITERS,
  'consents.record': REGISTER_WRITERS,
  'consents.withdraw': REGISTER_WRITERS,
  'sen.changeStatus': REGISTER_WRITERS,
  'sen.setNeeds': REGISTER_WRITERS,
  'imports.chooseCsv': REGISTER_WRITERS,
  'imports.previewCsv': REGISTER_WRITERS,
  'imports.commitCsv': REGISTER_WRITERS,
  'imports.chooseCtf': REGISTER_WRITERS,
  'imports.commitCtf': REGISTER_WRITERS,
  'census.readiness': REGISTER_READERS,
  'monitoring.add': REGISTER_WRITERS,
  'monitoring.close': REGISTER_WRITERS,
  'monitoring.moveToSenSupport': REGISTER_WRITERS,
  'drafts.save': 'signed-in',
  'drafts.get': 'signed-in',
  'drafts.discard': 'signed-in',
  'audit.verify': ['senco', 'deputy-senco', 'headteacher', 'dsl'],
  'provisionMaps.school': REGISTER_READERS,
  'provisionMaps.pupil': REGISTER_READERS,
  'provisionMaps.impact': REGISTER_READERS,
  'provisionMaps.preview': REGISTER_READERS,
  'disclosures.decide': DISCLOSERS,
  // Asked from the sender's session: the approver's own role is checked on their account.
  'disclosures.approve': DISCLOSERS,
  'disclosures.send': DISCLOSERS,
  'disclosures.register': REGISTER_OF_DISCLOSURES,
  'disclosures.printRegister': DISCLOSERS,
  'provision.listLibrary': PROVISION_READERS,
  'provision.getEntry': PROVISION_READERS,
  'provision.addEntry': PROVISION_WRITERS,
  'provision.changeEntry': PROVISION_WRITERS,
  'provision.archiveEntry': PROVISION_WRITERS,
  'provision.saveGroupToLibrary': PROVISION_WRITERS,
  'provision.listGroups': PROVISION_READERS,
  'provision.getGroup': PROVISION_READERS,
  'provision.createGroup': PROVISION_WRITERS,
  'provision.startGroup': PROVISION_WRITERS,
  'provision.changeGroup': PROVISION_WRITERS,
  'provision.endGroup': PROVISION_WRITERS,
  'provision.evaluateGroup': PROVISION_WRITERS,
  'provision.addMembers': PROVISION_WRITERS,
  'provision.changeMembershipDates': PROVISION_WRITERS,
  'provision.recordEntryScore': PROVISION_WRITERS,
  'provision.recordExitScore': PROVISION_WRITERS,
  'provision.recordReviewOutcome': PROVISION_WRITERS,
  'provision.evaluateMembership': PROVISION_WRITERS,
  'provision.endMembership': PROVISION_WRITERS,
  'provision.membershipHistory': PROVISION_READERS,
  'provision.pupilHistory': PROVISION_READERS,
  // Outcome words appear on plans and reviews anyone signed in may read; the service hides nothing in them.
  'provision.listOutcomes': 'signed-in',
  'provision.addOutcome': PROVISION_WRITERS,
  'provision.changeOutcome': PROVISION_WRITERS,
  'provision.archiveOutcome': PROVISION_WRITERS,
  // Role names are on every map and plan; the service leaves the hourly rate out for all but the SENCO.
  'costing.listRoles': 'signed-in',
  'costing.addRole': SENCO,
  'costing.renameRole': SENCO,
  'costing.setHourlyRate': SENCO,
  'costing.archiveRole': SENCO,
  'costing.listTemplates': SENCO,
  'costing.addTemplate': SENCO,
  'costing.changeTemplate': SENCO,
  'costing.archiveTemplate': SENCO,
  'costing.chooseTemplate': SENCO,
};

export function mayCall(permission: Permission | undefined, role: Role | null): boolean {
  if (permission === undefined) return false;
  if (permission === 'anyone') return true;
  if (role === null) return false;
  return permission === 'signed-in' || permission.includes(role);
}

/** "This needs the SENCO role." — said to someone whose role may not call the channel. */
export function neededRoles(permission: Permission): string {
  if (typeof permission === 'string') return 'You need to sign in first.';
  const names = permission.map((role) => roleLabels[role]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
  return `This needs the ${list} role.`;
}
