import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, tabThroughPage, waitForPage, type Visitor } from '../support/e2e-page.js';

/**
 * Målgrupper i tal in the browser. Karen Vestergaard, the social director, opens it from the menu and sees the last
 * five years of the demo (Table 1's rows, the totals, the trend chart); she changes the years to 2017, the year of
 * Table 1 in the plan, where § 103's three citizens are hidden as "<5"; she is told clearly when the years are
 * backwards and plainly when a period has no data; she picks one offer for the chart, and downloads the CSV. axe finds
 * nothing, and every Tab stop shows its focus.
 */

const e2e = useE2eFixture();
let karen: Visitor;

const rowOf = async (name: RegExp) => (await karen.page.getByRole('table').getByRole('row', { name }).locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());

test('Karen opens Målgrupper i tal from the menu and sees five years with a chart; axe finds nothing', async () => {
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Målgrupper i tal', exact: true }).click();
  await waitForPage(page, 'Målgrupper i tal');
  assert.equal(pathOf(page), '/styring/maalgrupper');
  const year = new Date().getUTCFullYear();
  await page.getByRole('status').filter({ hasText: `Tal for ${year - 4} til ${year}.` }).waitFor();
  assert.equal(await page.getByLabel('Fra år').inputValue(), String(year - 4));
  await page.getByRole('table', { name: `Forskellige borgere pr. tilbud og år, ${year - 4}–${year}` }).waitFor();
  const total = await rowOf(/^I alt/);
  assert.equal(total.length, 6);
  assert.ok(total.slice(1).every((cell) => /^\d[\d.]*$/.test(cell) && Number(cell.replace('.', '')) > 100), `hundreds of citizens each year: ${total}`);
  assert.equal(await page.getByRole('img', { name: 'Borgere pr. år: Alle tilbud (forskellige borgere i alt)' }).count(), 1);
  await expectNoAxeViolations(page, 'Målgrupper i tal (five years)');
});

test('she changes the years to 2017 and reads Table 1, small numbers hidden', async () => {
  const { page } = karen;
  await page.getByLabel('Fra år').fill('2017');
  await page.getByLabel('Til år').fill('2017');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.getByRole('status').filter({ hasText: 'Tal for 2017 til 2017.' }).waitFor();
  assert.deepEqual(await rowOf(/^§ 110 Forsorgshjem/), ['§ 110 Forsorgshjem', '157']);
  assert.deepEqual(await rowOf(/^Alkoholbehandling — dag/), ['Alkoholbehandling — dag', '314']);
  const hidden = await rowOf(/^§ 103 Beskyttet beskæftigelse/);
  assert.equal(hidden[1], '<5 færre end 5, skjult', 'the screen reader hears what "<5" means');
  await page.getByText('"<5" betyder 1 til 4 borgere.', { exact: false }).waitFor();
  await expectNoAxeViolations(page, 'Målgrupper i tal (2017)');
});

test('she picks one offer for the chart', async () => {
  const { page } = karen;
  await page.getByLabel('Vis udviklingen for').selectOption({ label: '§ 110 Forsorgshjem' });
  const chart = page.getByRole('img', { name: 'Borgere pr. år: § 110 Forsorgshjem' });
  await chart.waitFor();
  assert.match((await chart.locator('desc').textContent()) ?? '', /2017: 157/);
  await tabThroughPage(page, 'Målgrupper i tal');
});

test('backwards years get a message on the field; a period without data says so plainly', async () => {
  const { page } = karen;
  await page.getByLabel('Fra år').fill('2019');
  await page.getByLabel('Til år').fill('2018');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.locator('.form-error-message').filter({ hasText: 'Det første år skal være før eller det samme som det sidste år.' }).first().waitFor();
  assert.equal(await page.getByLabel('Fra år').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'Målgrupper i tal (backwards years)');

  await page.getByLabel('Fra år').fill('2001');
  await page.getByLabel('Til år').fill('2003');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.getByText('Der er ingen data i perioden.', { exact: true }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
  await expectNoAxeViolations(page, 'Målgrupper i tal (no data)');
});

test('she downloads the CSV', async () => {
  const { page } = karen;
  await page.getByLabel('Fra år').fill('2017');
  await page.getByLabel('Til år').fill('2018');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.getByRole('status').filter({ hasText: 'Tal for 2017 til 2018.' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent tabellen som CSV (til Excel)' }).click()]);
  assert.equal(download.suggestedFilename(), 'maalgrupper-2017-2018.csv');
  const file = readFileSync((await download.path())!);
  assert.deepEqual([...file.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parse(file, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  assert.deepEqual(rows[0], ['Tilbud', 'Paragraf', '2017', '2018']);
  assert.deepEqual(rows.find((r) => r[0] === '§ 110 Forsorgshjem'), ['§ 110 Forsorgshjem', 'SEL §110', '157', '0']);
});
