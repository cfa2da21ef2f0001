import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { waitForPage, waitUntilLoaded, type Visitor } from '../support/e2e-page.js';
import { citizenIdFromCaseload, expectNoAxeViolationsInBothVariants, mikkelsPlan, setEasyRead, stepItem, todayInDenmark, visit } from '../support/plan-e2e.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// The citizen's journey through their own plan: a dream, a step done, sharing one part with his sister and
// taking it back, and who has looked. Mikkel, Louise and Anders each in their own browser context.

const e2e = useE2eFixture();
const personAt = (persona: string) => e2e.personAt(persona);

const planParts = ['Drømme', 'Sundhed', 'Sociale relationer', 'Fritid', 'Bolig', 'Uddannelse og job', 'Møder'];

/** Sets exactly what Louise may see on Mit netværk: only the parts given, with view (never comment), and saves. */
async function shareWithLouise(page: Page, parts: string[]): Promise<void> {
  for (const part of planParts) {
    const view = page.getByRole('checkbox', { name: `Louise Sørensen må se ${part}`, exact: true });
    const comment = page.getByRole('checkbox', { name: `Louise Sørensen må skrive kommentarer til ${part}`, exact: true });
    if (await comment.isChecked()) await comment.setChecked(false);
    await view.setChecked(parts.includes(part));
    assert.equal(await comment.isChecked(), false, `Louise may not comment on ${part}`);
  }
  await page.getByRole('button', { name: 'Gem hvem der må se hvad', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Det er gemt. Det gælder fra nu.' }).waitFor();
  await waitUntilLoaded(page);
  // What the grid shows after saving is what the server now holds.
  for (const part of planParts) {
    const view = page.getByRole('checkbox', { name: `Louise Sørensen må se ${part}`, exact: true });
    assert.equal(await view.isChecked(), parts.includes(part), `after saving, Louise ${parts.includes(part) ? 'may' : 'may not'} see ${part}`);
  }
}

/** What Louise's page of Mikkel's plan shows, as text. */
async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
}

let mikkelsId = '';

test('a worker (Anders) opens Mikkel’s overview, so there is a worker’s visit to find later', async () => {
  const anders = await personAt('Anders Holm');
  const { page } = anders;
  await visit(page, e2e.server.url, '/borgere', 'Mine borgere');
  mikkelsId = await citizenIdFromCaseload(page, 'Mikkel Sørensen');
  await page.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).click();
  await waitForPage(page, 'Helhedsplan for Mikkel Sørensen');
  assert.equal(new URL(page.url()).pathname, `/borgere/${mikkelsId}`);
  assert.deepEqual(anders.pageErrors, []);
});

let mikkel: Visitor;

test('Mikkel sees Min plan, in both the ordinary and the easy-read texts', async () => {
  mikkel = await personAt('Mikkel Sørensen');
  const { page } = mikkel;
  await visit(page, e2e.server.url, '/min-plan', 'Min plan');
  // Mikkel's record says he needs easy-read, so "Let læst" starts switched on.
  assert.equal(await page.getByRole('switch', { name: 'Let læst' }).isChecked(), true, 'easy-read is on for a citizen who needs it');
  await expectNoAxeViolationsInBothVariants(page, 'Min plan');
  await setEasyRead(page, false);
  for (const domain of ['Sundhed', 'Sociale relationer', 'Fritid', 'Bolig', 'Uddannelse og job']) {
    await page.getByRole('link', { name: domain, exact: true }).waitFor();
  }
});

