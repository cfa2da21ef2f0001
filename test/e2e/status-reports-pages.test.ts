import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, tabThroughPage, waitForPage, waitUntilLoaded, type Visitor } from '../support/e2e-page.js';
import { createReportWorld, statusReportFactory } from '../support/status-report-factory.js';

/**
 * The status-report pages in the browser, over a hand-made plan with known figures for 2016 (independent of the demo's
 * strategies). Karen, the leader, opens "Statusrapporter" from the menu, is told plainly when the year has not begun,
 * makes a draft for 2016, writes a summary and publishes it after a confirmation. Jens, of Handicaprådet, finds it in
 * the archive, reads it with its charts and tables, opens the printable page and gets the PDF. Karen then makes a new
 * draft, updates its figures after the data has changed, and deletes it after a confirmation. axe finds nothing on any
 * page, and every Tab stop shows its focus.
 */

const e2e = useE2eFixture();
let karen: Visitor;
let reportPath = '';
let world: Awaited<ReturnType<typeof createReportWorld>>;
const text = async (visitor: Visitor) => (await visitor.page.locator('main').innerText()).replace(/\s+/g, ' ');

test('Karen opens Statusrapporter from the menu; a year that has not begun is refused plainly', async () => {
  world = await createReportWorld(statusReportFactory(e2e.server.database), 'randers', 'e2e');
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statusrapporter', exact: true }).click();
  await waitForPage(page, 'Statusrapporter');
  assert.equal(pathOf(page), '/styring/statusrapporter');
  await page.getByRole('heading', { name: 'Lav statusrapport', level: 2 }).waitFor();
  await expectNoAxeViolations(page, 'Statusrapporter (archive, leader)');
  await page.getByLabel('Strategi eller plan').selectOption({ label: 'Testplanen for rapporter' });
  await page.getByLabel('År').fill('2090');
  await page.getByRole('button', { name: 'Lav statusrapport' }).click();
  await page.getByRole('alert').filter({ hasText: /År: Året er ikke begyndt endnu\. Vælg \d{4} eller et år før\./ }).waitFor();
  assert.equal(await page.getByLabel('År').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'Statusrapporter (bad year)');
});

test('she makes a draft for 2016 and sees the focus areas, the status in words and the key figures with charts', async () => {
  const { page } = karen;
  await page.getByLabel('År').fill('2016');
  await page.getByRole('button', { name: 'Lav statusrapport' }).click();
  await waitForPage(page, 'Status for 2016: Testplanen for rapporter');
  reportPath = pathOf(page);
  assert.match(reportPath, /^\/styring\/statusrapporter\/[0-9a-f-]{36}$/);
  await page.getByRole('status').filter({ hasText: 'Kladden er lavet.' }).waitFor();
  const shown = await text(karen);
  for (const expected of ['Version 1. Kladde — ikke offentliggjort.', 'Engagement i dig', '1. Koordinering og sammenhæng', 'Status: I gang.', 'Valgt af Social- og Arbejdsmarkedsudvalget (test) for 2016', '2. Pårørendesamarbejde', 'Ikke valgt af udvalget for 2016.', 'Status: Ingen aktiviteter.', 'Nøgletal for 2016']) {
    assert.ok(shown.includes(expected), `the page says «${expected}»`);
  }
  const chart = page.getByRole('img', { name: 'Borgere i hjemløshed (test) pr. måned i 2016' });
  assert.match((await chart.locator('desc').textContent()) ?? '', /marts: 6; april: 0; maj: skjult \(under 5\)/);
  const row = await page.getByRole('table', { name: 'Borgere i hjemløshed (test) pr. måned i 2016' }).getByRole('row', { name: /^maj/ }).locator('th, td').allInnerTexts();
  assert.deepEqual(row, ['maj', 'skjult (under 5)']);
  await expectNoAxeViolations(page, 'Status report (draft, charts)');
  await tabThroughPage(page, 'Status report (draft)');
});

