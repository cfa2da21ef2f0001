import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { citizenIdFromCaseload, daysFromToday, expectNoAxeViolationsInBothVariants, setEasyRead, todayInDenmark, visit } from '../support/plan-e2e.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// A support worker holds a plan meeting with the citizen ("borgerplansmøde") and writes down who does what;
// the citizen then reads it on his own pages. Every staff page on the way is checked with axe.

const e2e = useE2eFixture();
const personAt = (persona: string) => e2e.personAt(persona);

/** Follows a link in the menu of the citizen's pages ("Borgerens sider") and waits for the page. */
async function openCitizenPage(page: Page, link: string, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Borgerens sider' }).getByRole('link', { name: link, exact: true }).click();
  await waitForPage(page, title);
}

const location = 'Mestringsvejledning Nord, mødelokale 2';
const agreements = [
  { who: 'Mikkel', what: 'Ringer til Randers HH og spørger om billetter til en hjemmekamp.', byDate: daysFromToday(14) },
  { who: 'Anders', what: 'Finder en frivillig, der vil gå med til kampen.', byDate: daysFromToday(21) },
];
const summary = 'Vi talte om håndbold og om trætheden. Mikkel er glad for sine nye pauser.';
const nextReview = daysFromToday(60);

let anders: Visitor;
let mikkelsId = '';

test('Anders opens his caseload and Mikkel’s overview (Helhedsplan)', async () => {
  anders = await personAt('Anders Holm');
  const { page } = anders;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine borgere', exact: true }).click();
  await waitForPage(page, 'Mine borgere');
  await expectNoAxeViolations(page, 'Mine borgere');
  mikkelsId = await citizenIdFromCaseload(page, 'Mikkel Sørensen');
  await page.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).click();
  await waitForPage(page, 'Helhedsplan for Mikkel Sørensen');
  assert.equal(pathOf(page), `/borgere/${mikkelsId}`);
  await expectNoAxeViolations(page, 'Helhedsplan');
});

test('Anders looks at the plan editing, the history and the record', async () => {
  const { page } = anders;
  await openCitizenPage(page, 'Planen', 'Planen for Mikkel');
  assert.equal(pathOf(page), `/borgere/${mikkelsId}/plan`);
  await expectNoAxeViolations(page, 'Planen (editing)');
  await openCitizenPage(page, 'Historik', 'Planens historik');
  await expectNoAxeViolations(page, 'Planens historik');
  await openCitizenPage(page, 'Stamdata', 'Stamdata for Mikkel Sørensen');
  await expectNoAxeViolations(page, 'Stamdata');
});

let meetingPath = '';

test('Anders plans a plan meeting with Mikkel', async () => {
  const { page } = anders;
  await openCitizenPage(page, 'Møder', 'Borgerplansmøder');
  await expectNoAxeViolations(page, 'Borgerplansmøder');
  await page.getByRole('link', { name: 'Planlæg borgerplansmøde', exact: true }).click();
  await waitForPage(page, 'Planlæg borgerplansmøde');
  assert.equal(pathOf(page), `/borgere/${mikkelsId}/moeder/ny`);
  await expectNoAxeViolations(page, 'Planlæg borgerplansmøde');

  await page.getByLabel(/^Dato/).fill(todayInDenmark());
  await page.getByLabel('Klokkeslæt', { exact: true }).fill('10:00');
  await page.getByLabel('Sted', { exact: true }).fill(location);
  await page.getByRole('group', { name: 'Fra borgerens netværk' }).getByRole('checkbox', { name: /^Louise Sørensen/ }).check();
  await page.getByRole('group', { name: 'Fra teamet' }).getByRole('checkbox', { name: /^Anders Holm/ }).check();
  await page.getByRole('button', { name: 'Planlæg mødet', exact: true }).click();
  await waitForPage(page, /^Borgerplansmøde /);
  await page.getByRole('status').filter({ hasText: 'Mødet er planlagt.' }).waitFor();
  meetingPath = pathOf(page);
  assert.match(meetingPath, new RegExp(`^/borgere/${mikkelsId}/moeder/[^/]+$`));
  const facts = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  for (const expected of [location, 'Mikkel Sørensen', 'Louise Sørensen', 'Anders Holm']) assert.ok(facts.includes(expected), `the meeting shows "${expected}": ${facts.slice(0, 500)}`);
  await expectNoAxeViolations(page, 'Borgerplansmøde (planned)');
});