test('Mikkel adds a dream and sees it on Min plan', async () => {
  const { page } = mikkel;
  const dream = 'Jeg vil gerne lære at lave lasagne til hele familien.';
  await page.getByRole('button', { name: 'Tilføj en drøm', exact: true }).click();
  await page.getByRole('textbox', { name: 'Min drøm', exact: true }).fill(dream);
  await expectNoAxeViolations(page, 'Min plan with the dream form open');
  await page.getByRole('button', { name: 'Gem drømmen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Din drøm er gemt.' }).waitFor();
  const dreams = page.getByRole('region', { name: /Mine drømme/ });
  await dreams.getByText(dream, { exact: true }).waitFor();
  await page.reload();
  await waitForPage(page, 'Min plan');
  await dreams.getByText(dream, { exact: true }).waitFor();
});

test('Mikkel marks a step done and still sees it done after reloading', async () => {
  const { page } = mikkel;
  await page.getByRole('link', { name: 'Sundhed', exact: true }).click();
  await waitForPage(page, 'Sundhed');
  assert.equal(new URL(page.url()).pathname, '/min-plan/sundhed');
  await expectNoAxeViolationsInBothVariants(page, 'Min plan: Sundhed');
  const stepText = 'Gå en tur på 15 minutter tre gange om ugen';
  const step = stepItem(page, stepText);
  const done = step.getByRole('button', { name: 'Færdig', exact: true });
  assert.equal(await done.count(), 1, 'the step is not done yet, so it has a "Færdig" button');
  await done.click();
  await page.getByRole('status').filter({ hasText: 'Godt gået! Skridtet er markeret som færdigt.' }).waitFor();
  await page.reload();
  await waitForPage(page, 'Sundhed');
  await step.locator('p').filter({ hasText: /Færdig \d/ }).waitFor();
  assert.equal(await step.getByRole('button', { name: 'Færdig' }).count(), 0, 'no "Færdig" button on a step that is done');
  await expectNoAxeViolations(page, 'Min plan: Sundhed after marking a step done');
});

test('Mikkel shares only "Bolig" with Louise', async () => {
  const { page } = mikkel;
  await visit(page, e2e.server.url, '/mit-netvaerk', 'Mit netværk');
  await expectNoAxeViolationsInBothVariants(page, 'Mit netværk');
  // The demo data shares health (view) and leisure (comment) with Louise: first exactly housing.
  assert.equal(await page.getByRole('checkbox', { name: 'Louise Sørensen må se Sundhed', exact: true }).isChecked(), true, 'the demo shares health with Louise');
  assert.equal(await page.getByRole('checkbox', { name: 'Louise Sørensen må skrive kommentarer til Fritid', exact: true }).isChecked(), true, 'the demo lets Louise comment on leisure');
  await shareWithLouise(page, ['Bolig']);
  await expectNoAxeViolations(page, 'Mit netværk after saving');
  assert.deepEqual(mikkel.pageErrors, []);
});

let louise: Visitor;

