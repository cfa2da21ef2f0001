import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { addDays, copenhagenInstant, dayNumber, weekdayOfDayNumber } from '../../src/domain/copenhagen-wall-clock.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { assertVisibleFocus, focusedElement, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { todayInDenmark } from '../support/plan-e2e.js';

// Issue 6's story: Mikkel asks for a companion to a handball match on /foelgeskab, by keyboard; Hanne, the
// coordinator, sees the volunteers who can go in ranked order with the reasons, and gives the trip to Ole; Ole logs in
// and says yes; Mikkel reads who is coming in plain words. The match is then moved into the past in the database (as
// time passing), and both say how it went: Mikkel on the smiley scale, Ole with hours, a smiley and a comment.
// axe checks every page on the way.

const e2e = useE2eFixture();
const activity = 'Håndboldkamp: Randers HH mod Skjern';
const place = 'Arena Randers, indgang A';
/** A Saturday about four weeks from now (the demo's own handball request is about ten days away). */
const matchDay = (() => {
  const start = addDays(todayInDenmark(), 28);
  return addDays(start, (5 - weekdayOfDayNumber(dayNumber(start)) + 7) % 7);
})();
const squeeze = async (page: Page, selector = 'main') => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

let mikkel: Visitor;
let ole: Visitor;
let requestId = '';

async function openMenu(page: Page, link: string, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link, exact: true }).click();
  await waitForPage(page, title);
}

