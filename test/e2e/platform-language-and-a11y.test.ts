import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import {
  assertVisibleFocus,
  demoLogin,
  documentLanguage,
  focusedElement,
  logout,
  myPageFacts,
  newVisitor,
  openLoginPage,
  pathOf,
  scrollWidth,
  tabThroughPage,
  waitForPage,
} from '../support/e2e-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Generous limits, so a hang fails the run with a message instead of blocking it. */
const startupTimeout = 120_000;
const suiteTimeout = 180_000;

let server: TestServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, { timeout: startupTimeout });

after(async () => {
  await browser?.close();
  await server?.close();
}, { timeout: startupTimeout });

async function chooseLanguage(page: Page, language: 'Dansk' | 'English'): Promise<void> {
  const button = page.getByRole('button', { name: language, exact: true });
  await button.click();
  await page.waitForFunction((pressed) => pressed.getAttribute('aria-pressed') === 'true', await button.elementHandle());
}

const storedLanguage = (page: Page) => page.evaluate(() => localStorage.getItem('mestring.language'));

describe('language', { timeout: suiteTimeout }, () => {
  test('before login, English changes the text and <html lang>, and is kept in localStorage', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await openLoginPage(page, server.url);
    assert.equal(await documentLanguage(page), 'da');
    assert.equal(await storedLanguage(page), null, 'nothing is chosen yet');

    await chooseLanguage(page, 'English');
    await waitForPage(page, 'Log in');
    assert.equal(await documentLanguage(page), 'en');
    assert.equal(await page.title(), 'Log in – Mestring');
    await page.getByRole('button', { name: 'Log in as Mikkel Sørensen', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('button', { name: /^Log ind som / }).count(), 0, 'no Danish left on the login buttons');
    assert.equal(await storedLanguage(page), 'en');

    await page.reload();
    await waitForPage(page, 'Log in');
    assert.equal(await documentLanguage(page), 'en', 'the choice survives a reload');

    await chooseLanguage(page, 'Dansk');
    await waitForPage(page, 'Log ind');
    assert.equal(await documentLanguage(page), 'da');
    assert.equal(await storedLanguage(page), 'da');
    assert.deepEqual(visitor.pageErrors, []);
    await visitor.close();
  });

  test("a logged-in user's choice is saved for the user: after logging out and in again it is still English", async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await demoLogin(page, server.url, 'Hanne Bech');
    assert.equal(await documentLanguage(page), 'da');

    await chooseLanguage(page, 'English');
    await waitForPage(page, 'My page');
    assert.equal(await documentLanguage(page), 'en');
    const facts = await myPageFacts(page);
    assert.equal(facts.Role, 'Volunteer coordinator');
    assert.equal(facts.Municipality, 'Randers Kommune (demo)');
    const saved = await server.database.db.selectFrom('app_user').select('preferred_language').where('demo_key', '=', 'hanne').executeTakeFirstOrThrow();
    assert.equal(saved.preferred_language, 'en', 'the choice is stored on the user');

    await logout(page, 'Log out', 'Log in');
    assert.equal(await documentLanguage(page), 'en');
    await page.getByRole('button', { name: 'Log in as Hanne Bech', exact: true }).click();
    await page.waitForURL('**/min-side');
    await waitForPage(page, 'My page');
    assert.equal(await documentLanguage(page), 'en');
    await visitor.close();

    // Another computer, where nothing is stored: the login page is Danish, Hanne's own pages are English.
    const elsewhere = await newVisitor(browser);
    await demoLogin(elsewhere.page, server.url, 'Hanne Bech', 'My page');
    assert.equal(await documentLanguage(elsewhere.page), 'en');
    await elsewhere.page.getByRole('button', { name: 'Log out', exact: true }).waitFor();
    assert.deepEqual(elsewhere.pageErrors, []);
    await elsewhere.close();
  });
});

