import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { selfSufficiencyOn } from '../../src/domain/self-sufficiency.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { waitForPage } from '../support/e2e-page.js';

/**
 * Housing capacity in the browser. Peter Dahl (finance) opens Boliger from the menu, reads today's self-sufficiency
 * against the 73 % target in words, in the chart's text alternative and in the table behind it, and marks Ladegården
 * as done; Birgit Thomsen (politician) reads the same page without anything to change. axe checks every page.
 */

const fixture = useE2eFixture();
const pageTitle = 'Boliger og selvforsyning';

/** Today's rate as the pure rule counts the demo's residential decisions, written as the Danish page writes it. */
async function expectedRateToday(): Promise<string> {
  const db = fixture.server.database.db;
  const tenant = await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow();
  const rows = await db.selectFrom('granted_service').select(['period_from', 'period_to', 'provider_kind']).where('tenant_id', '=', tenant.tenant_id).where('residential', '=', true).where('cancelled_at', 'is', null).execute();
  const { permille } = selfSufficiencyOn(rows.map((r) => ({ periodFrom: r.period_from, periodTo: r.period_to, own: r.provider_kind === 'own' })), copenhagenToday(new Date()));
  return permille === null ? '–' : new Intl.NumberFormat('da-DK', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(permille / 1000);
}

async function openHousing(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Boliger', exact: true }).click();
  await waitForPage(page, pageTitle);
  await page.getByRole('table', { name: /^Projekter i Boligplan II/ }).waitFor();
  await page.getByRole('table', { name: /^Botilbud: pladser/ }).waitFor();
}

function projectRow(page: Page, name: string) {
  return page.getByRole('table', { name: /^Projekter i Boligplan II/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

describe('housing capacity', () => {
  test('Peter Dahl sees self-sufficiency against the target and marks a project as done; axe finds nothing', async () => {
    const { page, pageErrors } = await fixture.personAt('Peter Dahl');
    await openHousing(page);
    const rate = await expectedRateToday();

    // In words, against the target.
    await page.getByText(`${rate} i dag`, { exact: true }).waitFor();
    await page.getByText(/^Målet er 73\s%(\. Der mangler [\d,]+ procentpoint\.|, og det er nået\.)$/).waitFor();
    // The chart: an image with a title and a text alternative naming every year and the target.
    const chart = page.getByRole('img', { name: /^Selvforsyningsgrad \d{4}–\d{4} og målet$/ });
    const description = await chart.locator('desc').textContent();
    assert.match(description ?? '', /^Selvforsyningsgraden pr\. år: \d{4}: .+, \d{4} \(i dag\): .+\. Målet er 73\s%\.$/);
    assert.ok(description?.includes(`(i dag): ${rate}`), `the text alternative gives today's rate ${rate}: ${description}`);
    // The table behind it: five years, today's row with the same rate.
    const table = page.getByRole('table', { name: /^Kommunens borgere i botilbud/ });
    assert.equal(await table.locator('tbody tr').count(), 5);
    assert.equal((await table.locator('tbody tr').last().locator('td').last().textContent())?.trim(), rate);
    // The projection: the places still to come, and today and each step against the target in a table.
    await page.getByText(/^Når alle projekter, der er i gang eller ikke begyndt endnu, er færdige, giver de \+57 pladser/).waitFor();
    const projection = page.getByRole('table', { name: /^Selvforsyningsgraden i dag og når projekterne er færdige/ });
    assert.deepEqual(await projection.locator('tbody th').allTextContents(), ['I dag', 'Når projekterne, der er i gang, er færdige', 'Når også projekterne, der ikke er begyndt, er færdige']);
    assert.deepEqual((await projection.locator('tbody td').allTextContents()).slice(0, 2), ['–', rate]);
    assert.equal(await projection.locator('tbody tr').nth(1).locator('td').first().textContent(), '+26');
    await expectNoAxeViolations(page, 'the housing page');

    await projectRow(page, 'Ladegården').getByRole('link', { name: 'Ret Ladegården' }).click();
    await waitForPage(page, 'Ret projekt: Ladegården');
    await page.getByRole('radio', { name: 'Færdig', exact: true }).check();
    await page.getByLabel('Færdig (dato)').fill('2026-11-30');
    await expectNoAxeViolations(page, 'the project form');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await waitForPage(page, pageTitle);
    await page.getByRole('status').getByText('Ændringerne i Ladegården er gemt.', { exact: true }).waitFor();
    await projectRow(page, 'Ladegården').getByRole('cell', { name: 'Færdig', exact: true }).waitFor();
    await page.getByText(/^Når alle projekter, der er i gang eller ikke begyndt endnu, er færdige, giver de \+55 pladser/).waitFor();

    const row = await fixture.server.database.db.selectFrom('housing_project').selectAll().where('name', '=', 'Ladegården').executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.done_on, row.version], ['finished', '2026-11-30', 2]);
    const audit = await fixture.server.database.db.selectFrom('audit_event').select(['action', 'outcome', 'details']).where('resource_id', '=', row.project_id).where('action', '=', 'housing.manage').execute();
    assert.deepEqual(
      audit.map((a) => [a.outcome, (a.details as { status?: unknown }).status]),
      [['allowed', { from: 'ongoing', to: 'finished' }]],
    );
    await expectNoAxeViolations(page, 'the housing page after the change');
    assert.deepEqual(pageErrors, []);
  });

  test('Birgit Thomsen (politician) reads the same page, with nothing to change', async () => {
    const { page, pageErrors } = await fixture.personAt('Birgit Thomsen');
    await openHousing(page);
    await page.getByText(`${await expectedRateToday()} i dag`, { exact: true }).waitFor();
    await page.getByRole('img', { name: /^Selvforsyningsgrad \d{4}–\d{4} og målet$/ }).waitFor();
    assert.equal(await page.getByRole('link', { name: /^Ret / }).count(), 0, 'no edit links for a politician');
    assert.equal(await projectRow(page, 'Botilbud i Asferg').getByText('+24 SEL §108').count(), 1);
    await expectNoAxeViolations(page, 'the housing page as a politician');
    // Typing a project's address leads to no form: changing the plan is finance's.
    const asferg = await fixture.server.database.db.selectFrom('housing_project').select('project_id').where('name', '=', 'Botilbud i Asferg').executeTakeFirstOrThrow();
    await page.goto(`${fixture.server.url}/boliger/projekter/${asferg.project_id}`);
    await waitForPage(page, 'Ret projekt: Botilbud i Asferg');
    await page.getByText(/^Det er økonomimedarbejderne, der retter projekterne/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Gem ændringer' }).count(), 0);
    assert.deepEqual(pageErrors, []);
  });
});
