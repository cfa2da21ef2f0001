import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { yearlyCostOre } from '../../src/domain/service-cost.js';
import { formatKroner } from '../../src/web/features/finance/money-format.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { assertVisibleFocus, focusedElement, pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { citizenIdFromCaseload, todayInDenmark } from '../support/plan-e2e.js';

// Mette Lund, case officer, records a §108 decision for Lene Kjeldsen (on her team) at a day rate that takes Lene's
// yearly cost over 1 million DKK: she finds the offer in the catalogue and fills in the form with the keyboard, sees the
// cost for the year before saving, is told what is wrong when the price is not an amount, and then finds the decision
// in the list with this year's cost. She changes the rate and reads the change in the decision's history. axe checks
// every page on the way.

const e2e = useE2eFixture();
const offerName = 'Kastaniebo — længerevarende botilbud (§ 108)';
const year = Number(todayInDenmark().slice(0, 4));
const periodFrom = `${year}-01-01`;
const dayRateOre = 3_100_00;
const costThisYear = yearlyCostOre({ periodFrom, periodTo: null, priceUnit: 'day', unitPriceOre: dayRateOre, quantityHundredths: 100 }, year);
/** As the page writes money: Intl puts a no-break space before "kr.". */
const kroner = (ore: number) => formatKroner(ore, 'da');
const text = async (page: Page, selector = 'main') => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
const squeeze = (value: string) => value.replace(/\s+/g, ' ');

let mette: Visitor;
let lenesId = '';

async function openCitizenPage(page: Page, link: string, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Borgerens sider' }).getByRole('link', { name: link, exact: true }).click();
  await waitForPage(page, title);
}

test('Mette opens the Ydelser tab of Lene, a citizen on her team', async () => {
  mette = await e2e.personAt('Mette Lund');
  const { page } = mette;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine borgere', exact: true }).click();
  await waitForPage(page, 'Mine borgere');
  lenesId = await citizenIdFromCaseload(page, 'Lene Kjeldsen');
  await page.getByRole('link', { name: 'Lene Kjeldsen', exact: true }).click();
  await waitForPage(page, 'Helhedsplan for Lene Kjeldsen');
  await openCitizenPage(page, 'Ydelser', 'Ydelser til Lene Kjeldsen');
  assert.equal(pathOf(page), `/borgere/${lenesId}/ydelser`);
  await page.getByText('Borgeren har ingen afgørelser om ydelser.').waitFor();
  await expectNoAxeViolations(page, 'Ydelser (none yet)');
});

