import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, tabThroughPage, waitForPage, type Visitor } from '../support/e2e-page.js';
import { volunteerStatisticsFactory } from '../support/volunteer-statistics-factory.js';

/**
 * Volunteering in figures in the browser. Hanne Bech, the coordinator, opens "Frivillige i tal" from the menu and sees
 * this year's figures; she changes the period to the first quarter of 2024 — where this file put a known handful of
 * accompaniments in Randers, long before the demo's own — reads the figures in the tables behind the charts, is told
 * clearly when the months are backwards, and downloads the CSV. axe finds nothing, and every Tab stop shows its focus.
 */

const e2e = useE2eFixture();
let hanne: Visitor;
const text = async (page: Page, selector = 'main') => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

/** A known handful of rows in Randers, long before the demo's own accompaniments. */
async function insertFirstQuarterOf2024(): Promise<void> {
  const f = volunteerStatisticsFactory(e2e.server.database);
  const randers = await f.tenantId('randers');
  const citizen = await f.citizen(randers, 'Kvartal');
  // February 2024: three requests, two matched (after 3 and 5 hours); one done with 90 minutes and a happy smiley, one
  // cancelled by the volunteer, one never matched and cancelled by the citizen's side.
  const done = await f.request(randers, citizen, { createdAt: '2024-02-01T09:00:00Z', assigned_at: new Date('2024-02-01T12:00:00Z'), startsAt: '2024-02-10T13:00:00Z', status: 'done', minutes_logged: 90 });
  await f.smiley(randers, done, 'citizen', 3);
  await f.request(randers, citizen, { createdAt: '2024-02-05T09:00:00Z', assigned_at: new Date('2024-02-05T14:00:00Z'), startsAt: '2024-02-20T13:00:00Z', status: 'cancelled', cancelled_by_role: 'volunteer' });
  await f.request(randers, citizen, { createdAt: '2024-02-07T09:00:00Z', startsAt: '2024-02-24T13:00:00Z', status: 'cancelled', cancelled_by_role: 'citizen' });
}

const rowOf = async (page: Page, table: string, month: string) => (await page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${month}`) }).locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());

test('Hanne opens Frivillige i tal from the menu and sees this year’s figures; axe finds nothing', async () => {
  hanne = await e2e.personAt('Hanne Bech');
  await insertFirstQuarterOf2024();
  const { page } = hanne;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Frivillige i tal', exact: true }).click();
  await waitForPage(page, 'Frivillige i tal');
  assert.equal(pathOf(page), '/koordinering/evaluering');
  const year = new Date().getUTCFullYear();
  await page.getByRole('status').filter({ hasText: /^Tal for .+, hele kommunen\./ }).waitFor();
  assert.match(await page.getByLabel('Til måned').inputValue(), new RegExp(`^${year}-\\d\\d$`));
  for (const heading of ['Nøgletal for perioden', 'Ønsker og match', 'Ture, aflysninger og udeblivelser', 'Tilfredshed', 'Aktive frivillige og frivillige, der stoppede', 'Timer']) {
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  }
  assert.equal(await page.getByRole('img', { name: 'Ønsker om følgeskab pr. måned' }).count(), 1, 'the chart is an image named by its title');
  await expectNoAxeViolations(page, 'Frivillige i tal (this year)');
});

test('she is told clearly when the months are backwards', async () => {
  const { page } = hanne;
  await page.getByLabel('Fra måned').fill('2024-05');
  await page.getByLabel('Til måned').fill('2024-03');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  const message = 'Den første måned skal ligge før eller være den samme som den sidste måned.';
  await page.locator('#statistics-from-error, .form-error-message').filter({ hasText: message }).first().waitFor();
  assert.equal(await page.getByLabel('Fra måned').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'Frivillige i tal (backwards months)');
});

test('she changes the period to the first quarter of 2024 and reads the figures behind the charts', async () => {
  const { page } = hanne;
  await page.getByLabel('Fra måned').fill('2024-01');
  await page.getByLabel('Til måned').fill('2024-03');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.getByRole('status').filter({ hasText: 'Tal for januar 2024 til marts 2024, hele kommunen.' }).waitFor();
  assert.equal(await page.getByLabel('Fra måned').getAttribute('aria-invalid'), null);

  assert.deepEqual(await rowOf(page, 'Ønsker og match pr. måned', 'februar 2024'), ['februar 2024', '3', '2', '66,7 %', '4,0 t']);
  assert.deepEqual(await rowOf(page, 'Ønsker og match pr. måned', 'januar 2024'), ['januar 2024', '0', '0', '–', '–'], 'a month without requests shows a dash, not NaN');
  assert.deepEqual(await rowOf(page, 'Ture, aflysninger og udeblivelser pr. måned', 'februar 2024'), ['februar 2024', '1', '2', '1', '1', '0', '0', '0']);
  assert.deepEqual((await rowOf(page, 'Tilfredshed pr. måned', 'februar 2024')).slice(0, 4), ['februar 2024', '3,00', '100,0 %', '1']);
  assert.deepEqual(await rowOf(page, 'Timer pr. måned', 'februar 2024'), ['februar 2024', '1,5 t', '0,0 t']);
  const chart = page.getByRole('img', { name: 'Ønsker om følgeskab pr. måned' });
  assert.match(await chart.locator('desc').textContent() ?? '', /februar 2024: 3/);
  assert.ok(!(await text(page)).includes('Kvartal'), 'no citizen is named');
  assert.ok(!(await text(page)).includes('NaN'));
  await expectNoAxeViolations(page, 'Frivillige i tal (first quarter of 2024)');
  await tabThroughPage(page, 'Frivillige i tal');
});

test('she downloads the CSV of the period', async () => {
  const { page } = hanne;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent tallene som CSV (til Excel)' }).click()]);
  assert.equal(download.suggestedFilename(), 'frivillige-i-tal-2024-01-2024-03.csv');
  const file = readFileSync((await download.path())!);
  assert.deepEqual([...file.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  const rows = parse(file, { delimiter: ';', bom: true }) as string[][];
  assert.equal(rows.length, 5);
  const [header, , february] = rows;
  assert.deepEqual([february![0], february![header!.indexOf('Ønsker om følgeskab')], february![header!.indexOf('Frivilligtimer')]], ['2024-02', '3', '1,5']);
});
