import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';

/**
 * Indicators in the browser. Karen Vestergaard, the Socialchef, opens "Indikatorer" from the menu, sees the six shipped
 * indicators with their latest figures, opens the share in job or education, switches from quarters to years, reads the
 * table behind the chart and the definition in plain words, and is told when the months are backwards. She sees no
 * drill-down to citizens. A bad definition in the editor is refused with the reason. Anders, a support worker, reads
 * the same figures and opens his own citizens behind one. axe finds nothing on any page.
 */

const e2e = useE2eFixture();
let karen: Visitor;
const text = async (page: Page, selector = 'main') => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

test('Karen opens Indikatorer from the menu and sees the indicators with their latest figures; axe finds nothing', async () => {
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indikatorer', exact: true }).click();
  await waitForPage(page, 'Indikatorer');
  assert.equal(pathOf(page), '/styring/indikatorer');
  const table = page.getByRole('table', { name: 'Indikatorer og det seneste tal' });
  await table.waitFor();
  for (const name of ['Andel borgere i job eller uddannelse', 'Borgere i hjemløshed', 'Andel nåede mål pr. livsområde', 'Borgernes egen vurdering af fremskridt', 'Andel henvisninger besvaret til tiden', 'Match med frivillige']) {
    await table.getByRole('link', { name, exact: true }).waitFor();
  }
  await expectNoAxeViolations(page, 'Indikatorer (list)');
});

test('she opens one indicator, changes the period to years, and reads the chart and the table; axe finds nothing', async () => {
  const { page } = karen;
  await page.getByRole('link', { name: 'Andel borgere i job eller uddannelse', exact: true }).click();
  await waitForPage(page, 'Andel borgere i job eller uddannelse');
  assert.equal(pathOf(page), '/styring/indikatorer/job-or-education-share');
  await page.getByRole('status').filter({ hasText: /^Tal fra .+ til .+, hele kommunen\./ }).waitFor();
  assert.equal(await page.getByLabel('Vis pr.').inputValue(), 'quarter');
  assert.equal(await page.getByRole('img', { name: 'Andel borgere i job eller uddannelse' }).count(), 1, 'the chart is an image named by its title');
  await expectNoAxeViolations(page, 'Indikator (quarters)');

  const year = new Date().getUTCFullYear();
  await page.getByLabel('Vis pr.').selectOption('year');
  await page.getByLabel('Fra måned').fill(`${year - 4}-01`);
  await page.getByLabel('Til måned').fill(`${year}-12`);
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.getByRole('status').filter({ hasText: `Tal fra januar ${year - 4} til december ${year}, hele kommunen.` }).waitFor();
  const rows = page.getByRole('table', { name: 'Tallene bag diagrammet' }).locator('tbody tr');
  assert.equal(await rows.count(), 5, 'five years');
  const first = (await rows.first().locator('th, td').allInnerTexts()).map((c) => c.trim());
  assert.equal(first[0], String(year - 4));
  assert.match(first[1]!, /^(\d+(,\d)? %|skjult|ingen data)$/);
  const desc = (await page.getByRole('img', { name: 'Andel borgere i job eller uddannelse' }).locator('desc').textContent()) ?? '';
  assert.match(desc, new RegExp(`${year - 4}: `));
  const main = await text(page);
  assert.match(main, /Sådan regnes tallet Kilde: borgernes status/);
  assert.ok(!main.includes('Dine borgere'), 'no drill-down for a leader');
  await page.getByRole('heading', { name: 'Fordelt på enheder' }).waitFor();
  await expectNoAxeViolations(page, 'Indikator (years)');
});

test('she is told clearly when the months are backwards', async () => {
  const { page } = karen;
  await page.getByLabel('Fra måned').fill('2024-05');
  await page.getByLabel('Til måned').fill('2024-03');
  await page.getByRole('button', { name: 'Vis tal' }).click();
  await page.locator('.form-error-message, #indicator-from-error').filter({ hasText: 'Den første måned skal ligge før eller være den samme som den sidste måned.' }).first().waitFor();
  assert.equal(await page.getByLabel('Fra måned').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'Indikator (backwards months)');
});

test('a definition that does not validate is refused in the editor with the reason', async () => {
  const { page } = karen;
  await page.getByRole('link', { name: 'Ret definitionen' }).click();
  await waitForPage(page, 'Ret Andel borgere i job eller uddannelse');
  const definition = page.getByLabel('Definition (JSON)');
  const json = JSON.parse(await definition.inputValue());
  json.filter = [{ field: 'life-domain', op: 'eq', value: 'work' }];
  await definition.fill(JSON.stringify(json, null, 2));
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('alert').filter({ hasText: 'har ikke feltet «life-domain»' }).waitFor();
  await expectNoAxeViolations(page, 'Indikator editor (refused)');
  await page.getByRole('link', { name: 'Tilbage' }).click();
  await waitForPage(page, 'Andel borgere i job eller uddannelse');
  assert.match(await text(page), /Definitionens version: 1\./, 'nothing was saved');
});

test('Anders, a support worker, opens a figure from the menu and the citizens of his own team behind it; axe finds nothing', async () => {
  const { page } = await e2e.personAt('Anders Holm');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Indikatorer', exact: true }).click();
  await waitForPage(page, 'Indikatorer');
  assert.equal(await page.getByRole('link', { name: /ny indikator/i }).count(), 0, 'a support worker does not define indicators');
  await page.getByRole('link', { name: 'Andel borgere i job eller uddannelse', exact: true }).click();
  await waitForPage(page, 'Andel borgere i job eller uddannelse');
  const drillDowns = page.getByRole('link', { name: /^Dine borgere bag tallet for / });
  await drillDowns.first().waitFor();
  await expectNoAxeViolations(page, 'Indikator (support worker)');
  await drillDowns.last().click();
  await waitForPage(page, 'Dine borgere bag tallet');
  assert.match(pathOf(page), /^\/styring\/indikatorer\/job-or-education-share\/borgere/);
  // His own citizens, or a plain sentence that none of them are in this figure; never an error.
  await page.getByRole('table', { name: /^Borgere bag tallet for / }).or(page.getByText('Ingen af dine borgere indgår i tallet.')).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await expectNoAxeViolations(page, 'Indikator drill-down (support worker)');
});
