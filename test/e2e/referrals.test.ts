import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { outboxHandlers } from '../../src/platform/outbox/handlers.js';
import { processOutboxOnce } from '../../src/platform/outbox/worker.js';
import { newId } from '../../src/platform/ids.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { focusedElement, pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';

// The referral's closed loop in the browser: Anders refers Mikkel from the overview to an offer of Perron 4 and
// shares one part of the plan; Jesper at Perron 4 sees exactly that part and accepts; Mikkel reads "Perron 4 har sagt
// ja til dig" on Min side and on "Mine henvisninger", and withdraws another referral with the keyboard alone.
// axe checks every page on the way.

const e2e = useE2eFixture();
const offerName = 'Tirsdagsgruppen på Perron 4';
const otherOfferName = 'Onsdagscaféen på Perron 4';
const healthGoal = 'Jeg vil have mere energi i løbet af dagen';
const workGoal = 'Jeg vil arbejde et par timer om ugen i et havecenter';
let ids: { tenant: string; perron4: string; organization: string; otherOffer: string; anders: string; mikkelsCitizen: string };

/** The offers of this test, inserted once the fixture's server runs (its hooks are not ordered before ours). */
async function insertOffers(): Promise<void> {
  const db = e2e.server.database.db;
  const cat = catalogueFactory(e2e.server.database);
  const tenant = await cat.tenantId('randers');
  const perron4 = await cat.unitId(tenant, 'Perron 4');
  const organization = await cat.organization(tenant, { name: 'Perron 4 (e2e)', kind: 'municipal', org_unit_id: perron4 });
  await cat.offer(tenant, { organization_id: organization, name: offerName, owner_unit_id: perron4, description: 'En lille gruppe, der mødes om tirsdagen og taler om hverdagen.' });
  const otherOffer = await cat.offer(tenant, { organization_id: organization, name: otherOfferName, owner_unit_id: perron4 });
  const anders = (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenant).where('demo_key', '=', 'anders').executeTakeFirstOrThrow()).user_id;
  const mikkel = (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenant).where('demo_key', '=', 'mikkel').executeTakeFirstOrThrow()).user_id;
  const mikkelsCitizen = (await db.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenant).where('user_id', '=', mikkel).executeTakeFirstOrThrow()).citizen_id;
  ids = { tenant, perron4, organization, otherOffer, anders, mikkelsCitizen };
}

async function openFromMenu(page: Page, link: string, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link, exact: true }).click();
  await waitForPage(page, title);
}

let anders: Visitor;
let referralPath = '';