test('Mikkel asks for a volunteer to come with him to a handball match, by keyboard', async () => {
  mikkel = await e2e.personAt('Mikkel Sørensen');
  const { page } = mikkel;
  await openMenu(page, 'Følgeskab', 'Følgeskab');
  await expectNoAxeViolations(page, 'Følgeskab (citizen)');

  await page.getByLabel('Hvad skal du?').focus();
  await page.keyboard.type(activity);
  await page.keyboard.press('Tab');
  assert.match((await focusedElement(page)).description, /^INPUT#companion-date/);
  await page.locator('#companion-date').fill(matchDay);
  await page.getByLabel('Fra klokken').fill('14:00');
  await page.getByLabel('Til klokken').fill('16:00');
  await page.getByLabel('Hvor mødes I?').focus();
  await page.keyboard.type(place);
  await page.keyboard.press('Tab');
  await assertVisibleFocus(page, 'the first need');
  await page.getByLabel('Rolig').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Rolig').isChecked(), true);
  await page.getByLabel('Hvad er vigtigt for dig?').focus();
  await page.keyboard.type('Jeg bliver hurtigt træt. Jeg vil gerne sidde tæt på en udgang.');
  await page.getByLabel('Hvem kan den frivillige ringe til på dagen?').fill('Louise');
  await page.getByLabel('Telefonnummer').fill('22 41 87 30');
  await page.getByLabel('Telefonnummer').press('Enter');
  await page.getByRole('status').filter({ hasText: 'Tak. Vi leder nu efter en frivillig til dig.' }).waitFor();
  const trip = page.locator('.companion-trip').filter({ hasText: activity });
  await trip.getByText('Vi leder efter en frivillig til dig.').waitFor();
  await expectNoAxeViolations(page, 'Følgeskab (request sent)');
  const row = await e2e.server.database.db.selectFrom('companion_request').select(['request_id', 'starts_at', 'requested_by_role']).where('activity', '=', activity).executeTakeFirstOrThrow();
  requestId = row.request_id;
  assert.equal(row.starts_at.toISOString(), copenhagenInstant(matchDay, '14:00').toISOString());
  assert.equal(row.requested_by_role, 'citizen');
});

test('Hanne sees the ranked matches with their reasons and gives the trip to Ole', async () => {
  const hanne = await e2e.personAt('Hanne Bech');
  const { page } = hanne;
  await openMenu(page, 'Ønsker om følgeskab', 'Ønsker om følgeskab');
  await expectNoAxeViolations(page, 'Ønsker om følgeskab');
  await page.getByRole('link', { name: activity, exact: true }).click();
  await waitForPage(page, `${activity} med Mikkel`);
  const matches = page.locator('.companion-match');
  await matches.first().waitFor();
  const names = await matches.locator('h3').allInnerTexts();
  assert.equal(names[0], 'Ole Nielsen', `Ole first (sport and handball): ${names.join(', ')}`);
  assert.ok(names.length >= 2, 'more than one volunteer can go');
  const reasons = await matches.first().locator('li').allInnerTexts();
  assert.ok(reasons.includes('Kan lide sport') && reasons.includes('Kan lide håndbold'), reasons.join(' | '));
  await expectNoAxeViolations(page, 'Ønske om følgeskab (matches)');
  await page.getByRole('button', { name: 'Vælg Ole Nielsen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Ole Nielsen er spurgt.' }).waitFor();
  await page.getByText('Ole er spurgt om at følge Mikkel').waitFor();
  await expectNoAxeViolations(page, 'Ønske om følgeskab (assigned)');
  await hanne.close();
});

test('Ole logs in, reads only what the trip needs, and says yes', async () => {
  ole = await e2e.personAt('Ole Nielsen');
  const { page } = ole;
  await openMenu(page, 'Mine ture', 'Mine ture');
  const trip = page.locator('.companion-trip').filter({ has: page.getByRole('heading', { name: `${activity} med Mikkel` }) });
  await trip.waitFor();
  const text = await squeeze(page, `.companion-trip:has(#trip-${requestId})`);
  for (const expected of [place, 'Rolig', 'Jeg bliver hurtigt træt.', 'Louise, 22 41 87 30', 'kl. 14.00–16.00']) assert.ok(text.includes(expected), `the trip shows "${expected}": ${text}`);
  assert.ok(!text.includes('Sørensen'), 'no surname');
  await expectNoAxeViolations(page, 'Mine ture');
  await trip.getByRole('button', { name: 'Ja, jeg tager turen' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Tak. Borgeren får besked om, at du kommer.' }).waitFor();
  await expectNoAxeViolations(page, 'Mine ture (accepted)');
});

test('Mikkel sees who is coming, in plain words', async () => {
  const { page } = mikkel;
  await page.reload();
  await waitForPage(page, 'Følgeskab');
  const trip = page.locator('.companion-trip').filter({ hasText: activity });
  const sentence = (await trip.locator('.companion-trip-text').innerText()).trim();
  assert.match(sentence, new RegExp(`^Ole kommer med dig til ${activity} lørdag den \\d+\\. \\p{L}+ kl\\. 14\\.00\\. I mødes ved ${place}\\.$`, 'u'));
  await expectNoAxeViolations(page, 'Følgeskab (Ole is coming)');
});

test('after the match both say how it went', async () => {
  // Time passes: the match was yesterday.
  const yesterday = Date.now() - 86_400_000;
  await e2e.server.database.db.updateTable('companion_request').set({ starts_at: new Date(yesterday), ends_at: new Date(yesterday + 2 * 3_600_000) }).where('request_id', '=', requestId).execute();

  const { page } = mikkel;
  await page.reload();
  await waitForPage(page, 'Følgeskab');
  const trip = page.locator('.companion-trip').filter({ hasText: activity });
  await trip.getByRole('group', { name: 'Hvordan var det?' }).waitFor();
  await expectNoAxeViolations(page, 'Følgeskab (smiley scale)');
  await trip.getByLabel('Det var ikke godt').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await trip.getByLabel('Det var godt').isChecked(), true, 'the arrow keys move along the scale');
  await assertVisibleFocus(page, 'the happy smiley');
  await trip.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('status').filter({ hasText: 'Tak, fordi du sagde, hvordan det var.' }).waitFor();
  await trip.getByText('Du sagde: 🙂 Det var godt').waitFor();
  await expectNoAxeViolations(page, 'Følgeskab (evaluated)');

  const olePage = ole.page;
  await olePage.reload();
  await waitForPage(olePage, 'Mine ture');
  const oleTrip = olePage.locator('.companion-trip').filter({ has: olePage.getByRole('heading', { name: `${activity} med Mikkel` }) });
  await oleTrip.getByLabel('Tid brugt på turen (minutter)').fill('150');
  await oleTrip.getByRole('button', { name: 'Gem tid' }).click();
  await olePage.getByRole('status').filter({ hasText: 'Tiden er gemt.' }).waitFor();
  await oleTrip.getByLabel('Det var godt').check();
  await oleTrip.getByLabel('Skriv lidt om turen (hvis du vil)').fill('Mikkel holdt en pause i halvlegen. God kamp.');
  await oleTrip.getByRole('button', { name: 'Gem', exact: true }).click();
  await olePage.getByRole('status').filter({ hasText: 'Tak for din vurdering.' }).waitFor();
  await expectNoAxeViolations(olePage, 'Mine ture (evaluated)');

  const row = await e2e.server.database.db.selectFrom('companion_request').select(['minutes_logged', 'status']).where('request_id', '=', requestId).executeTakeFirstOrThrow();
  assert.deepEqual(row, { minutes_logged: 150, status: 'accepted' });
  const evaluations = await e2e.server.database.db.selectFrom('companion_evaluation').select(['by_side', 'smiley', 'comment']).where('request_id', '=', requestId).orderBy('by_side').execute();
  assert.deepEqual(evaluations, [
    { by_side: 'citizen', smiley: 3, comment: null },
    { by_side: 'volunteer', smiley: 3, comment: 'Mikkel holdt en pause i halvlegen. God kamp.' },
  ]);
});

test("Anders finds the trip on the Følgeskab tab of Mikkel's record, where he can ask on Mikkel's behalf", async () => {
  const anders = await e2e.personAt('Anders Holm');
  const { page } = anders;
  await openMenu(page, 'Mine borgere', 'Mine borgere');
  await page.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).click();
  await waitForPage(page, /Mikkel Sørensen/);
  await page.getByRole('navigation', { name: 'Borgerens sider' }).getByRole('link', { name: 'Følgeskab', exact: true }).click();
  await waitForPage(page, 'Følgeskab for Mikkel Sørensen');
  await page.locator('.companion-trip').filter({ hasText: activity }).getByText('Borgerens vurdering: 🙂 Det var godt').waitFor();
  await page.getByLabel('Aktivitet').waitFor();
  await expectNoAxeViolations(page, 'Følgeskab tab (staff)');
});
