import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { addDays } from '../../src/domain/copenhagen-wall-clock.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { pathOf, tabThroughPage, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// Karen Vestergaard, socialchef, opens "Råd og høringer", goes to Handicaprådet and sends it a hearing on a new
// quality standard for housing support; first she is told clearly that the deadline lies before the day it was sent.
// Jens Kragh, named to Handicaprådet by DH, finds the hearing among his council's hearings, reads it and sends the
// council's response. Karen records what the committee decided, which closes the hearing. Birgit Thomsen, a
// politician, reads it without any form. axe checks every page on the way.

const e2e = useE2eFixture();
const title = 'Ny kvalitetsstandard for bostøtte';
const response = 'Handicaprådet støtter forslaget. Rådet beder om, at borgere med autisme kan få den samme medarbejder hver gang.';
const outcome = 'Socialudvalget vedtog standarden og skrev rådets ønske om faste medarbejdere ind.';
let karen: Visitor;
let hearingPath = '';

const text = async (page: Page) => (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
/** A field by the start of its label (a required field's label ends with the required mark). */
const field = (page: Page, label: string) => page.getByRole('textbox', { name: new RegExp(`^${label.replace(/[.?*+()[\]]/g, '\\$&')}`) });

async function openCouncils(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Råd og høringer', exact: true }).click();
  await waitForPage(page, 'Råd og høringer');
}

test('Karen sees the councils and opens Handicaprådet', async () => {
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await openCouncils(page);
  assert.equal(pathOf(page), '/styring/raad');
  const main = await text(page);
  assert.match(main, /Handicaprådet 8 medlemmer/);
  assert.match(main, /Næste dialogmøde \d+\. \w+\.? \d{4} – Dialogmøde med Socialudvalget/);
  await page.getByRole('table', { name: 'Høringer' }).getByRole('link', { name: 'Nyt botilbud i Asferg til 24 borgere' }).waitFor();
  await expectNoAxeViolations(page, 'Råd og høringer (leader)');

  await page.getByRole('link', { name: 'Handicaprådet', exact: true }).click();
  await waitForPage(page, 'Handicaprådet');
  const members = page.getByRole('table', { name: 'Rådets medlemmer nu' });
  assert.equal(await members.getByRole('row').count(), 9, 'a header and eight members');
  assert.match(await members.getByRole('row', { name: /Jens Kragh/ }).innerText(), /Udpeget af Danske Handicaporganisationer \(DH\)\s+DH Randers/);
  assert.equal(await page.getByRole('table', { name: 'Tidligere medlemmer' }).getByRole('row').count(), 2);
  assert.equal(await page.getByText('Rådet har ikke den sammensætning').count(), 0, 'the 4/1/3 composition adds up');
  await expectNoAxeViolations(page, 'Handicaprådet (leader)');
});

test('Karen sends a hearing; first she is told the deadline is before it was sent', async () => {
  const { page } = karen;
  await page.getByText('Send en høring', { exact: true }).click();
  await field(page, 'Hvad skal rådet høres om?').fill(title);
  await field(page, 'Beskriv beslutningen').fill('Forslag til nye rammer for bostøtte efter § 85: hvor ofte, hvor længe og hvem.');
  await field(page, 'Sag eller punkt på dagsordenen').fill('Socialudvalget, sag 21');
  const today = copenhagenToday(new Date());
  await field(page, 'Svarfrist').fill(addDays(today, -1));
  await page.getByRole('button', { name: 'Send høringen' }).click();
  const message = 'Svarfristen skal ligge på eller efter den dag, høringen sendes.';
  await page.locator('#hearing-respond-by-error').filter({ hasText: message }).waitFor();
  assert.equal(await field(page, 'Svarfrist').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'Handicaprådet (hearing form with an error)');

  await field(page, 'Svarfrist').fill(addDays(today, 21));
  await page.getByRole('button', { name: 'Send høringen' }).click();
  await waitForPage(page, title);
  hearingPath = pathOf(page);
  assert.match(hearingPath, /^\/styring\/hoeringer\/[0-9a-f-]{36}$/);
  await page.getByRole('status').filter({ hasText: 'Høringen er sendt til rådet.' }).waitFor();
  const main = await text(page);
  assert.match(main, /Status Venter på rådets svar/);
  assert.match(main, /21 dage til fristen/);
  assert.match(main, /Rådet har ikke svaret endnu\./);
  assert.equal(await page.getByRole('button', { name: 'Send høringssvar' }).count(), 0, 'the leader does not answer for the council');
  assert.equal(await page.getByRole('button', { name: 'Registrér udfald' }).count(), 0, 'no outcome before the response or the deadline');
  await expectNoAxeViolations(page, 'The hearing (just sent)');
});

test('Jens finds the hearing among his council’s and sends the council’s response', async () => {
  const jens = await e2e.personAt('Jens Kragh');
  const { page } = jens;
  await openCouncils(page);
  assert.match(await text(page), /Høringer til de råd, du er medlem af\./);
  await expectNoAxeViolations(page, 'Råd og høringer (council member)');
  await page.getByRole('link', { name: title }).click();
  await waitForPage(page, title);
  assert.equal(pathOf(page), hearingPath);
  await page.getByRole('heading', { name: 'Rådets høringssvar', level: 2 }).waitFor();
  await expectNoAxeViolations(page, 'The hearing (council member, before answering)');

  await page.getByRole('button', { name: 'Send høringssvar' }).click();
  await page.locator('#hearing-response-text-error').waitFor();
  await field(page, 'Rådets høringssvar').fill(response);
  await page.getByRole('button', { name: 'Send høringssvar' }).click();
  await page.getByRole('status').filter({ hasText: 'Rådets høringssvar er sendt.' }).waitFor();
  await page.getByText('Sendt af Jens Kragh').waitFor();
  assert.match(await text(page), /Status Besvaret – venter på udfald/);
  await expectNoAxeViolations(page, 'The hearing (answered)');
  await tabThroughPage(page, 'The hearing (council member)');

  await page.getByRole('link', { name: /^Tilbage til Handicaprådet/ }).click();
  await waitForPage(page, 'Handicaprådet');
  await page.getByText('Du er medlem af rådet.').waitFor();
  assert.equal(await page.getByText('Send en høring', { exact: true }).count(), 0, 'a council member does not send hearings');
  await expectNoAxeViolations(page, 'Handicaprådet (council member)');
});

test('Karen records the outcome, which closes the hearing', async () => {
  const { page } = karen;
  await page.reload();
  await waitForPage(page, title);
  assert.match(await text(page), new RegExp(response.slice(0, 40)));
  await field(page, 'Hvad blev besluttet?').fill(outcome);
  await page.getByRole('button', { name: 'Registrér udfald' }).click();
  await page.getByRole('status').filter({ hasText: 'Udfaldet er registreret. Høringen er afsluttet.' }).waitFor();
  const main = await text(page);
  assert.match(main, /Status Afsluttet/);
  assert.ok(main.includes(outcome));
  assert.equal(await page.getByRole('button', { name: 'Registrér udfald' }).count(), 0);
  await expectNoAxeViolations(page, 'The hearing (closed)');
});

test('Birgit, a politician, reads the hearing and the councils without any form', async () => {
  const birgit = await e2e.personAt('Birgit Thomsen');
  const { page } = birgit;
  await page.goto(new URL(hearingPath, page.url()).toString());
  await waitForPage(page, title);
  assert.ok((await text(page)).includes(outcome));
  assert.equal(await page.locator('main form').count(), 0);
  await expectNoAxeViolations(page, 'The hearing (politician)');
  await page.getByRole('link', { name: /^Tilbage til Handicaprådet/ }).click();
  await waitForPage(page, 'Handicaprådet');
  assert.equal(await page.locator('main form').count(), 0);
  assert.equal(await page.locator('main details').count(), 0);
  await expectNoAxeViolations(page, 'Handicaprådet (politician)');
});
