import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { assertVisibleFocus, newVisitor, pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// A visitor finds "Gåmakker" at /frivillig and applies with the keyboard alone, after being told what is wrong with
// the e-mail address. Hanne Bech, the coordinator, approves the application and publishes a new version of the
// guidelines. Ole Nielsen adds a Tuesday afternoon to his weekly times (after a time that is not a time is refused)
// and accepts the new guidelines. axe checks every page on the way.

const e2e = useE2eFixture();
let hanne: Visitor;

const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

/** Tabs to the control named, pressing Tab at most `max` times; fails when it is not reached. */
async function tabTo(page: Page, name: RegExp, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.getAttribute('id');
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (label ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`could not tab to ${name}`);
}

test('a visitor reads the opportunities and applies to Gåmakker by keyboard', async () => {
  const visitor = await newVisitor(e2e.browser);
  const { page } = visitor;
  await page.goto(`${e2e.server.url}/frivillig`);
  await waitForPage(page, 'Bliv frivillig');
  await page.getByText('Vi har 6 opslag.').waitFor();
  await expectNoAxeViolations(page, '/frivillig');

  await page.getByLabel('Slags opgave').selectOption({ label: 'Gåmakker' });
  await page.getByText('Vi har 1 opslag.').waitFor();
  await page.getByRole('link', { name: 'Gåmakker', exact: true }).click();
  await waitForPage(page, 'Gåmakker');
  assert.match(pathOf(page), /^\/frivillig\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page, '/frivillig/:id');

  await page.getByLabel(/^Dit navn/).focus();
  await page.keyboard.type('Karla Holst');
  await tabTo(page, /^Din e-mail/);
  await page.keyboard.type('karla.holst');
  await tabTo(page, /^Dit telefonnummer/);
  await page.keyboard.type('21 22 23 24');
  await tabTo(page, /^Dit postnummer/);
  await page.keyboard.type('8960');
  await tabTo(page, /^Fortæl lidt om dig selv/);
  await page.keyboard.type('Jeg går gerne tur ved fjorden.');
  await tabTo(page, /^Send ansøgning$/);
  await assertVisibleFocus(page, 'the send button');
  await page.keyboard.press('Enter');

  const summary = page.getByRole('alert');
  await summary.getByText('Din e-mail: Skriv en e-mailadresse, vi kan skrive til, fx navn@eksempel.dk.').waitFor();
  await expectNoAxeViolations(page, 'the application form with an error');
  await page.getByLabel(/^Din e-mail/).fill('karla.holst@example.dk');
  await page.getByLabel(/^Din e-mail/).press('Enter');
  await page.getByRole('status').getByText('Tak. Vi har fået din ansøgning.').waitFor();
  await expectNoAxeViolations(page, 'the application sent');
  assert.deepEqual(visitor.pageErrors, []);
});

test('Hanne approves the application and publishes a new version of the guidelines', async () => {
  hanne = await e2e.personAt('Hanne Bech');
  const { page } = hanne;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Frivillige', exact: true }).click();
  await waitForPage(page, 'Frivillige');
  assert.equal(pathOf(page), '/koordinering/frivillige');
  await page.getByRole('heading', { name: 'Karla Holst' }).waitFor();
  await expectNoAxeViolations(page, 'Ansøgninger');

  await page.getByRole('button', { name: 'Godkend Karla Holst' }).click();
  await page.getByRole('status').getByText('Karla Holst er godkendt og kan nu logge ind som frivillig.').waitFor();

  await page.getByRole('link', { name: 'Frivillige', exact: true }).and(page.locator('.tab-nav a')).click();
  await page.getByRole('link', { name: 'Karla Holst' }).waitFor();
  assert.match(await mainText(page), /16 frivillige/);
  await expectNoAxeViolations(page, 'Frivillige');
  await page.getByRole('link', { name: 'Karla Holst' }).click();
  await waitForPage(page, 'Karla Holst');
  assert.match(await mainText(page), /Randers SØ/);
  await expectNoAxeViolations(page, 'the volunteer page');

  await page.goto(`${e2e.server.url}/koordinering/frivillige?fane=opslag`);
  await waitForPage(page, 'Frivillige');
  await page.getByRole('cell', { name: 'Følgeven til svømning', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Opslag');

  await page.locator('.tab-nav').getByRole('link', { name: 'Retningslinjer' }).click();
  await page.getByText(/Gældende: version 2/).waitFor();
  await expectNoAxeViolations(page, 'Retningslinjer');
  await page.getByLabel(/^Titel/).fill('Retningslinjer for frivillige (3. udgave)');
  await page.getByRole('button', { name: 'Udgiv ny version' }).click();
  await page.getByRole('status').getByText('Version 3 er udgivet. Alle frivillige skal godkende den.').waitFor();
});

test('Ole adds a Tuesday afternoon to his week and accepts the new guidelines', async () => {
  const ole = await e2e.personAt('Ole Nielsen');
  const { page } = ole;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min profil som frivillig', exact: true }).click();
  await waitForPage(page, 'Min profil som frivillig');
  await page.getByRole('heading', { name: 'Læs de nye retningslinjer' }).waitFor();
  await expectNoAxeViolations(page, '/min-frivilligprofil');

  const slots = await page.locator('.volunteer-slot').count();
  await page.getByRole('button', { name: 'Tilføj en tid' }).focus();
  await page.keyboard.press('Enter');
  const day = page.locator(`#slot-${slots}-weekday`);
  await day.waitFor();
  assert.equal(await day.evaluate((el) => el === document.activeElement), true, 'focus moves to the new time');
  await day.selectOption({ label: 'Tirsdag' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('16:00');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1800');
  await page.getByRole('button', { name: 'Gem min profil' }).click();
  await page.locator(`#slot-${slots}-to-error`).getByText('Skriv et klokkeslæt som TT:MM, fx 13:00.').waitFor();
  await expectNoAxeViolations(page, 'a time that is not a time');
  await page.locator(`#slot-${slots}-to`).fill('18:00');
  await page.getByRole('button', { name: 'Gem min profil' }).click();
  await page.getByRole('status').getByText('Din profil er gemt.').waitFor();

  await page.getByRole('button', { name: 'Jeg har læst retningslinjerne og siger ja til dem' }).click();
  await page.getByText(/Du har godkendt version 3/).waitFor();
  await expectNoAxeViolations(page, 'the guidelines accepted');

  const profile = await page.evaluate(async () => (await (await fetch('/api/v1/me/volunteer-profile')).json()) as { weeklySlots: { weekday: number; from: string; to: string }[]; guidelinesAccepted: boolean });
  assert.ok(profile.weeklySlots.some((s) => s.weekday === 2 && s.from === '16:00' && s.to === '18:00'), 'Tuesday 16–18 saved');
  assert.ok(profile.weeklySlots.some((s) => s.weekday === 6 && s.from === '13:00' && s.to === '18:00'), 'Saturday afternoon kept');
  assert.equal(profile.guidelinesAccepted, true);
  assert.deepEqual(ole.pageErrors, []);
});