test('Louise sees Mikkel’s housing and nothing else, and the page says what is not shared', async () => {
  louise = await personAt('Louise Sørensen');
  const { page } = louise;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Delt med mig', exact: true }).click();
  await waitForPage(page, 'Delt med mig');
  await expectNoAxeViolations(page, 'Delt med mig');
  await page.getByRole('link', { name: 'Se Mikkels plan', exact: true }).click();
  await waitForPage(page, 'Mikkels plan');
  await expectNoAxeViolationsInBothVariants(page, 'Mikkels plan as Louise');

  const housing = page.getByRole('region', { name: 'Bolig' });
  await housing.getByRole('heading', { name: mikkelsPlan.housingGoal }).waitFor();
  assert.ok((await housing.innerText()).includes('Du kan læse her, men ikke skrive.'), 'housing is shared to read only');
  const text = await mainText(page);
  for (const hidden of [mikkelsPlan.healthGoal, mikkelsPlan.leisureGoal, mikkelsPlan.socialGoal, mikkelsPlan.workGoal, mikkelsPlan.dream, mikkelsPlan.meetingPlace, mikkelsPlan.meetingAgreement]) {
    assert.ok(!text.includes(hidden), `Louise does not see "${hidden}"`);
  }
  // Each part that is not shared says so plainly: dreams, four domains and the meetings.
  for (const part of ['Drømme', 'Sundhed', 'Sociale relationer', 'Fritid', 'Uddannelse og job', 'Møder']) {
    const region = page.getByRole('region', { name: part, exact: true });
    await region.getByText('Mikkel deler ikke denne del med dig.', { exact: true }).waitFor();
  }
  assert.equal(await housing.getByText('Mikkel deler ikke denne del med dig.').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Færdig' }).count(), 0, 'Louise cannot mark steps done');
  assert.equal(await page.getByRole('textbox').count(), 0, 'Louise may not comment on housing');
});

test('Mikkel withdraws housing; Louise reloads and no longer sees it', async () => {
  await shareWithLouise(mikkel.page, []);
  await mikkel.page.getByText('Du deler ikke noget med Louise Sørensen.', { exact: true }).waitFor();

  const { page } = louise;
  await page.reload();
  await waitForPage(page, 'Mikkels plan');
  const text = await mainText(page);
  assert.ok(!text.includes(mikkelsPlan.housingGoal), `housing is gone: ${text.slice(0, 600)}`);
  assert.ok(!text.includes(mikkelsPlan.healthGoal));
  // Nothing is shared any more: still a page about Mikkel's plan, which says so plainly (not "not found").
  await waitForPage(page, 'Mikkels plan');
  await page.getByText('Mikkel deler ikke noget af sin plan med dig lige nu. Det er Mikkel, der bestemmer, hvad du kan se.', { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Mikkels plan as Louise after the withdrawal');
  assert.deepEqual(louise.pageErrors, []);
});

test('Mikkel finds Louise’s and a worker’s visits under "Hvem har set mine oplysninger?"', async () => {
  const { page } = mikkel;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hvem har set mine oplysninger?', exact: true }).click();
  await waitForPage(page, 'Hvem har set mine oplysninger?');
  await expectNoAxeViolationsInBothVariants(page, 'Hvem har set mine oplysninger?');
  const today = todayInDenmark();
  await page.getByLabel('Fra dato', { exact: true }).fill(today);
  await page.getByLabel('Til dato', { exact: true }).fill(today);
  await page.getByRole('button', { name: 'Vis periode', exact: true }).click();
  await waitUntilLoaded(page);
  while ((await page.getByRole('button', { name: 'Vis flere', exact: true }).count()) > 0) {
    await page.getByRole('button', { name: 'Vis flere', exact: true }).click();
    await waitUntilLoaded(page);
  }
  const entries = await page.locator('ol.access-list > li').evaluateAll((items) =>
    items.map((item) => Object.fromEntries([...item.querySelectorAll('dt')].map((term) => [term.textContent?.trim() ?? '', term.nextElementSibling?.textContent?.trim() ?? '']))),
  );
  assert.ok(entries.length > 0, 'there are visits today');
  const louiseVisit = entries.find((entry) => entry.Hvem === 'Louise Sørensen' && entry.Hvad?.startsWith('Så dine oplysninger'));
  assert.ok(louiseVisit, `Louise's visit is listed: ${JSON.stringify(entries)}`);
  assert.equal(louiseVisit.Rolle, 'Pårørende eller netværk');
  // Randers does not show staff names to citizens: the worker is known by role and unit.
  const workerVisit = entries.find((entry) => entry.Rolle === 'Medarbejder, der støtter dig' && entry['Hvor fra'] === 'Mestringsvejledning Nord');
  assert.ok(workerVisit, `Anders' visit is listed: ${JSON.stringify(entries)}`);
  assert.equal(workerVisit.Hvem, undefined, 'no staff name in Randers');
  assert.ok(!entries.some((entry) => entry.Hvem === 'Mikkel Sørensen'), 'Mikkel’s own visits are left out');
  await expectNoAxeViolations(page, 'Hvem har set mine oplysninger? for today');
  assert.deepEqual(mikkel.pageErrors, []);
});
