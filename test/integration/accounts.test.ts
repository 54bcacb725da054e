import { describe, expect, it } from 'vitest';
import type { StaffAccountView } from '../../shared/contract/accounts';
import { PASSPHRASE, SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

const start = testBackends();
const passphrases = { deputy: 'marble quiver tundra lantern', teacher: 'copper wren glacier fiddle' };

async function schoolWithStaff() {
  const t = start();
  await t.value('vault.create', createInput);
  const deputy = await t.value<StaffAccountView>('accounts.add', {
    name: 'Tom Okafor',
    role: 'deputy-senco',
    passphrase: passphrases.deputy,
    passphraseConfirm: passphrases.deputy,
  });
  const teacher = await t.value<StaffAccountView>('accounts.add', {
    name: 'Ella Brown',
    role: 'teacher',
    passphrase: passphrases.teacher,
    passphraseConfirm: passphrases.teacher,
  });
  return { ...t, deputy, teacher };
}

describe('staff accounts', () => {
  it('lets each person sign in with their own name and passphrase, however they type their name', async () => {
    const t = await schoolWithStaff();
    expect((await t.value<StaffAccountView[]>('accounts.list')).map((a) => [a.name, a.role, a.isYou])).toEqual([
      ['Ella Brown', 'teacher', false],
      ['Priya Shah', 'senco', true],
      ['Tom Okafor', 'deputy-senco', false],
    ]);
    await t.value('vault.lock');
    expect(await t.value('vault.unlock', { name: '  ella   BROWN ', passphrase: passphrases.teacher })).toMatchObject({
      user: { name: 'Ella Brown', role: 'teacher' },
    });
    await t.value('vault.lock');
    // The right passphrase under someone else's name is not a sign-in.
    expect(await t.call('vault.unlock', { name: SENCO, passphrase: passphrases.teacher })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
  });

  it('refuses a teacher the SENCO-only channels, saying which role is needed, and changes nothing', async () => {
    const t = await schoolWithStaff();
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: 'Ella Brown', passphrase: passphrases.teacher });
    for (const [channel, payload] of [
      ['accounts.list', undefined],
      ['accounts.remove', { accountId: t.deputy.id }],
      ['settings.setIdleMinutes', { minutes: 60 }],
      ['keys.rotateDataKey', undefined],
      ['audit.verify', undefined],
    ] as const) {
      const result = await t.call(channel, payload);
      expect(result.ok, channel).toBe(false);
      expect(result.error?.code).toBe('FORBIDDEN_ROLE');
      expect(result.error?.message).toMatch(/This needs the (SENCO|.*) role\. You are signed in as Teacher or TA\./);
    }
    expect(await t.value('settings.security')).toMatchObject({ idleMinutes: 5 });
    await t.value('vault.lock');
    expect(await t.call('vault.unlock', { name: 'Tom Okafor', passphrase: passphrases.deputy })).toMatchObject({ ok: true });
  });

  it('keeps at least one SENCO: the last cannot be demoted or removed, and nobody removes themself', async () => {
    const t = await schoolWithStaff();
    const me = (await t.value<{ user: { id: string } }>('session.current')).user.id;
    expect(await t.call('accounts.setRole', { accountId: me, role: 'teacher' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: expect.stringContaining('only SENCO account') },
    });
    expect(await t.call('accounts.remove', { accountId: me })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    await t.value('accounts.setRole', { accountId: t.deputy.id, role: 'senco' });
    expect(await t.value('accounts.setRole', { accountId: me, role: 'deputy-senco' })).toMatchObject({ role: 'deputy-senco' });
    // Now a deputy: the SENCO-only channels are closed to this session at once.
    expect(await t.call('accounts.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
  });

  it('removes an account (it can no longer sign in), resets a passphrase, and refuses a duplicate name', async () => {
    const t = await schoolWithStaff();
    expect(await t.call('accounts.add', { name: 'tom okafor', role: 'teacher', passphrase: passphrases.deputy, passphraseConfirm: passphrases.deputy })).toMatchObject({
      ok: false,
      error: { code: 'NAME_TAKEN' },
    });
    await t.value('accounts.remove', { accountId: t.deputy.id });
    const reset = 'quartz meadow violin harbour';
    await t.value('accounts.resetPassphrase', { accountId: t.teacher.id, passphrase: reset, passphraseConfirm: reset });
    await t.value('vault.lock');
    expect(await t.call('vault.unlock', { name: 'Tom Okafor', passphrase: passphrases.deputy })).toMatchObject({ ok: false });
    expect(await t.call('vault.unlock', { name: 'Ella Brown', passphrase: passphrases.teacher })).toMatchObject({ ok: false });
    expect(await t.call('vault.unlock', { name: 'Ella Brown', passphrase: reset })).toMatchObject({ ok: true });
  });

  it('lets anyone change their own passphrase, after proving the current one; only the key is re-wrapped', async () => {
    const t = await schoolWithStaff();
    const changed = 'lilac anchor summit beetle';
    expect(await t.call('session.changePassphrase', { currentPassphrase: 'wrong one entirely', passphrase: changed, passphraseConfirm: changed })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    await t.value('session.changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: changed, passphraseConfirm: changed });
    await t.value('vault.lock');
    expect(await t.call('vault.unlock', { name: SENCO, passphrase: PASSPHRASE })).toMatchObject({ ok: false });
    expect(await t.call('vault.unlock', { name: SENCO, passphrase: changed })).toMatchObject({ ok: true });
  });

  it('records every account change in the audit log, by whom and to which account', async () => {
    const t = await schoolWithStaff();
    await t.value('accounts.setRole', { accountId: t.teacher.id, role: 'read-only' });
    await t.value('accounts.remove', { accountId: t.teacher.id });
    const db = t.backend.session.db();
    const rows = db.prepare("SELECT actor_id AS actor, action, subject, detail FROM audit_log WHERE action LIKE 'account.%' ORDER BY seq").all();
    const me = t.backend.session.current().user.id;
    expect(rows).toEqual([
      { actor: me, action: 'account.added', subject: t.deputy.id, detail: '{"role":"deputy-senco"}' },
      { actor: me, action: 'account.added', subject: t.teacher.id, detail: '{"role":"teacher"}' },
      { actor: me, action: 'account.role-changed', subject: t.teacher.id, detail: '{"from":"teacher","to":"read-only"}' },
      { actor: me, action: 'account.removed', subject: t.teacher.id, detail: '{"role":"read-only"}' },
    ]);
    expect(await t.value('audit.verify')).toMatchObject({ intact: true });
  });
});