test('Anders refers Mikkel from the overview to an offer of Perron 4, sharing his health goals', async () => {
  anders = await e2e.personAt('Anders Holm');
  await insertOffers();
  const { page } = anders;
  await openFromMenu(page, 'Mine borgere', 'Mine borgere');
  await page.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).click();
  await waitForPage(page, 'Helhedsplan for Mikkel Sørensen');
  const section = page.getByRole('region', { name: 'Henvisninger' });
  await section.getByText('Borgeren har ingen henvisninger.').waitFor();
  await expectNoAxeViolations(page, 'Helhedsplan with referrals');
  await section.getByRole('link', { name: 'Henvis til et tilbud', exact: true }).click();
  await waitForPage(page, 'Henvis Mikkel Sørensen til et tilbud');
  assert.equal(pathOf(page), `/borgere/${ids.mikkelsCitizen}/henvis`);
  await expectNoAxeViolations(page, 'Henvis til et tilbud');

  await page.getByRole('searchbox', { name: 'Søg efter tilbud' }).fill('Tirsdagsgruppen');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await page.getByRole('radio', { name: new RegExp(`^${offerName}`) }).check();
  await page.getByRole('status').filter({ hasText: `Valgt tilbud: ${offerName}` }).waitFor();
  await expectNoAxeViolations(page, 'Henvis til et tilbud (search results)');
  await page.getByLabel('Besked til modtageren').fill('Mikkel vil gerne tale med andre, der kender træthed efter en hjerneskade.');
  await page.getByRole('group', { name: /^Dele af planen/ }).getByRole('checkbox', { name: 'Sundhed', exact: true }).check();
  // Without the citizen's consent the referral is refused, and the error summary says why.
  await page.getByRole('button', { name: 'Send henvisningen', exact: true }).click();
  await page.getByRole('alert').getByText('Borgeren skal have sagt ja til at dele de valgte dele af planen.').waitFor();
  await expectNoAxeViolations(page, 'Henvis til et tilbud (error summary)');
  await page.getByRole('checkbox', { name: 'Borgeren har sagt ja til at dele de valgte dele med modtageren' }).check();
  await page.getByRole('button', { name: 'Send henvisningen', exact: true }).click();

  await waitForPage(page, 'Henvisning af Mikkel Sørensen');
  await page.getByRole('status').filter({ hasText: 'Henvisningen er sendt.' }).waitFor();
  referralPath = pathOf(page);
  assert.match(referralPath, /^\/henvisninger\/[0-9a-f-]{36}$/);
  const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  for (const expected of [offerName, 'Perron 4', 'Sendt', 'Stop henvisningen']) assert.ok(main.includes(expected), `the referral page shows "${expected}"`);
  await expectNoAxeViolations(page, 'Henvisning (sender)');
});

test("Anders finds it under Henvisninger, Sendt af mig, and on Mikkel's overview", async () => {
  const { page } = anders;
  await openFromMenu(page, 'Henvisninger', 'Henvisninger');
  await page.getByRole('navigation', { name: 'Vælg henvisninger' }).getByRole('link', { name: 'Sendt af mig', exact: true }).click();
  const table = page.getByRole('table', { name: 'Henvisninger, du har sendt, nyeste først' });
  await table.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'Henvisninger (sendt)');
  await page.goto(`${e2e.server.url}/borgere/${ids.mikkelsCitizen}`);
  await waitForPage(page, 'Helhedsplan for Mikkel Sørensen');
  const section = page.getByRole('region', { name: 'Henvisninger' });
  await section.getByRole('link', { name: offerName, exact: true }).waitFor();
  assert.match((await section.innerText()).replace(/\s+/g, ' '), new RegExp(`${offerName}: Sendt, sendt `));
});

test('Jesper at Perron 4 sees the referral and only the shared part of the plan, and accepts', async () => {
  const { page } = await e2e.personAt('Jesper Kjær');
  await openFromMenu(page, 'Henvisninger', 'Henvisninger');
  const table = page.getByRole('table', { name: 'Henvisninger til din enhed, nyeste først' });
  await expectNoAxeViolations(page, 'Henvisninger (modtaget)');
  await table.getByRole('link', { name: 'Mikkel Sørensen', exact: true }).click();
  await waitForPage(page, 'Henvisning af Mikkel Sørensen');
  assert.equal(pathOf(page), referralPath);
  const shared = page.getByRole('region', { name: 'Delt af borgerens plan' });
  await shared.getByText(healthGoal, { exact: true }).waitFor();
  assert.equal(await shared.getByText(workGoal, { exact: true }).count(), 0, 'the work goal is not shared');
  await expectNoAxeViolations(page, 'Henvisning (receiver)');

  // Declining asks for a reason; Jesper changes his mind and accepts instead.
  await page.getByRole('button', { name: 'Afvis', exact: true }).click();
  assert.equal((await focusedElement(page)).description.startsWith('TEXTAREA#referral-reason'), true, 'the reason field has focus');
  await expectNoAxeViolations(page, 'Henvisning (reason asked)');
  await page.getByRole('button', { name: 'Fortryd', exact: true }).click();
  await page.getByRole('button', { name: 'Accepter', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Status er nu: Accepteret.' }).waitFor();
  await page.getByRole('button', { name: 'Forløbet er startet', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Afvis', exact: true }).count(), 0);
  const history = (await page.getByRole('table', { name: 'Alle ændringer af henvisningen, ældste først' }).innerText()).replace(/\s+/g, ' ');
  assert.ok(history.includes('Sendt → Modtaget') && history.includes('Modtaget → Accepteret'), history);
  await expectNoAxeViolations(page, 'Henvisning (accepted)');
});

let mikkel: Visitor;

test('Mikkel reads "Perron 4 har sagt ja til dig" on Min side and on Mine henvisninger', async () => {
  const silent = { error() {}, warn() {}, info() {} };
  while ((await processOutboxOnce(e2e.server.database.db, outboxHandlers(silent), silent, new Date(Date.now() + 1000))) > 0);
  mikkel = await e2e.personAt('Mikkel Sørensen');
  const { page } = mikkel;
  const notices = page.getByRole('region', { name: 'Nyt til dig' });
  await notices.getByRole('link', { name: 'Perron 4 har sagt ja til dig.' }).first().waitFor();
  await expectNoAxeViolations(page, 'Min side with notices');
  await openFromMenu(page, 'Mine henvisninger', 'Mine henvisninger');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: offerName }) });
  await card.getByText('Perron 4 har sagt ja til dig.', { exact: true }).waitFor();
  await card.getByText('Du deler: Sundhed.').waitFor();
  await expectNoAxeViolations(page, 'Mine henvisninger');
});

