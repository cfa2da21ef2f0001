import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { refusionFor } from '../../src/domain/refusion.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { tabThroughPage, waitForPage } from '../support/e2e-page.js';

/**
 * Expensive cases in the browser. Peter Dahl (Controller, finance) opens the list of expensive cases for 2025 and
 * sees each case's cost with its refusion; Birgit Thomsen (member of the committee) opens the committee status,
 * sees the key figures, the trend as a chart with its table and the largest cases without any name, and downloads
 * the PDF for the meeting. axe finds nothing on either page.
 */

const fixture = useE2eFixture();
const kroner = (ore: number) => new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(Math.round(ore / 100));

/** Names of the demo's synthetic expensive cases (on Fatima Yilmaz's team), to prove the committee sees none. */
async function caseNames(): Promise<string[]> {
  const db = fixture.server.database.db;
  const rows = await db
    .selectFrom('citizen as c')
    .innerJoin('citizen_team_member as t', (join) => join.onRef('t.tenant_id', '=', 'c.tenant_id').onRef('t.citizen_id', '=', 'c.citizen_id'))
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.user_id', '=', 't.user_id'))
    .select(['c.first_name', 'c.last_name'])
    .where('u.display_name', '=', 'Fatima Yilmaz')
    .execute();
  return rows.map((r) => `${r.first_name} ${r.last_name}`);
}

describe('expensive cases and the committee status', () => {
  test('Peter Dahl sees the expensive cases of 2025 with their refusion; axe finds nothing', async () => {
    const { page } = await fixture.personAt('Peter Dahl');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Dyre enkeltsager', exact: true }).click();
    await waitForPage(page, 'Dyre enkeltsager');
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Vis år' }).click();
    const table = page.getByRole('table', { name: /^Dyre enkeltsager 2025, den dyreste først/ });
    await table.waitFor();
    await page.getByText('243 sager over 1.000.000 kr. i 2025. Samlet udgift 407.300.000 kr.', { exact: false }).waitFor();

    const response = await page.request.get(`${fixture.server.url}/api/v1/finance/expensive-cases?year=2025&page=1&pageSize=50`);
    const list = (await response.json()) as { bands: { lowerOre: number; ratePercent: number }[]; items: { citizen: { firstName: string; lastName: string }; costOre: number; refusionOre: number; netOre: number }[] };
    assert.equal(list.items.length, 50);
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 50);
    for (const index of [0, 1, 49]) {
      const item = list.items[index]!;
      assert.equal(item.refusionOre, refusionFor(item.costOre, list.bands).refusionOre);
      const cells = await rows.nth(index).locator('th, td').allInnerTexts();
      assert.equal(cells[0], `${item.citizen.firstName} ${item.citizen.lastName}`);
      assert.deepEqual(cells.slice(4, 7), [kroner(item.costOre), kroner(item.refusionOre), kroner(item.netOre)]);
    }
    await page.getByRole('navigation', { name: 'Sider' }).getByText('Side 1 af 5').waitFor();
    await expectNoAxeViolations(page, 'the expensive cases of 2025');
    await tabThroughPage(page, 'the expensive cases');
  });

  test('Birgit Thomsen opens the committee status, sees no names, and downloads the PDF; axe finds nothing', async () => {
    const { page } = await fixture.personAt('Birgit Thomsen');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    assert.equal(await menu.getByRole('link', { name: 'Dyre enkeltsager', exact: true }).count(), 0, 'the case list is not in her menu');
    await menu.getByRole('link', { name: 'Udvalgsstatus', exact: true }).click();
    await waitForPage(page, 'Status på dyre enkeltsager');
    await page.getByLabel('År', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Vis år' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nøgletal 2025' }).waitFor();
    await waitForPage(page, 'Status på dyre enkeltsager');

    const figures = page.locator('dl.key-figures');
    assert.equal((await figures.locator('div').filter({ hasText: 'Sager over 1 mio. kr.' }).locator('dd').innerText()).trim(), '243');
    assert.match(await figures.locator('div').filter({ hasText: 'Samlet udgift' }).locator('dd').innerText(), /407,3 mio\. kr\./);
    await page.getByRole('heading', { level: 2, name: 'Ændring siden 2024' }).waitFor();

    const chart = page.getByRole('img', { name: 'Samlet udgift til sager over 1 mio. kr. pr. år' });
    await chart.waitFor();
    const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    assert.match(description, /^Søjlediagram\. 2022: 267,6 mio\. kr\., 199 sager; 2023: /);
    assert.match(description, /2025: 407,3 mio\. kr\., 243 sager/);
    const trendTable = page.getByRole('table', { name: 'Udviklingen år for år (tallene bag diagrammet)' });
    assert.deepEqual((await trendTable.locator('tbody th').allInnerTexts()).slice(0, 4), ['2022', '2023', '2024', '2025']);
    const largest = page.getByRole('table', { name: 'De 10 største sager i 2025' });
    assert.deepEqual(await largest.locator('tbody th').allInnerTexts(), Array.from({ length: 10 }, (_, i) => `Sag ${i + 1}`));
    await page.getByRole('heading', { level: 2, name: /^Prognose for \d{4}$/ }).waitFor();

    // No names: not one of the synthetic citizens, nor a named demo citizen, is anywhere on the page.
    const text = await page.locator('main').innerText();
    const names = await caseNames();
    assert.ok(names.length > 250);
    for (const name of [...names, 'Birthe Mortensen', 'Mikkel Sørensen']) assert.ok(!text.includes(name), `the status does not name ${name}`);

    await expectNoAxeViolations(page, 'the committee status 2025');
    await tabThroughPage(page, 'the committee status');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som PDF (udskrift til mødet)' }).click()]);
    assert.equal(download.suggestedFilename(), 'udvalgsstatus-dyre-sager-2025.pdf');
    const pdf = readFileSync((await download.path())!);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    // The list that names citizens is not hers: the page says it cannot be found.
    await page.goto(`${fixture.server.url}/oekonomi/dyre-sager?aar=2025`);
    await waitForPage(page, 'Dyre enkeltsager');
    await page.getByRole('alert').getByText('Vi kunne ikke finde det, du leder efter').waitFor();
    assert.equal(await page.getByRole('table').count(), 0);
  });
});