describe('accessibility', { timeout: suiteTimeout }, () => {
  test('the accessibility statement passes axe in Danish and in English', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await page.goto(`${server.url}/tilgaengelighed`);
    await waitForPage(page, 'Tilgængelighedserklæring');
    await expectNoAxeViolations(page, 'accessibility statement (da)');

    await chooseLanguage(page, 'English');
    await waitForPage(page, 'Accessibility statement');
    assert.equal(await documentLanguage(page), 'en');
    await expectNoAxeViolations(page, 'accessibility statement (en)');
    await visitor.close();
  });

  test('the not-found page passes axe and leads back', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await page.goto(`${server.url}/denne-side-findes-ikke`);
    await waitForPage(page, 'Siden findes ikke');
    assert.equal(await page.title(), 'Siden findes ikke – Mestring');
    await expectNoAxeViolations(page, 'not found');
    await page.getByRole('link', { name: 'Gå til forsiden' }).click();
    await page.waitForURL('**/log-ind');
    await visitor.close();
  });

  test('at 320 px wide no page scrolls sideways', async () => {
    const visitor = await newVisitor(browser, { width: 320, height: 640 });
    const { page } = visitor;
    const fits = async (label: string) => assert.ok((await scrollWidth(page)) <= 320, `${label} is ${await scrollWidth(page)} px wide at 320 px`);

    await openLoginPage(page, server.url);
    await fits('/log-ind');
    await demoLogin(page, server.url, 'Lars Winther');
    await fits('/min-side');

    // Below 992 px the main menu is behind the Menu button.
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await fits('/min-side with the menu open');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brugere', exact: true }).click();
    await waitForPage(page, 'Brugere');
    await page.getByRole('link', { name: 'Mette Lund' }).waitFor();
    await fits('/admin/brugere');

    for (const [path, title] of [
      ['/admin/enheder', 'Enheder'],
      ['/admin/enheder/ny', 'Opret enhed'],
      ['/admin/log', 'Adgangslog'],
      ['/tilgaengelighed', 'Tilgængelighedserklæring'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await waitForPage(page, title);
      await fits(path);
    }
    await visitor.close();
  });

  test('keyboard only: skip link, a persona login button, Enter logs in, and focus is always visible', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await openLoginPage(page, server.url);
    const keyboard = page.keyboard;

    await keyboard.press('Tab');
    const skip = await assertVisibleFocus(page, 'first Tab');
    assert.equal(skip.text, 'Gå til indhold', `the first Tab reaches the skip link, not ${skip.description}`);
    assert.ok(await page.getByRole('link', { name: 'Gå til indhold' }).isVisible(), 'the skip link is shown while it has focus');

    // The skip link moves focus past the header, so the next Tab lands on the first login button.
    await keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'indhold', 'the skip link moves focus to the content');
    await keyboard.press('Tab');
    assert.match((await assertVisibleFocus(page, 'Tab after the skip link')).text, /^Log ind som /);

    const target = 'Log ind som Anders Holm';
    for (let presses = 0; (await focusedElement(page)).text !== target; presses += 1) {
      assert.ok(presses < 40, `${target} is reached by Tab`);
      await keyboard.press('Tab');
      await assertVisibleFocus(page, `Tab towards ${target}`);
    }
    // One too far and back again.
    await keyboard.press('Tab');
    assert.notEqual((await assertVisibleFocus(page, 'Tab past the target')).text, target);
    await keyboard.press('Shift+Tab');
    assert.equal((await assertVisibleFocus(page, 'Shift+Tab back')).text, target);

    await keyboard.press('Enter');
    await page.waitForURL('**/min-side');
    await waitForPage(page, 'Min side');
    assert.equal((await myPageFacts(page)).Navn, 'Anders Holm');
    const heading = await focusedElement(page);
    assert.match(heading.description, /^H1 "Min side"/, `the new page's heading has focus so it is read out, not ${heading.description}`);

    // Back through the header to "Log ud", and Space logs out.
    for (let presses = 0; (await focusedElement(page)).text !== 'Log ud'; presses += 1) {
      assert.ok(presses < 20, '"Log ud" is reached by Shift+Tab');
      await keyboard.press('Shift+Tab');
      await assertVisibleFocus(page, 'Shift+Tab towards Log ud');
    }
    await keyboard.press('Space');
    await page.waitForURL('**/log-ind');
    await waitForPage(page, 'Log ind');
    assert.equal(pathOf(page), '/log-ind');
    assert.deepEqual(visitor.pageErrors, []);
    await visitor.close();
  });

  test('every control of the admin forms and the audit log shows where keyboard focus is', async () => {
    const visitor = await newVisitor(browser);
    const { page } = visitor;
    await demoLogin(page, server.url, 'Lars Winther');
    const ids = await server.database.db.selectFrom('app_user').select('user_id').where('demo_key', '=', 'mette').executeTakeFirstOrThrow();
    const unit = await server.database.db.selectFrom('org_unit').select('unit_id').where('name', '=', 'Perron 4').executeTakeFirstOrThrow();
    for (const [path, title, mustReach] of [
      [`/admin/enheder/${unit.unit_id}`, 'Ret enhed', 'INPUT#unit-active'],
      [`/admin/brugere/${ids.user_id}`, 'Ret bruger', 'INPUT#user-role-leader'],
      ['/admin/log', 'Adgangslog', 'INPUT#audit-to'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await waitForPage(page, title);
      const stops = await tabThroughPage(page, path);
      assert.ok(stops[0]?.includes('Gå til indhold'), `${path}: the skip link comes first, not ${stops[0]}`);
      assert.ok(
        stops.some((stop) => stop.startsWith(mustReach)),
        `${path}: ${mustReach} is reached by Tab: ${stops.join(' → ')}`,
      );
    }
    await visitor.close();
  });
});