test('Mikkel withdraws a referral not yet answered, with the keyboard alone', async () => {
  const db = e2e.server.database.db;
  const id = newId();
  const now = new Date();
  await db
    .insertInto('referral')
    .values({ tenant_id: ids.tenant, referral_id: id, citizen_id: ids.mikkelsCitizen, offer_id: ids.otherOffer, receiving_unit_id: ids.perron4, kind: 'worker', sender_user_id: ids.anders, sender_unit_id: null, state: 'sent', reason: null, message: '', shared_parts: [], sent_at: now, answered_at: null, answer_due_on: '2099-12-31', created_at: now, updated_at: now })
    .execute();
  await db.insertInto('referral_event').values({ tenant_id: ids.tenant, event_id: newId(), referral_id: id, from_state: null, to_state: 'sent', reason: null, actor_user_id: ids.anders, occurred_at: now }).execute();

  const { page } = mikkel;
  await page.reload();
  await waitForPage(page, 'Mine henvisninger');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: otherOfferName }) });
  await card.getByText(`Du er henvist til ${otherOfferName}. Perron 4 har ikke svaret endnu.`).waitFor();

  let found = false;
  for (let i = 0; i < 60 && !found; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused.text === 'Træk tilbage') {
      assert.ok(focused.visible, `the focus on "Træk tilbage" can be seen: ${focused.outline} ${focused.boxShadow}`);
      found = true;
    }
  }
  assert.ok(found, 'Tab reaches "Træk tilbage"');
  await page.keyboard.press('Enter');
  const reason = await focusedElement(page);
  assert.ok(reason.description.startsWith(`TEXTAREA#withdraw-reason-${id}`), `the reason field has focus: ${reason.description}`);
  await page.keyboard.type('Jeg har fundet noget andet');
  await page.keyboard.press('Tab');
  assert.equal((await focusedElement(page)).text, 'Ja, træk den tilbage');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Du har sagt nej tak til den.' }).waitFor();
  await card.getByText(`Det er slut med ${otherOfferName}.`, { exact: true }).waitFor();
  await card.getByText('Det er fordi: Jeg har fundet noget andet').waitFor();
  await expectNoAxeViolations(page, 'Mine henvisninger (withdrawn)');
  const row = await db.selectFrom('referral').select(['state', 'reason']).where('referral_id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { state: 'stopped', reason: 'Jeg har fundet noget andet' });
});
