import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations } from '../support/axe.js';
import { newVisitor, waitForPage, waitUntilLoaded } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { mikkelsPlan } from '../support/plan-e2e.js';

// The catalogue in the browser: an anonymous visitor searches and opens an offer, a citizen puts an offer in
// their plan, and the Perron 4 leader keeps an offer. axe checks every page.

const e2e = useE2eFixture();

test('an anonymous visitor searches for "svømning" with step-free access and opens an offer', async () => {
  const visitor = await newVisitor(e2e.browser);
  const { page } = visitor;
  await page.goto(`${e2e.server.url}/`);
  // The front page sends a visitor to the login; the menu still offers the public catalogue.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud' }).click();
  await waitForPage(page, 'Find tilbud');
  await expectNoAxeViolations(page, 'Find tilbud');

  await page.getByLabel('Hvad leder du efter?').fill('svømning');
  await page.getByText('Vis flere valg').click();
  await page.getByRole('checkbox', { name: /^Uden trin/ }).check();
  await page.getByRole('button', { name: 'Søg', exact: true }).first().click();
  await page.waitForURL(/accessibility=step-free/);
  await waitUntilLoaded(page);
  await page.getByRole('status').filter({ hasText: /Vi fandt \d+ tilbud/ }).waitFor();
  const results = page.getByRole('region', { name: 'Tilbud' }).getByRole('article');
  assert.ok((await results.count()) > 0, 'some offers are found');
  assert.match(await page.getByRole('region', { name: 'Tilbud' }).innerText(), /Uden trin/);
  await expectNoAxeViolations(page, 'Find tilbud med filtre');

  await page.getByRole('link', { name: 'Svømning for alle i Randers Svømmehal' }).click();
  await waitForPage(page, 'Svømning for alle i Randers Svømmehal');
  for (const heading of ['Kort fortalt', 'Hvad er det?', 'Hvem er det for?', 'Hvornår?', 'Hvor?', 'Hvad koster det?', 'Må jeg tage nogen med?', 'Sådan kommer du i gang']) {
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  }
  await expectNoAxeViolations(page, 'Tilbudsside');

  // Grouped by target group, at a phone's width.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${e2e.server.url}/tilbud?groupBy=targetGroup`);
  await waitForPage(page, 'Find tilbud');
  await page.getByRole('heading', { level: 3, name: /Pårørende/ }).waitFor();
  await expectNoAxeViolations(page, 'Find tilbud, samlet efter målgruppe, mobil');
  assert.deepEqual(visitor.pageErrors, []);
});

test('a citizen puts an offer in their plan, and the step links back to it', async () => {
  const { page } = await e2e.personAt('Mikkel Sørensen');
  await page.goto(`${e2e.server.url}/tilbud?q=h%C3%A5ndbold`);
  await waitForPage(page, 'Find tilbud');
  await page.getByRole('link', { name: 'Håndbold for alle — Randers HK' }).click();
  await waitForPage(page, 'Håndbold for alle — Randers HK');
  await page.getByRole('link', { name: 'Sæt i min plan' }).click();
  await waitForPage(page, 'Sæt tilbuddet i din plan');
  await expectNoAxeViolations(page, 'Sæt i min plan');
  // By keyboard: choose the leisure goal, keep the suggested text, and send with Enter.
  await page.getByRole('radio', { name: mikkelsPlan.leisureGoal }).focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('radio', { name: mikkelsPlan.leisureGoal }).isChecked(), true);
  await page.getByLabel('Hvad vil du gøre?').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Skridtet er sat i din plan.' }).waitFor();
  await page.getByRole('link', { name: 'Se din plan' }).click();
  await waitForPage(page, 'Min plan');
  await page.goto(`${e2e.server.url}/min-plan/fritid`);
  await waitUntilLoaded(page);
  await page.getByText('Prøv Håndbold for alle — Randers HK').first().waitFor();
  // Mikkel reads the easy-read texts, where the link says "Læs mere om det her".
  await page.getByRole('link', { name: /^(Se tilbuddet|Læs mere om det her)$/ }).first().click();
  await waitForPage(page, 'Håndbold for alle — Randers HK');
});

test('the Perron 4 leader creates, publishes and confirms an offer on "Mine tilbud"', async () => {
  const { page } = await e2e.personAt('Jesper Kjær');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine tilbud' }).click();
  await waitForPage(page, 'Mine tilbud');
  await page.getByRole('link', { name: 'Perron 4 — værested og modtagecenter' }).waitFor();
  await expectNoAxeViolations(page, 'Mine tilbud');

  await page.getByRole('link', { name: 'Opret et tilbud' }).click();
  await waitForPage(page, 'Nyt tilbud');
  await page.getByRole('button', { name: 'Gem' }).click();
  // An empty name is named in the error summary, which takes focus.
  await page.getByRole('alert').filter({ hasText: 'Navn' }).waitFor();
  await expectNoAxeViolations(page, 'Nyt tilbud med fejl');
  await page.getByLabel('Navn').fill('Kaffe og snak på Perron 4');
  await page.getByLabel('Beskrivelse', { exact: true }).fill('Kom forbi til en kop kaffe og en snak med en medarbejder. Du behøver ikke aftale noget på forhånd.');
  await page.getByRole('checkbox', { name: 'Venner og familie' }).check();
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('status').filter({ hasText: 'Tilbuddet er oprettet som kladde' }).waitFor();
  await waitForPage(page, 'Kaffe og snak på Perron 4');
  await expectNoAxeViolations(page, 'Ret tilbud');
  await page.getByRole('button', { name: 'Offentliggør' }).click();
  await page.getByRole('status').filter({ hasText: 'Tilbuddet er offentligt.' }).waitFor();
  await page.getByRole('button', { name: 'Bekræft at oplysningerne passer' }).click();
  await page.getByRole('status').filter({ hasText: 'Tak. Tilbuddet er bekræftet.' }).waitFor();

  const anonymous = await newVisitor(e2e.browser);
  await anonymous.page.goto(`${e2e.server.url}/tilbud?q=kaffe%20og%20snak`);
  await waitForPage(anonymous.page, 'Find tilbud');
  await anonymous.page.getByRole('link', { name: 'Kaffe og snak på Perron 4' }).waitFor();
  await anonymous.close();
});
