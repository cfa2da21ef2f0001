import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { copenhagenInstant, dateOfDayNumber, dayNumber, weekdayOfDayNumber } from '../../src/domain/copenhagen-wall-clock.js';
import { newId } from '../../src/platform/ids.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { assertVisibleFocus, focusedElement, pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// Thomas Bruun, job consultant at the youth job centre, finds Kim Andersen among the peer guides with experience of
// brain injury and books her for a talk for his colleagues, with the keyboard: first he is told what is missing, then
// that Kim is busy at the time he chose, and then the booking is made and paid by the job centre. Kim logs in, sees
// the talk under "Det næste" and logs the time of a talk she held yesterday. Hanne, the coordinator, reads the hours
// by funding source. axe checks every page on the way.

const e2e = useE2eFixture();
const title = 'Tilbage i job efter en hjerneskade';
let thomas: Visitor;
let kimsBusyDay = '';
let freeDay = '';

/** A weekday `days` from today, as the date field takes it. */
function weekdayAhead(days: number): string {
  let day = dayNumber(copenhagenToday(new Date())) + days;
  while (weekdayOfDayNumber(day) >= 5) day += 1;
  return dateOfDayNumber(day);
}

/** A talk Kim held yesterday, not yet logged. */
async function prepare(): Promise<void> {
  const db = e2e.server.database.db;
  const tenant = (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow()).tenant_id;
  const kim = (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenant).where('demo_key', '=', 'kim').executeTakeFirstOrThrow()).user_id;
  const mads = await db.selectFrom('app_user').select(['user_id', 'org_unit_id']).where('tenant_id', '=', tenant).where('display_name', '=', 'Mads Pedersen').executeTakeFirstOrThrow();
  const yesterday = new Date(Date.now() - 26 * 3_600_000);
  await db
    .insertInto('peer_guide_booking')
    .values({ tenant_id: tenant, booking_id: newId(), guide_user_id: kim, kind: 'talk', title: 'Træthed efter en hjerneskade', audience: 'Hjerneskadeteamet', starts_at: yesterday, ends_at: new Date(yesterday.getTime() + 5_400_000), place: 'Hjerneskadeteamet', funding_source: 'social', booked_by: mads.user_id, booked_by_unit_id: mads.org_unit_id, created_at: yesterday, updated_at: yesterday })
    .execute();
  // A day Kim is already busy from 09:00 to 10:00 (Thomas will first try that time), and a free day after it.
  kimsBusyDay = weekdayAhead(30);
  freeDay = weekdayAhead(33);
  const busyStart = copenhagenInstant(kimsBusyDay, '09:00');
  await db
    .insertInto('peer_guide_booking')
    .values({ tenant_id: tenant, booking_id: newId(), guide_user_id: kim, kind: 'talk', title: 'Oplæg på Hjerneskadeteamet', audience: 'Kolleger', starts_at: busyStart, ends_at: new Date(busyStart.getTime() + 3_600_000), place: 'Hjerneskadeteamet', funding_source: 'social', booked_by: mads.user_id, booked_by_unit_id: mads.org_unit_id, created_at: new Date(), updated_at: new Date() })
    .execute();
}

async function openFromMenu(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link, exact: true }).click();
  await waitForPage(page, heading);
}

