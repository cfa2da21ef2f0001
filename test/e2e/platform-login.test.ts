import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { DemoPersona } from '../../src/web/api/types.js';
import { da } from '../../src/web/i18n/da.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import { demoLogin, logout, myPageFacts, newVisitor, openLoginPage, pathOf, waitForPage } from '../support/e2e-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Generous limits, so a hang fails the run with a message instead of blocking it. */
const startupTimeout = 120_000;
const suiteTimeout = 300_000;

let server: TestServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, { timeout: startupTimeout });

after(async () => {
  await browser?.close();
  await server?.close();
}, { timeout: startupTimeout });

/** The personas as the server lists them: a persona added to the seed is covered without touching this file. */
async function demoPersonas(): Promise<DemoPersona[]> {
  const response = await fetch(`${server.url}/api/v1/auth/demo/personas`);
  assert.equal(response.status, 200);
  return (await response.json()) as DemoPersona[];
}

/** The Danish words for a role, as the app must show them (never the role id). */
function danishRole(role: string): string {
  const words = (da.roles as Record<string, string>)[role];
  assert.ok(words, `da.ts has Danish words for the role ${role}`);
  return words;
}

describe('demo login', { timeout: suiteTimeout }, () => {
  test('the login page lists every persona and passes axe', async () => {
    const personas = await demoPersonas();
    assert.ok(personas.length > 0, 'the demo has personas');
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await openLoginPage(page, server.url);
    await expectNoAxeViolations(page, 'Log ind');
    for (const persona of personas) {
      await page.getByRole('heading', { level: 3, name: persona.tenant.name, exact: true }).waitFor();
      const button = page.getByRole('button', { name: `Log ind som ${persona.name}`, exact: true });
      assert.equal(await button.count(), 1, `one button for ${persona.name}`);
    }
    assert.equal(await page.getByRole('button', { name: /^Log ind som / }).count(), personas.length, 'no buttons beyond the listed personas');
    assert.deepEqual(visitor.pageErrors, []);
    await visitor.close();
  });

  // Each persona in its own browser context: the same server, no shared cookies or storage.
  test('each persona logs in, sees who they are on Min side, and logs out again', async (t) => {
    const personas = await demoPersonas();
    const kinds = new Map((await server.database.db.selectFrom('app_user').select(['demo_key', 'kind']).where('demo_key', 'is not', null).execute()).map((user) => [user.demo_key, user.kind]));
    for (const persona of personas) {
      await t.test(`${persona.name} (${persona.id}, ${persona.role}, ${persona.tenant.slug})`, async () => {
        const visitor = await newVisitor(browser);
        const { page, context } = visitor;
        await demoLogin(page, server.url, persona.name);
        assert.equal(pathOf(page), '/min-side');

        const facts = await myPageFacts(page);
        assert.equal(facts.Navn, persona.name);
        const roleWords = facts.Rolle ?? facts.Roller;
        assert.ok(roleWords, `Min side names the role: ${JSON.stringify(facts)}`);
        assert.ok(roleWords.split(', ').includes(danishRole(persona.role)), `role shown in Danish words: "${roleWords}"`);
        assert.equal(facts.Kommune, persona.tenant.name);
        if (kinds.get(persona.id) === 'staff') assert.ok(persona.unit, `${persona.name} works for the municipality, so has a unit`);
        if (persona.unit) assert.equal(facts.Enhed, persona.unit, 'staff see their unit');
        else assert.equal(facts.Enhed, undefined, 'someone outside the staff has no unit to show');
        // The header says who is logged in, for every page.
        const header = (await page.getByRole('banner').textContent()) ?? '';
        assert.ok(header.includes(`Logget ind som ${persona.name}`), `the header names the user: ${header}`);
        assert.ok(header.includes(persona.tenant.name), `the header names the municipality: ${header}`);
        await expectNoAxeViolations(page, `Min side as ${persona.name}`);

        await logout(page);
        assert.equal(pathOf(page), '/log-ind');
        assert.equal(await page.getByRole('button', { name: 'Log ud' }).count(), 0, 'no logout button once logged out');
        const me = await context.request.get(`${server.url}/api/v1/me`);
        assert.equal(me.status(), 401, 'the session has ended on the server too');
        assert.deepEqual(visitor.pageErrors, []);
        await visitor.close();
      });
    }
  });
});

describe('pages that need a login', { timeout: suiteTimeout }, () => {
  test('without a login, a protected page sends the visitor to /log-ind', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    for (const path of ['/min-side', '/admin/enheder', '/admin/brugere/ny', '/admin/log']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForURL('**/log-ind');
      await waitForPage(page, 'Log ind');
      assert.equal(pathOf(page), '/log-ind', `${path} goes to the login page`);
    }
    // The front page has nothing of its own: without a login it is the login page too.
    await page.goto(server.url);
    await page.waitForURL('**/log-ind');
    await visitor.close();
  });

  test('after logging out, Min side is no longer shown', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await demoLogin(page, server.url, 'Mikkel Sørensen');
    await logout(page);
    await page.goto(`${server.url}/min-side`);
    await page.waitForURL('**/log-ind');
    await waitForPage(page, 'Log ind');
    assert.equal(await page.getByText('Mikkel Sørensen', { exact: true }).count(), 0, 'nothing of the old session is left on screen');
    await visitor.close();
  });
});