test('Anders records the meeting as held with two agreements, a summary and the next review', async () => {
  const { page } = anders;
  const first = page.getByRole('group', { name: 'Aftale 1', exact: true });
  await first.getByLabel('Hvem', { exact: true }).fill(agreements[0]!.who);
  await first.getByLabel('Gør hvad', { exact: true }).fill(agreements[0]!.what);
  await first.getByLabel('Senest', { exact: true }).fill(agreements[0]!.byDate);
  await page.getByRole('button', { name: 'Tilføj aftale', exact: true }).click();
  const second = page.getByRole('group', { name: 'Aftale 2', exact: true });
  // The new row's first field has focus, ready to type in.
  assert.equal(await second.getByLabel('Hvem', { exact: true }).evaluate((input) => input === document.activeElement), true, 'focus moves to the new agreement');
  await second.getByLabel('Hvem', { exact: true }).fill(agreements[1]!.who);
  await second.getByLabel('Gør hvad', { exact: true }).fill(agreements[1]!.what);
  await second.getByLabel('Senest', { exact: true }).fill(agreements[1]!.byDate);
  await page.getByLabel(/^Referat/).fill(summary);
  await page.getByLabel(/^Næste opfølgning på planen/).fill(nextReview);
  await expectNoAxeViolations(page, 'Borgerplansmøde with the record form filled in');
  await page.getByRole('button', { name: 'Registrér mødet som afholdt', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Mødet er registreret som afholdt.' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Aftaler og referat' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Registrér mødet som afholdt' }).count(), 0, 'a held meeting is not recorded twice');

  // After a reload the page shows what the server saved.
  await page.reload();
  await waitForPage(page, /^Borgerplansmøde /);
  const saved = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  assert.ok(saved.includes('Holdt') || saved.includes('Afholdt'), `the status is held: ${saved.slice(0, 400)}`);
  assert.equal(await page.getByRole('group', { name: 'Aftale 1', exact: true }).getByLabel('Gør hvad', { exact: true }).inputValue(), agreements[0]!.what);
  assert.equal(await page.getByRole('group', { name: 'Aftale 2', exact: true }).getByLabel('Gør hvad', { exact: true }).inputValue(), agreements[1]!.what);
  assert.equal(await page.getByLabel(/^Referat/).inputValue(), summary);
  assert.equal(await page.getByLabel(/^Næste opfølgning på planen/).inputValue(), nextReview);
  await expectNoAxeViolations(page, 'Borgerplansmøde (held)');

  await openCitizenPage(page, 'Møder', 'Borgerplansmøder');
  const row = page.getByRole('row').filter({ hasText: location });
  assert.equal(await row.count(), 1, 'the meeting is listed once');
  await expectNoAxeViolations(page, 'Borgerplansmøder after the meeting');
  await openCitizenPage(page, 'Historik', 'Planens historik');
  await expectNoAxeViolations(page, 'Planens historik after the meeting');
  assert.deepEqual(anders.pageErrors, []);
});

test('Mikkel sees the meeting and its agreements on /min-plan/moeder', async () => {
  const mikkel = await personAt('Mikkel Sørensen');
  const { page } = mikkel;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min plan', exact: true }).click();
  await waitForPage(page, 'Min plan');
  await setEasyRead(page, false);
  await page.getByRole('link', { name: 'Møder om min plan', exact: true }).click();
  await waitForPage(page, 'Møder om min plan');
  assert.equal(pathOf(page), '/min-plan/moeder');
  const meeting = page.getByRole('listitem').filter({ hasText: `Sted: ${location}` }).filter({ has: page.locator('.meeting-when') });
  assert.equal(await meeting.count(), 1, 'the new meeting is shown once');
  const text = (await meeting.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes('Holdt'), `held: ${text}`);
  for (const agreement of agreements) {
    assert.ok(text.includes(`${agreement.who}: ${agreement.what}`), `the agreement "${agreement.who}: ${agreement.what}" is shown: ${text}`);
  }
  assert.ok(text.includes(summary), 'the summary is shown');
  assert.ok(text.includes('Næste gang vi ser på planen:'), 'the next review is shown');
  for (const person of ['Mikkel Sørensen', 'Louise Sørensen', 'Anders Holm']) assert.ok(text.includes(person), `${person} took part`);
  await expectNoAxeViolationsInBothVariants(page, 'Møder om min plan');
  assert.deepEqual(mikkel.pageErrors, []);
});

test('Mette (case officer) opens Indsigt for Mikkel and the transition list', async () => {
  const mette = await personAt('Mette Lund');
  const { page } = mette;
  await visit(page, e2e.server.url, `/borgere/${mikkelsId}`, 'Helhedsplan for Mikkel Sørensen');
  await openCitizenPage(page, 'Indsigt', 'Indsigtsanmodning');
  assert.equal(pathOf(page), `/borgere/${mikkelsId}/indsigt`);
  await expectNoAxeViolations(page, 'Indsigtsanmodning');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Den gode overgang', exact: true }).click();
  await waitForPage(page, 'Den gode overgang');
  assert.equal(pathOf(page), '/overgang');
  await expectNoAxeViolations(page, 'Den gode overgang');
  assert.deepEqual(mette.pageErrors, []);
});