/** A field by the start of its label (a required field's label ends with the required mark). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.?*+()[\]]/g, '\\$&')}`));

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await field(page, label).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('Thomas of the job centre finds the peer guides with experience of brain injury', async () => {
  await prepare();
  thomas = await e2e.personAt('Thomas Bruun');
  const { page } = thomas;
  await openFromMenu(page, 'Borgerguider', 'Borgerguider');
  await page.getByRole('link', { name: 'Kim Andersen', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Borgerguider');
  await page.getByLabel('Erfaring med').selectOption({ label: 'Hjerneskade' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '1 borgerguide' }).waitFor();
  assert.equal(pathOf(page), '/borgerguider');
  assert.equal(await page.getByRole('link', { name: 'Sanne Vinther' }).count(), 0, 'only guides with experience of brain injury');
  await expectNoAxeViolations(page, 'Borgerguider (Hjerneskade)');
  await page.getByRole('link', { name: 'Kim Andersen', exact: true }).click();
  await waitForPage(page, 'Kim Andersen');
  const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  assert.ok(main.includes('Uddannet borgerguide'), 'her training is shown');
  assert.ok(main.includes('Mit liv, min plan'), 'her inspiration course is shown');
  await expectNoAxeViolations(page, 'Kim Andersen');
});

test('he books Kim for a talk with the keyboard: told what is missing, then that she is busy, then booked', async () => {
  const { page } = thomas;
  const form = page.locator('form.peer-guide-booking-form');
  assert.equal(await page.getByLabel('Hvad skal du booke?').inputValue(), 'talk', 'a talk is the first choice');
  await typeInto(page, 'Overskrift', title);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await summary.getByText('Fra kl.: Skriv en dato og et klokkeslæt.').waitFor();
  assert.match((await focusedElement(page)).description, /^DIV/, 'the error summary has focus');
  await expectNoAxeViolations(page, 'Kim Andersen (error summary)');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.match((await focusedElement(page)).description, /^INPUT#booking-start/, 'the link leads to the field');
  await assertVisibleFocus(page, 'the start time');

  await field(page, 'Dato').fill(kimsBusyDay);
  await typeInto(page, 'Fra kl.', '9:30');
  await typeInto(page, 'Til kl.', '11:00');
  await typeInto(page, 'Hvem er det for?', 'Jobkonsulenter i Jobcenter — unge');
  await typeInto(page, 'Sted', 'Jobcentret, Laksetorvet, lokale 3.14');
  await page.keyboard.press('Enter');
  await summary.getByText(/Borgerguiden er optaget .* kl\. 09\.00–10\.00\. Vælg et andet tidspunkt\./).waitFor();
  await expectNoAxeViolations(page, 'Kim Andersen (busy)');

  await field(page, 'Dato').fill(freeDay);
  await typeInto(page, 'Besked til borgerguiden', 'Fortæl gerne, hvad der hjalp dig tilbage til arbejdet.');
  await form.getByRole('button', { name: 'Book borgerguiden' }).focus();
  await assertVisibleFocus(page, 'the book button');
  await page.keyboard.press('Enter');

  await waitForPage(page, `Oplæg: ${title}`);
  await page.getByRole('status').filter({ hasText: 'Borgerguiden er booket.' }).waitFor();
  const facts = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  for (const expected of ['Kim Andersen', 'kl. 09.30–11.00', 'Jobcentret, Laksetorvet, lokale 3.14', 'Betales af Jobcentret', 'Thomas Bruun, Jobcenter — unge', 'Booket']) assert.ok(facts.includes(expected), `the booking shows "${expected}": ${facts}`);
  await expectNoAxeViolations(page, 'Booking');
  await page.getByRole('link', { name: 'Tilbage til dine bookinger' }).click();
  await waitForPage(page, 'Dine bookinger af borgerguider');
  await page.getByRole('table', { name: 'Dine bookinger, de første først' }).getByRole('link', { name: `Oplæg: ${title}` }).waitFor();
  await expectNoAxeViolations(page, 'Dine bookinger af borgerguider');
});

test('Kim logs in and sees the talk; she logs the time of yesterday\'s talk', async () => {
  const kim = await e2e.personAt('Kim Andersen');
  const { page } = kim;
  await openFromMenu(page, 'Mine bookinger', 'Mine bookinger');
  const upcoming = page.getByRole('region', { name: 'Det næste' });
  const card = upcoming.getByRole('listitem').filter({ hasText: `Oplæg: ${title}` });
  await card.waitFor();
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes('Jobkonsulenter i Jobcenter — unge') && text.includes('Fortæl gerne, hvad der hjalp dig tilbage til arbejdet.'), text);
  await upcoming.getByText(/Samtale med Mikkel/).first().waitFor();
  await expectNoAxeViolations(page, 'Mine bookinger');

  const toLog = page.getByRole('region', { name: 'Skriv din tid' });
  await toLog.getByText('Oplæg: Træthed efter en hjerneskade').waitFor();
  await toLog.getByLabel('Minutter brugt').focus();
  await page.keyboard.type('halvanden time');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').getByText('Skriv tiden som et helt antal minutter.').waitFor();
  await expectNoAxeViolations(page, 'Mine bookinger (error)');
  await toLog.getByLabel('Minutter brugt').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('90');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Tiden er gemt. Tak!' }).waitFor();
  await page.getByRole('region', { name: 'Holdt' }).getByRole('listitem').filter({ hasText: 'Træthed efter en hjerneskade' }).getByText('1 time og 30 minutter').waitFor();
  await expectNoAxeViolations(page, 'Mine bookinger (logged)');

  await page.getByRole('link', { name: 'Ret din præsentation' }).click();
  await waitForPage(page, 'Din præsentation');
  assert.match(await page.getByLabel('Om dig').inputValue(), /hjerneskade/);
  await expectNoAxeViolations(page, 'Din præsentation');
});

test('Hanne, the coordinator, reads the hours by funding source and can download them', async () => {
  const hanne = await e2e.personAt('Hanne Bech');
  const { page } = hanne;
  await openFromMenu(page, 'Borgerguider', 'Borgerguider');
  await page.getByRole('link', { name: 'Timer fordelt på finansiering' }).click();
  await waitForPage(page, 'Borgerguidernes timer');
  await page.getByLabel('Fra og med').fill(dateOfDayNumber(dayNumber(copenhagenToday(new Date())) - 120));
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  const table = page.getByRole('table', { name: /^Timer pr\. borgerguide og finansiering/ });
  const kim = table.getByRole('row').filter({ hasText: 'Kim Andersen' });
  await kim.waitFor();
  const cells = await kim.getByRole('cell').allInnerTexts();
  assert.equal(cells.length, 6, 'bookings, four sources and the total');
  assert.ok(Number(cells[2]!.replace(',', '.')) > 0, `Kim has job-centre hours: ${cells.join(' | ')}`);
  const csv = page.getByRole('link', { name: 'Hent som CSV (til Excel)' });
  assert.match((await csv.getAttribute('href')) ?? '', /^\/api\/v1\/peer-guide-hours\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expectNoAxeViolations(page, 'Borgerguidernes timer');
});
