import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { pathOf, waitForPage, waitUntilLoaded, type Visitor } from '../support/e2e-page.js';

/**
 * Strategy tracking in the browser. Karen Vestergaard, the social director, opens "Strategier" from the menu: the
 * strategies at a glance with their status in words, this year's selection and the activities with no note for 90
 * days. She opens the disability plan, one of its activities, changes its status with a dated note, records the
 * committee's selection for next year, and adds a sparring-group meeting. Birgit Thomsen, a committee member, reads a
 * strategy and an activity without any edit controls. axe finds nothing on any page.
 */

const e2e = useE2eFixture();
let karen: Visitor;

test('the leader sees every strategy at a glance, this year’s selection and the silent activities', async () => {
  karen = await e2e.personAt('Karen Vestergaard');
  const { page } = karen;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Strategier', exact: true }).click();
  await waitForPage(page, 'Strategier');
  assert.equal(pathOf(page), '/styring');
  const main = page.locator('main');
  for (const name of ['Voksenhandicapplan 2020–2023 (forlænget til og med 2026)', 'Strategi for psykiatri og socialt udsatte voksne', 'Plan for udsatteområdet 2018–2021']) {
    await main.getByRole('link', { name, exact: true }).waitFor();
  }
  const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 4));
  await page.getByRole('heading', { name: `Valgt for ${year}`, exact: true }).waitFor();
  assert.match(await main.innerText(), /Status: ?I gang/, 'the status is written, not only coloured');
  const stale = page.getByRole('region', { name: 'Ingen fremskridtsnote i 90 dage' });
  await stale.getByRole('link', { name: 'Tilbud til seniorer med handicap' }).waitFor();
  await expectNoAxeViolations(page, 'Strategier (overview)');
});

test('she opens the disability plan: focus areas by track with purpose, why, goal and activities', async () => {
  const { page } = karen;
  await page.locator('main').getByRole('link', { name: 'Voksenhandicapplan 2020–2023 (forlænget til og med 2026)', exact: true }).click();
  await waitForPage(page, 'Voksenhandicapplan 2020–2023 (forlænget til og med 2026)');
  for (const track of ['Spor: Engagement i dig', 'Spor: Kvalitet i dit liv', 'Spor: Udvikling i dit liv']) await page.getByRole('heading', { name: track, level: 2 }).waitFor();
  await page.getByRole('heading', { name: '8. Sæt borgerguides i spil', level: 3 }).waitFor();
  assert.equal(await page.getByText('Tilføj aktivitet', { exact: true }).count(), 9, 'a leader can add an activity to each focus area');
  await expectNoAxeViolations(page, 'Voksenhandicapplan');
});

test('she changes an activity’s status with a dated note in one form', async () => {
  const { page } = karen;
  await page.getByRole('link', { name: 'Kursus for nye frivillige' }).click();
  await waitForPage(page, 'Kursus for nye frivillige');
  await page.getByRole('heading', { name: 'Noter', level: 2 }).waitFor();
  await expectNoAxeViolations(page, 'Aktivitet (before)');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Gennemført' });
  await page.getByLabel('Dato for noten').fill('2099-01-01');
  await page.getByLabel('Fremskridtsnote').fill('Kurset er nu fast og kører uden projektmidler.');
  await page.getByRole('button', { name: 'Gem status og note' }).click();
  await page.locator('.form-error-message').filter({ hasText: 'Datoen for noten kan ikke ligge i fremtiden.' }).first().waitFor();
  await expectNoAxeViolations(page, 'Aktivitet (future date)');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  await page.getByLabel('Dato for noten').fill(today);
  await page.getByRole('button', { name: 'Gem status og note' }).click();
  await page.getByRole('status').filter({ hasText: 'Noten er gemt, og status er ændret til "Gennemført".' }).waitFor();
  await page.getByText('Status ændret fra "I gang" til "Gennemført"').waitFor();
  await page.getByText('Kurset er nu fast og kører uden projektmidler.').waitFor();
  await waitUntilLoaded(page);
  await expectNoAxeViolations(page, 'Aktivitet (after)');
});

test('she records the committee’s selection for next year', async () => {
  const { page } = karen;
  await page.goto(`${e2e.server.url}/styring/udvalgsvalg`);
  await waitForPage(page, 'Udvalgets valg af indsatsområder');
  const next = String(Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 4)) + 1);
  assert.equal(await page.getByLabel('År', { exact: true }).inputValue(), next);
  assert.equal(await page.getByLabel('Frivillighed', { exact: true }).count(), 1);
  assert.equal(await page.getByLabel('Hurtig og fleksibel støtte').count(), 0, 'a replaced plan is not offered');
  await expectNoAxeViolations(page, 'Udvalgsvalg (empty)');
  await page.getByLabel('Beslutningsorgan').selectOption({ label: 'Social- og Arbejdsmarkedsudvalget' });
  await page.getByLabel('Dagsordenspunkt').fill(`Punkt 5, møde 1. december ${Number(next) - 1}`);
  await page.getByLabel('Frivillighed', { exact: true }).check();
  await page.getByLabel('Lighed i sundhed', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem udvalgets valg' }).click();
  await page.getByRole('status').filter({ hasText: `Udvalgets valg for ${next} er gemt.` }).waitFor();
  await page.getByRole('heading', { name: `${next} – Gældende` }).waitFor();
  await expectNoAxeViolations(page, 'Udvalgsvalg (saved)');
});

test('she sees the working groups and adds a sparring-group meeting', async () => {
  const { page } = karen;
  await page.goto(`${e2e.server.url}/styring/grupper`);
  await waitForPage(page, 'Arbejdsgrupper og sparringsgruppe');
  await page.getByRole('heading', { name: 'Ekstern sparringsgruppe', level: 2 }).waitFor();
  await page.getByText('Jens Kragh – Medlem, Handicaprådet (DH)').waitFor();
  await expectNoAxeViolations(page, 'Grupper');
  await page.getByLabel('Overskrift').fill('Ekstra møde om pårørende');
  await page.getByRole('button', { name: 'Gem mødet' }).click();
  await page.getByRole('status').filter({ hasText: 'Mødet "Ekstra møde om pårørende" er gemt.' }).waitFor();
  await page.getByText(/: Ekstra møde om pårørende$/).waitFor();
  await expectNoAxeViolations(page, 'Grupper (meeting saved)');
});

test('a committee member reads a strategy and an activity with no edit controls', async () => {
  const birgit = await e2e.personAt('Birgit Thomsen');
  const { page } = birgit;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Strategier', exact: true }).click();
  await waitForPage(page, 'Strategier');
  await page.locator('main').getByRole('link', { name: 'Strategi for psykiatri og socialt udsatte voksne', exact: true }).click();
  await waitForPage(page, 'Strategi for psykiatri og socialt udsatte voksne');
  await page.getByText('Du kan læse planen. Kun ledere kan ændre aktiviteter.').waitFor();
  assert.equal(await page.getByText('Tilføj aktivitet', { exact: true }).count(), 0);
  await expectNoAxeViolations(page, 'Strategi (politician)');
  await page.getByRole('link', { name: 'Sundhedsklinik på Perron 4' }).click();
  await waitForPage(page, 'Sundhedsklinik på Perron 4');
  await page.getByRole('heading', { name: 'Noter', level: 2 }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Gem status og note' }).count(), 0);
  assert.equal(await page.getByLabel('Fremskridtsnote').count(), 0);
  await expectNoAxeViolations(page, 'Aktivitet (politician)');
});
