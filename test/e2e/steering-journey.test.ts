import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';

/**
 * The steering journey of issue 7, in Chromium over the demo: Karen Vestergaard (Socialchef, leader) writes a progress
 * note on an activity of the disability plan and changes its status, records the committee's selection of focus areas
 * for next year, makes this year's status report of the plan, writes its summary and publishes it; Jens Kragh, a member
 * of Handicaprådet, opens the report and its PDF. axe finds no violation on any page visited, charts included.
 */

const e2e = useE2eFixture();
let karen: Visitor;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
const year = Number(today.slice(0, 4));
const planName = 'Voksenhandicapplan 2020–2023 (forlænget til og med 2026)';
const activityTitle = 'Tilbud til pårørende samlet i én folder';
const note = 'Folderen er skrevet færdig og sendt til korrektur hos pårørenderådet.';
const mainText = async (visitor: Visitor) => (await visitor.page.locator('main').innerText()).replace(/\s+/g, ' ');

test('Karen updates an activity’s status and writes a progress note', async () => {
  const db = e2e.server.database.db;
  const activity = await db
    .selectFrom('strategy_activity as a')
    .innerJoin('tenant as t', 't.tenant_id', 'a.tenant_id')
    .select('a.activity_id')
    .where('t.slug', '=', 'randers')
    .where('a.title', '=', activityTitle)
    .executeTakeFirstOrThrow();
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await page.goto(new URL(`/styring/aktiviteter/${activity.activity_id}`, e2e.server.url).toString());
  await waitForPage(page, activityTitle);
  await expectNoAxeViolations(page, 'Activity');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'I gang' });
  await page.getByLabel('Fremskridtsnote').fill(note);
  await page.getByLabel('Dato for noten').fill(today);
  await page.getByRole('button', { name: 'Gem status og note' }).click();
  await page.getByRole('status').filter({ hasText: 'Noten er gemt, og status er ændret til "I gang".' }).waitFor();
  await page.locator('main').getByText(note).first().waitFor();
  await expectNoAxeViolations(page, 'Activity (note saved)');
});

test('she records the committee’s selection of focus areas for next year', async () => {
  const { page } = karen;
  await page.goto(new URL('/styring/udvalgsvalg', e2e.server.url).toString());
  await waitForPage(page, 'Udvalgets valg af indsatsområder');
  await expectNoAxeViolations(page, 'Committee selection');
  await page.getByLabel('År', { exact: true }).fill(String(year + 1));
  await page.getByLabel('Dato for beslutningen').fill(today);
  const body = page.getByLabel('Beslutningsorgan');
  const committee = (await body.locator('option').allInnerTexts()).find((o) => /udvalg/i.test(o));
  assert.ok(committee, 'the committee is a choice');
  await body.selectOption({ label: committee });
  await page.getByLabel('Dagsordenspunkt').fill(`Punkt 5, møde ${today}`);
  const plan = page.getByRole('group', { name: `Indsatsområder i ${planName}` });
  for (const area of ['Pårørendesamarbejde', 'Sæt borgerguides i spil']) await plan.getByLabel(area, { exact: true }).check();
  await page.getByRole('button', { name: 'Gem udvalgets valg' }).click();
  await page.getByRole('status').filter({ hasText: `Udvalgets valg for ${year + 1} er gemt.` }).waitFor();
  await expectNoAxeViolations(page, 'Committee selection (saved)');
});

test('she makes this year’s status report of the plan, writes the summary and publishes it', async () => {
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statusrapporter', exact: true }).click();
  await waitForPage(page, 'Statusrapporter');
  await expectNoAxeViolations(page, 'Status reports (archive, leader)');
  await page.getByLabel('Strategi eller plan').selectOption({ label: planName });
  await page.getByLabel('År').fill(String(year));
  await page.getByRole('button', { name: 'Lav statusrapport' }).click();
  await waitForPage(page, `Status for ${year}: ${planName}`);
  const shown = await mainText(karen);
  assert.ok(shown.includes('Version 1. Kladde — ikke offentliggjort.'));
  assert.ok(shown.includes(note), 'the report quotes the note written today');
  const row = await page.getByRole('table', { name: 'Aktiviteter under Pårørendesamarbejde' }).getByRole('row', { name: new RegExp(`^${activityTitle}`) }).locator('th, td').allInnerTexts();
  assert.equal(row[1], 'I gang', 'the activity’s new status, in words');
  assert.ok((await page.getByRole('img').count()) >= 1, 'the report has charts');
  await expectNoAxeViolations(page, 'Status report (draft)');

  await page.getByRole('textbox', { name: 'Resumé' }).fill(`Pårørendefolderen er i gang.\n\nUdvalget har valgt indsatsområderne for ${year + 1}.`);
  await page.getByRole('button', { name: 'Gem resumé' }).click();
  await page.getByRole('status').filter({ hasText: 'Resuméet er gemt.' }).waitFor();
  await page.getByRole('button', { name: 'Offentliggør', exact: true }).click();
  await page.getByRole('heading', { name: 'Offentliggør rapporten' }).waitFor();
  await expectNoAxeViolations(page, 'Status report (confirm publishing)');
  await page.getByRole('button', { name: 'Ja, offentliggør' }).click();
  await page.getByRole('status').filter({ hasText: 'Statusrapporten er offentliggjort.' }).waitFor();
  assert.match(await mainText(karen), /Version 1\. Offentliggjort .+ af Karen Vestergaard\./);
  await expectNoAxeViolations(page, 'Status report (published)');
});

test('Jens of Handicaprådet opens the published report and its PDF', async () => {
  const jens = await e2e.personAt('Jens Kragh');
  const { page } = jens;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statusrapporter', exact: true }).click();
  await waitForPage(page, 'Statusrapporter');
  await expectNoAxeViolations(page, 'Status reports (archive, council member)');
  const section = page.getByRole('region', { name: planName });
  await section.getByRole('heading', { name: `Status for ${year}` }).waitFor();
  const yearBlock = section.locator('div').filter({ has: page.getByRole('heading', { name: `Status for ${year}`, exact: true }) });
  await yearBlock.getByRole('link', { name: 'Version 1' }).click();
  await waitForPage(page, `Status for ${year}: ${planName}`);
  assert.match(pathOf(page), /^\/styring\/statusrapporter\//);
  const shown = await mainText(jens);
  assert.ok(shown.includes('Pårørendefolderen er i gang.'), 'the summary');
  assert.ok(shown.includes(note), 'the note');
  assert.equal(await page.getByRole('textbox', { name: 'Resumé' }).count(), 0);
  await expectNoAxeViolations(page, 'Status report (council member)');

  const pdfHref = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
  const pdf = await page.request.get(new URL(pdfHref!, e2e.server.url).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
});
