import { describe, expect, it } from 'vitest';
import { listChannels } from '../../../shared/contract/channels';
import { mayCall, neededRoles, permissions } from '../../../shared/contract/permissions';
import { type Role, roles } from '../../../shared/domain/roles';

describe('the permission table', () => {
  it('names every channel of the contract, and nothing else', () => {
    expect(Object.keys(permissions).sort()).toEqual(listChannels().map((c) => c.name).sort());
  });

  it.each<[string, Role | null, boolean]>([
    ['vault.unlock', null, true],
    ['vault.status', null, true],
    ['session.current', null, false],
    ['session.current', 'read-only', true],
    ['drafts.save', 'teacher', true],
    ['accounts.list', 'senco', true],
    ['accounts.list', 'deputy-senco', false],
    ['accounts.add', 'headteacher', false],
    ['keys.rotateDataKey', 'dsl', false],
    ['settings.setIdleMinutes', 'senco', true],
    ['settings.setIdleMinutes', 'teacher', false],
    ['audit.verify', 'headteacher', true],
    ['audit.verify', 'teacher', false],
    ['people.saveContact', 'deputy-senco', true],
    ['people.archiveContact', 'headteacher', false],
    ['people.saveInvolvement', 'read-only', false],
    ['people.endInvolvement', 'senco', true],
    ['people.saveProfile', 'teacher', false],
    ['people.saveProfile', 'dsl', false],
  ])('%s for %s: %s', (channel, role, allowed) => {
    expect(mayCall(permissions[channel as keyof typeof permissions], role)).toBe(allowed);
  });

  it('refuses a channel it does not know, whoever asks (deny by default)', () => {
    for (const role of [null, ...roles]) expect(mayCall(undefined, role)).toBe(false);
  });

  it('keeps accounts to the SENCO alone', () => {
    const accountChannels = listChannels().filter((c) => c.name.startsWith('accounts.'));
    for (const { name } of accountChannels) expect(permissions[name]).toEqual(['senco']);
  });

  it.each([
    [['senco'] as Role[], 'This needs the SENCO role.'],
    [['senco', 'deputy-senco', 'headteacher'] as Role[], 'This needs the SENCO, Deputy SENCO or Headteacher role.'],
  ])('says which role is needed: %j', (needed, message) => {
    expect(neededRoles(needed)).toBe(message);
  });
});
