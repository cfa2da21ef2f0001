import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startOidcTestProvider, type OidcTestProvider } from '../support/oidc-test-provider.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let identityProvider: OidcTestProvider;
let server: TestServer;
let browser: Browser;

before(async () => {
  identityProvider = await startOidcTestProvider();
  const { issuer, clientId, clientSecret } = identityProvider;
  server = await startTestServer({ MESTRING_OIDC_STAFF: JSON.stringify([{ issuer, clientId, clientSecret, tenant: 'randers' }]) });
  identityProvider.registerClient(`${server.url}/api/v1/auth/oidc/staff-randers-0/callback`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await identityProvider?.stop();
});

test('a staff member logs in through the identity provider and lands on Min side', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/log-ind`);
  const staffLogin = /Medarbejderlogin/;
  await page.getByRole('link', { name: staffLogin }).or(page.getByRole('button', { name: staffLogin })).click();

  // The provider's own sign-in page: any password is accepted for the test accounts.
  await page.locator('input[name="login"]').fill('anders');
  await page.locator('input[name="password"]').fill('any password will do');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  // A first login may be asked for consent to share the e-mail address; the user's name means it was not.
  const consent = page.getByRole('button', { name: 'Continue' });
  const name = page.getByText('Anders Holm').first();
  await consent.or(name).first().waitFor();
  if (await consent.isVisible()) await consent.click();

  await name.waitFor();
  assert.equal(new URL(page.url()).pathname, '/min-side');
  await page.close();
});
