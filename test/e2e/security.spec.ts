import { APP_ORIGIN, APP_URL, CONTENT_SECURITY_POLICY } from '../support/appOrigin';
import { expect, test } from './fixtures';
import { CreateVaultPage } from './pages/CreateVaultPage';

/** Served from the app's own origin so that it runs as page script, under the page's CSP (CDP's evaluate is not). */
const probe = `
window.__cspProbe = { violations: [], inlineRan: false, evalError: null };
document.addEventListener('securitypolicyviolation', (e) => window.__cspProbe.violations.push(e.blockedURI));
try { eval('1'); } catch (e) { window.__cspProbe.evalError = e.name; }
const s = document.createElement('script');
s.textContent = 'window.__cspProbe.inlineRan = true';
document.head.appendChild(s);
`;

test('the app page is served with the CSP header and carries the same policy in a meta tag', async ({ app }) => {
  expect(app.document.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // frame-ancestors only works as a header; browsers ignore it (noisily) in a meta tag.
  expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'; ", ''));
});

test('the CSP refuses inline script and eval run by the page itself', async ({ app }) => {
  await app.page.route(`${APP_ORIGIN}/csp-probe.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
      body: probe,
    }),
  );
  // Not addScriptTag: it fails on the very violation this test wants to observe.
  await app.page.evaluate((src) => {
    document.head.append(Object.assign(document.createElement('script'), { src }));
  }, `${APP_ORIGIN}/csp-probe.js`);
  const result = () => app.page.evaluate(() => (window as unknown as { __cspProbe?: CspProbe }).__cspProbe);
  await expect.poll(async () => (await result())?.violations).toEqual(expect.arrayContaining(['eval', 'inline']));
  expect(await result()).toMatchObject({ inlineRan: false, evalError: 'EvalError' });
});

test('no request ever leaves the app origin', async ({ app }) => {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  const blocked = await app.page.evaluate(() =>
    fetch('https://example.org/beacon').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(blocked).toBe('refused');
  expect(app.foreignRequests).toEqual([]);
  expect(app.requests.length).toBeGreaterThan(0);
  for (const url of app.requests) expect(new URL(url).origin, url).toBe(APP_ORIGIN);
});

for (const senderUrl of ['http://evil.test/', 'http://senco.app.test.evil.test/', 'http://senco.app.test@evil.test/', 'file:///tmp/index.html', '']) {
  test(`the dispatcher refuses a call from a foreign frame: "${senderUrl}"`, async ({ app }) => {
    const result = await app.backend.dispatch({ senderUrl, channel: 'vault.status', payload: undefined });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
}

test('a malformed payload is refused with INVALID_INPUT and a message naming the field', async ({ app }) => {
  await new CreateVaultPage(app.page).expectShown();
  const wrongType = await app.page.evaluate(() => window.senco.vault.unlock({ name: 'Priya Sharma', passphrase: 42 } as never));
  expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(wrongType.ok ? '' : wrongType.error.message).toMatch(/passphrase/i);

  const extraKey = await app.page.evaluate(() => window.senco.vault.unlock({ name: 'Priya Sharma', passphrase: 'x', role: 'senco' } as never));
  expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  const unknown = await app.page.evaluate(() =>
    window.__sencoInvoke('vault.erase', undefined),
  );
  expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
});

test('main enforces the passphrase rules even when the form is bypassed', async ({ app }) => {
  await new CreateVaultPage(app.page).expectShown();
  const create = (passphrase: string, passphraseConfirm: string) =>
    app.page.evaluate(
      (input) => window.senco.vault.create(input),
      { schoolName: 'Oakfield Primary School', sencoName: 'Priya Sharma', passphrase, passphraseConfirm, passphraseOnly: false },
    );
  expect(await create('password1234', 'password1234')).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
  expect(await create('copper kettle orchard lantern', 'copper kettle orchard lanterns')).toMatchObject({
    ok: false,
    error: { code: 'PASSPHRASE_MISMATCH' },
  });
  const status = await app.backend.dispatch({ senderUrl: APP_URL, channel: 'vault.status', payload: undefined });
  expect(status).toMatchObject({ ok: true, value: { state: 'none' } });
});

test('window.senco cannot be replaced or extended by page script', async ({ app }) => {
  await new CreateVaultPage(app.page).expectShown();
  const shape = await app.page.evaluate(() => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'senco');
    return {
      writable: descriptor?.writable,
      configurable: descriptor?.configurable,
      frozen: Object.isFrozen(window.senco) && Object.isFrozen(window.senco.vault),
    };
  });
  expect(shape).toEqual({ writable: false, configurable: false, frozen: true });
});

interface CspProbe {
  violations: string[];
  inlineRan: boolean;
  evalError: string | null;
}