test('she records a §108 decision by keyboard, sees the cost before saving, and is told when the price is not an amount', async () => {
  const { page } = mette;
  await page.getByRole('link', { name: 'Registrér en afgørelse', exact: true }).click();
  await waitForPage(page, 'Registrér en afgørelse for Lene Kjeldsen');
  assert.equal(pathOf(page), `/borgere/${lenesId}/ydelser/ny`);
  await expectNoAxeViolations(page, 'Registrér en afgørelse');

  // The catalogue search, by keyboard: type, Enter, Tab into the results, arrow to the offer (which chooses it).
  const search = page.getByRole('searchbox', { name: 'Søg i tilbudskataloget' });
  await search.focus();
  await page.keyboard.type('Kastaniebo');
  await page.keyboard.press('Enter');
  const radio = page.getByRole('radio', { name: new RegExp(`^${offerName.replace(/[()]/g, '\\$&')}`) });
  await radio.waitFor();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 5 && !(await radio.evaluate((el) => el === document.activeElement)); i++) {
    if ((await focusedElement(page)).description.startsWith('INPUT#service-offer-')) await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  assert.equal(await radio.isChecked(), true, 'the offer is chosen with the keyboard');
  await assertVisibleFocus(page, 'the chosen offer');
  await page.getByRole('status').filter({ hasText: `Valgt tilbud: ${offerName}` }).waitFor();
  assert.equal(await page.getByLabel('Ydelsens navn').inputValue(), offerName);
  assert.equal(await page.getByLabel('Hjemmel').inputValue(), 'SEL §108');
  assert.equal(await page.getByLabel('Det er et botilbud').isChecked(), true, '§108 is residential');
  await expectNoAxeViolations(page, 'Registrér en afgørelse (offer chosen)');

  // The rest with Tab and typing; each stop shows where focus is.
  await page.getByLabel('Ydelsens navn').focus();
  await page.keyboard.press('Tab');
  assert.match((await focusedElement(page)).description, /^INPUT#service-legal-basis/);
  await page.keyboard.press('Tab');
  assert.match((await focusedElement(page)).description, /^SELECT#service-provider-kind/);
  await page.keyboard.press('Tab');
  assert.match((await focusedElement(page)).description, /^INPUT#service-provider-name/);
  await page.keyboard.type('Botilbud Kastaniebo');
  await assertVisibleFocus(page, 'the provider name');
  assert.equal(await page.getByLabel('Betalende center').locator('option:checked').innerText(), 'Center for Handicap og Myndighed', "the paying centre is Mette's centre");
  await page.getByLabel('Fra og med').fill(periodFrom);
  assert.equal(await page.getByLabel('Hvordan er prisen?').locator('option:checked').innerText(), 'Døgntakst (pr. dag)');
  await page.getByLabel('Døgntakst i kroner').focus();
  await page.keyboard.type('tre tusind');
  await page.getByText('Udfyld periode, pris og antal for at se udgiften').waitFor();
  await page.keyboard.press('Enter');

  // The error summary takes focus; its link leads back to the field.
  const summary = page.getByRole('alert');
  await summary.getByText('Pris: Skriv et beløb i kroner, fx 2.950,50.').waitFor();
  assert.match((await focusedElement(page)).description, /^DIV/, 'the error summary has focus');
  await expectNoAxeViolations(page, 'Registrér en afgørelse (error summary)');
  await page.keyboard.press('Tab');
  assert.match((await focusedElement(page)).text, /^Pris: Skriv et beløb/);
  await page.keyboard.press('Enter');
  assert.match((await focusedElement(page)).description, /^INPUT#service-price/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3.100');

  // The cost for this year, before saving.
  const preview = page.locator('.service-preview');
  await preview.getByText(`Udgift i ${year}: ${kroner(costThisYear)}`).waitFor();
  assert.ok(costThisYear > 100_000_000, 'the day rate takes the yearly cost over 1 million DKK');
  await expectNoAxeViolations(page, 'Registrér en afgørelse (cost shown)');
  await page.keyboard.press('Enter');

  await waitForPage(page, 'Ydelser til Lene Kjeldsen');
  await page.getByRole('status').filter({ hasText: 'Afgørelsen er gemt.' }).waitFor();
});

test('the decision is in the list with this year’s cost, and Lene’s total is over 1 million DKK', async () => {
  const { page } = mette;
  const table = page.getByRole('table', { name: 'Afgørelser om ydelser, nyeste periode først' });
  const row = table.getByRole('row').filter({ hasText: offerName });
  await row.waitFor();
  const rowText = squeeze(await row.innerText());
  for (const expected of [offerName, 'SEL §108', 'Botilbud Kastaniebo', `${kroner(dayRateOre)} pr. dag`, kroner(costThisYear), 'I gang']) assert.ok(rowText.includes(squeeze(expected)), `the row shows "${expected}": ${rowText}`);
  assert.ok(squeeze(await table.locator('tfoot').innerText()).includes(squeeze(`I alt i ${year} ${kroner(costThisYear)}`)));
  assert.ok((await text(page)).includes(squeeze(`I ${year} ${kroner(costThisYear)}`)), 'the total this year');
  await expectNoAxeViolations(page, 'Ydelser (one decision)');
});

test('she raises the day rate, and the history says who changed what', async () => {
  const { page } = mette;
  await page.getByRole('link', { name: offerName, exact: true }).click();
  await waitForPage(page, `Afgørelse: ${offerName}`);
  await expectNoAxeViolations(page, 'Afgørelse');
  const history = page.getByRole('table', { name: 'Alle gemte udgaver af afgørelsen, nyeste først' });
  await history.getByRole('row').filter({ hasText: 'Registreret' }).filter({ hasText: 'Mette Lund' }).waitFor();

  const price = page.getByLabel('Døgntakst i kroner');
  assert.equal(await price.inputValue(), '3100');
  await price.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3150,50');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
  const changed = history.getByRole('row').filter({ hasText: 'Ændret' });
  await changed.waitFor();
  assert.ok(squeeze(await changed.innerText()).includes(squeeze(`Pris: ${kroner(dayRateOre)} → ${kroner(3_150_50)}`)));
  await expectNoAxeViolations(page, 'Afgørelse (changed)');
});

test('she withdraws the decision with the keyboard; it then costs nothing', async () => {
  const { page } = mette;
  await page.getByRole('button', { name: 'Træk afgørelsen tilbage', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Vil du trække afgørelsen tilbage? Det kan ikke gøres om.').waitFor();
  await expectNoAxeViolations(page, 'Afgørelse (withdrawal asked)');
  await page.keyboard.press('Tab');
  assert.equal((await focusedElement(page)).text, 'Ja, træk den tilbage');
  await assertVisibleFocus(page, 'the confirmation');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Afgørelsen er trukket tilbage. Den koster ikke noget.' }).waitFor();
  await page.getByRole('table', { name: 'Alle gemte udgaver af afgørelsen, nyeste først' }).getByRole('row').filter({ hasText: 'Trukket tilbage' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Gem ændringerne' }).count(), 0, 'a withdrawn decision is not changed');
  await expectNoAxeViolations(page, 'Afgørelse (withdrawn)');
  await page.getByRole('link', { name: 'Tilbage til ydelserne' }).click();
  await waitForPage(page, 'Ydelser til Lene Kjeldsen');
  const row = page.getByRole('table', { name: 'Afgørelser om ydelser, nyeste periode først' }).getByRole('row').filter({ hasText: offerName });
  assert.ok(squeeze(await row.innerText()).includes(squeeze(`${kroner(0)} Trukket tilbage`)));
});