test('she writes the summary, saves it and publishes after confirming', async () => {
  const { page } = karen;
  await page.getByRole('textbox', { name: 'Resumé' }).fill('Året gik godt.\n\nKoordineringen er i gang i alle teams.');
  await page.getByRole('button', { name: 'Gem resumé' }).click();
  await page.getByRole('status').filter({ hasText: 'Resuméet er gemt.' }).waitFor();
  await page.getByRole('button', { name: 'Offentliggør', exact: true }).click();
  const confirm = page.getByRole('heading', { name: 'Offentliggør rapporten' });
  await confirm.waitFor();
  assert.equal(await confirm.evaluate((el) => el === document.activeElement), true, 'the confirmation takes focus');
  await expectNoAxeViolations(page, 'Status report (confirm publishing)');
  await page.getByRole('button', { name: 'Fortryd' }).click();
  assert.equal(await page.getByRole('button', { name: 'Offentliggør', exact: true }).evaluate((el) => el === document.activeElement), true, 'focus goes back to the button');
  await page.getByRole('button', { name: 'Offentliggør', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, offentliggør' }).click();
  await page.getByRole('status').filter({ hasText: 'Statusrapporten er offentliggjort.' }).waitFor();
  assert.match(await text(karen), /Version 1\. Offentliggjort .+ af Karen Vestergaard\./);
  assert.equal(await page.getByRole('textbox', { name: 'Resumé' }).count(), 0, 'a published summary cannot be edited');
  assert.ok((await text(karen)).includes('Koordineringen er i gang i alle teams.'));
  await expectNoAxeViolations(page, 'Status report (published)');
});

test('Jens of Handicaprådet finds it in the archive, reads it, prints it and gets the PDF', async () => {
  const jens = await e2e.personAt('Jens Kragh');
  const { page } = jens;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statusrapporter', exact: true }).click();
  await waitForPage(page, 'Statusrapporter');
  assert.equal(await page.getByRole('heading', { name: 'Lav statusrapport' }).count(), 0, 'a council member makes no reports');
  const section = page.getByRole('region', { name: 'Testplanen for rapporter' });
  await section.getByRole('heading', { name: 'Status for 2016' }).waitFor();
  await expectNoAxeViolations(page, 'Statusrapporter (archive, council member)');
  await section.getByRole('link', { name: 'Version 1' }).click();
  await waitForPage(page, 'Status for 2016: Testplanen for rapporter');
  assert.equal(pathOf(page), reportPath);
  await expectNoAxeViolations(page, 'Status report (council member)');

  const pdfHref = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
  const pdf = await page.request.get(new URL(pdfHref!, page.url()).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  const printHref = await page.getByRole('link', { name: 'Udskriv' }).getAttribute('href');
  await page.goto(new URL(printHref!, page.url()).toString());
  await page.getByRole('heading', { level: 1, name: 'Status for 2016: Testplanen for rapporter' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
  assert.equal(await page.getByRole('img', { name: 'Borgere i hjemløshed (test) pr. måned i 2016' }).count(), 1);
  await expectNoAxeViolations(page, 'Status report (printable page)');
  await page.goBack();
  await waitUntilLoaded(page);
});

test('Karen makes a new draft and updates its figures after the data has changed; the summary she is writing stays', async () => {
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statusrapporter', exact: true }).click();
  await waitForPage(page, 'Statusrapporter');
  await page.getByLabel('Strategi eller plan').selectOption({ label: 'Testplanen for rapporter' });
  await page.getByLabel('År').fill('2016');
  await page.getByRole('button', { name: 'Lav statusrapport' }).click();
  await waitForPage(page, 'Status for 2016: Testplanen for rapporter');
  await page.getByRole('status').filter({ hasText: 'Kladden er lavet.' }).waitFor();
  const shown = await text(karen);
  assert.ok(shown.includes('Version 2. Kladde — ikke offentliggjort.'), shown);
  const cafeStatus = page.getByRole('table', { name: 'Aktiviteter under Pårørendesamarbejde' }).getByRole('row', { name: /^Pårørendecafé/ });
  assert.match(await cafeStatus.innerText(), /Ikke startet/);

  // After the draft was made, the relatives' café starts.
  const db = e2e.server.database.db;
  await db.updateTable('strategy_activity').set({ status: 'in-progress' }).where('tenant_id', '=', world.tenantId).where('focus_area_id', '=', world.areas.area2).execute();
  await page.getByRole('textbox', { name: 'Resumé' }).fill('Endnu ikke gemt.');
  await page.getByRole('button', { name: 'Opdatér tallene' }).click();
  await page.getByRole('status').filter({ hasText: 'Tallene er opdateret.' }).waitFor();
  assert.match(await cafeStatus.innerText(), /I gang/);
  assert.equal(await page.getByRole('textbox', { name: 'Resumé' }).inputValue(), 'Endnu ikke gemt.', 'what she is writing is not thrown away');
  await page.getByRole('button', { name: 'Gem resumé' }).click();
  await page.getByRole('status').filter({ hasText: 'Resuméet er gemt.' }).waitFor();
  await expectNoAxeViolations(page, 'Status report (draft, figures updated)');
});

test('she deletes the draft after confirming and lands on the archive with the notice', async () => {
  const { page } = karen;
  await page.getByRole('button', { name: 'Slet kladden' }).click();
  const confirm = page.getByRole('heading', { name: 'Vil du slette kladden?' });
  await confirm.waitFor();
  assert.equal(await confirm.evaluate((el) => el === document.activeElement), true, 'the confirmation takes focus');
  assert.ok((await text(karen)).includes('Kladden og dens resumé bliver slettet og kan ikke hentes tilbage.'));
  await expectNoAxeViolations(page, 'Status report (confirm deleting the draft)');
  await page.getByRole('button', { name: 'Fortryd' }).click();
  assert.equal(await page.getByRole('button', { name: 'Slet kladden' }).evaluate((el) => el === document.activeElement), true, 'focus goes back to the button');
  await page.getByRole('button', { name: 'Slet kladden' }).click();
  await page.getByRole('button', { name: 'Ja, slet kladden' }).click();
  await waitForPage(page, 'Statusrapporter');
  assert.equal(pathOf(page), '/styring/statusrapporter');
  await page.getByRole('status').filter({ hasText: 'Kladden til Testplanen for rapporter for 2016 er slettet.' }).waitFor();
  const section = page.getByRole('region', { name: 'Testplanen for rapporter' });
  await section.getByRole('link', { name: 'Version 1' }).waitFor();
  assert.equal(await section.getByRole('link', { name: 'Version 2' }).count(), 0, 'the draft is gone from the archive');
  await expectNoAxeViolations(page, 'Statusrapporter (after deleting a draft)');
});
