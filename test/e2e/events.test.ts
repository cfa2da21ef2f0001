import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations } from '../support/axe.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { newVisitor, waitForPage, waitUntilLoaded } from '../support/e2e-page.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { daysFromToday, visit } from '../support/plan-e2e.js';
import { copenhagenInstant } from '../../src/domain/copenhagen-wall-clock.js';
import { newId } from '../../src/platform/ids.js';

// "Det sker" in the browser: an anonymous visitor reads the list and an event; Mikkel signs up, sees it on his own
// list and gets his calendar address; an offer owner creates an activity. axe (WCAG 2.1 AA) on every page.

const e2e = useE2eFixture();
const title = 'Havedag i Remisen — plant krydderurter';
const day = () => daysFromToday(3);
let eventId = '';

let created: Promise<void> | undefined;
/** An event of our own, made once, so the tests do not depend on the demo catalogue's dates. */
const ourEvent = () => (created ??= createEvent());

async function createEvent(): Promise<void> {
  const database = e2e.server.database;
  const f = catalogueFactory(database);
  const tenantId = await f.tenantId();
  const perron4 = await f.unitId(tenantId, 'Perron 4');
  const location = await f.location(tenantId, { name: 'Remisen', address_line: 'Jernbanegade 20', postal_code: '8900', city: 'Randers C' });
  const offerId = await f.offer(tenantId, { name: 'Grønt fællesskab på Perron 4', owner_unit_id: perron4, life_domains: ['leisure', 'social'], locationId: location });
  eventId = newId();
  const now = new Date();
  await database.db
    .insertInto('offer_event')
    .values({
      tenant_id: tenantId,
      event_id: eventId,
      offer_id: offerId,
      organization_id: (await database.db.selectFrom('offer').select('organization_id').where('offer_id', '=', offerId).executeTakeFirstOrThrow()).organization_id,
      title,
      description: 'Vi sår basilikum og persille i potter.\nDu får en potte med hjem.',
      starts_at: copenhagenInstant(day(), '14:00'),
      ends_at: copenhagenInstant(day(), '16:00'),
      location_id: location,
      capacity: 12,
      signup_required: true,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

test('an anonymous visitor opens Det sker, filters it and opens an event; axe finds nothing', async () => {
  await ourEvent();
  const visitor = await newVisitor(e2e.browser);
  const { page } = visitor;
  await visit(page, e2e.server.url, '/det-sker', 'Det sker');
  await page.getByRole('link', { name: title, exact: true }).waitFor();
  await expectNoAxeViolations(page, '/det-sker');

  await page.getByLabel('Hvad leder du efter?').fill('krydderurter');
  await page.getByRole('button', { name: 'Vis aktiviteter', exact: true }).click();
  await page.waitForURL('**/det-sker?q=krydderurter');
  await waitUntilLoaded(page);
  const links = page.getByRole('main').getByRole('link', { name: title, exact: true });
  assert.equal(await links.count(), 1);
  await expectNoAxeViolations(page, '/det-sker?q=krydderurter');

  await links.click();
  await waitForPage(page, title);
  assert.equal(new URL(page.url()).pathname, `/det-sker/${eventId}`);
  const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  assert.match(main, /kl\. 14\.00–16\.00/, 'the time in Danish time');
  assert.match(main, /Remisen, Jernbanegade 20, 8900 Randers C/);
  assert.match(main, /Der er 12 ledige pladser\./);
  await page.getByRole('link', { name: 'Log ind for at tilmelde dig', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Føj til min kalender', exact: true }).getAttribute('href'), `/api/v1/events/${eventId}/calendar.ics`);
  await expectNoAxeViolations(page, '/det-sker/:id (anonymous)');
  assert.deepEqual(visitor.pageErrors, []);
  await visitor.close();
});

test('Mikkel signs up with one big button, sees it on Min kalender and gets his calendar address', async () => {
  await ourEvent();
  const mikkel = await e2e.personAt('Mikkel Sørensen');
  const { page } = mikkel;
  await visit(page, e2e.server.url, `/det-sker/${eventId}`, title);
  const signUp = page.getByRole('button', { name: 'Tilmeld mig', exact: true });
  const box = await signUp.boundingBox();
  assert.ok(box && box.height >= 44 && box.width >= 44, `the button is a big target: ${JSON.stringify(box)}`);
  await signUp.click();
  await page.getByRole('status').filter({ hasText: 'Du er nu tilmeldt.' }).waitFor();
  await page.getByText('Du er tilmeldt', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Meld mig fra', exact: true }).waitFor();
  await expectNoAxeViolations(page, '/det-sker/:id (signed up)');

  await page.getByRole('link', { name: 'Gå til Min kalender', exact: true }).click();
  await waitForPage(page, 'Min kalender');
  const list = page.getByRole('region', { name: 'Det er jeg tilmeldt' });
  await list.getByRole('link', { name: title, exact: true }).waitFor();
  await expectNoAxeViolations(page, '/min-kalender');

  await page.getByRole('button', { name: 'Lav min kalenderadresse', exact: true }).click();
  const address = page.getByLabel('Din kalenderadresse');
  await address.waitFor();
  const url = await address.inputValue();
  assert.ok(url.startsWith(`${e2e.server.url}/api/v1/calendar/`), url);
  await expectNoAxeViolations(page, '/min-kalender (with the address)');
  // A calendar app has no session: the address alone gives the feed.
  const feed = await fetch(url);
  assert.equal(feed.status, 200);
  assert.match(await feed.text(), /SUMMARY:Havedag i Remisen — plant krydderurter/);
  assert.deepEqual(mikkel.pageErrors, []);
});

test('an offer owner creates an activity with the form; the list and the edit page pass axe', async () => {
  await ourEvent();
  const jesper = await e2e.personAt('Jesper Kjær');
  const { page } = jesper;
  await visit(page, e2e.server.url, '/mine-tilbud/begivenheder', 'Aktiviteter');
  await expectNoAxeViolations(page, '/mine-tilbud/begivenheder');
  await page.getByRole('link', { name: 'Ny aktivitet', exact: true }).click();
  await waitForPage(page, 'Ny aktivitet');
  await expectNoAxeViolations(page, '/mine-tilbud/begivenheder/ny');

  await page.getByLabel('Tilbud', { exact: true }).selectOption({ label: 'Grønt fællesskab på Perron 4' });
  await page.getByLabel(/^Navn på aktiviteten/).fill('Høst af tomater');
  await page.getByLabel('Hvad sker der?').fill('Vi plukker tomater og laver salat.');
  await page.getByLabel(/^Dato/).fill(daysFromToday(10));
  await page.getByLabel(/^Starter kl\./).fill('10:00');
  await page.getByLabel(/^Slutter kl\./).fill('09:00');
  await page.getByRole('button', { name: 'Gem aktiviteten', exact: true }).click();
  // The end before the start: the summary takes focus and names the field.
  await page.getByRole('alert').getByRole('link', { name: /^Slutter kl\.: Slutningen skal ligge efter starten\./ }).waitFor();
  await expectNoAxeViolations(page, '/mine-tilbud/begivenheder/ny (with an error)');
  await page.getByLabel(/^Slutter kl\./).fill('12:00');
  await page.getByRole('button', { name: 'Gem aktiviteten', exact: true }).click();
  await waitForPage(page, 'Ret aktivitet');
  await page.getByRole('status').filter({ hasText: 'Aktiviteten er oprettet.' }).waitFor();
  await expectNoAxeViolations(page, '/mine-tilbud/begivenheder/:id');

  const row = await e2e.server.database.db.selectFrom('offer_event').selectAll().where('title', '=', 'Høst af tomater').executeTakeFirstOrThrow();
  assert.equal(row.starts_at.toISOString(), copenhagenInstant(daysFromToday(10), '10:00').toISOString(), '10:00 Danish time, whatever the browser says');
  assert.deepEqual(jesper.pageErrors, []);
});
