import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { formatKroner } from '../../src/web/features/finance/budget/budget-format.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { waitForPage } from '../support/e2e-page.js';

/**
 * Budget follow-up in the browser. Peter Dahl (finance) opens the budget page from the menu, takes the 31/5 follow-up
 * and reads the variance per centre; he moves a step of the year wheel, and opens the budgets and the economic plan
 * with their forms. Karen Vestergaard (leader) reads the same page without the button. axe checks every page.
 */

const fixture = useE2eFixture();
const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date()));
const socialCentres = ['Center for Autisme, Senhjerneskade og Læring', 'Center for Handicap og Myndighed', 'Center for Levemiljøer', 'Center for Psykiatri og Socialt Udsatte'];

/** The table of a follow-up, found by its section's heading. */
function followUpSection(page: Page, label: string) {
  return page.getByRole('region', { name: label, exact: true });
}

async function takeFollowUp(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Tag opfølgningen: ${label}`, exact: true }).click();
  await page.getByRole('status').getByText(`${label} er taget og gemt.`, { exact: true }).waitFor();
  await followUpSection(page, label).waitFor();
}

describe('budget follow-up', () => {
  test('Peter takes the 31/5 follow-up and sees the variance per centre; the wheel, budgets and plan pass axe', async () => {
    const { page, pageErrors } = await fixture.personAt('Peter Dahl');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budget', exact: true }).click();
    await waitForPage(page, `Budgetopfølgning ${year}`);
    await page.getByRole('img', { name: `Prognose mod budget gennem ${year}` }).waitFor();
    await expectNoAxeViolations(page, 'the follow-ups before taking one');

    // The demo took the year's first follow-up once its date had passed; early in a year it is still to take.
    const first = 'Budgetopfølgning pr. 30/3';
    if (await page.getByRole('button', { name: `Tag opfølgningen: ${first}` }).isVisible()) await takeFollowUp(page, first);
    await followUpSection(page, first).waitFor();

    const label = 'Budgetopfølgning pr. 31/5';
    await takeFollowUp(page, label);
    await page.getByRole('button', { name: 'Tag opfølgningen: Budgetopfølgning pr. 30/9', exact: true }).waitFor();

    const db = fixture.server.database.db;
    const saved = await db.selectFrom('budget_follow_up').select('follow_up_id').where('year', '=', year).where('step_key', '=', 'follow-up-2').where('replaced_at', 'is', null).executeTakeFirstOrThrow();
    const lines = await db
      .selectFrom('budget_follow_up_line as l')
      .innerJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.unit_id', '=', 'l.unit_id'))
      .select(['u.name', 'l.budget_ore', 'l.forecast_ore'])
      .where('l.follow_up_id', '=', saved.follow_up_id)
      .execute();
    const table = followUpSection(page, label).getByRole('table');
    for (const centre of socialCentres) {
      const line = lines.find((l) => l.name === centre);
      assert.ok(line, `${centre} is in the saved follow-up`);
      const variance = Number(line.budget_ore) - Number(line.forecast_ore);
      const kind = variance < 0 ? 'merforbrug' : variance > 0 ? 'mindreforbrug' : 'i balance';
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: centre, exact: true }) });
      const cells = await row.getByRole('cell').allInnerTexts();
      assert.equal(cells[0], formatKroner(Number(line.budget_ore), 'da'), `${centre}: budget`);
      assert.equal(cells[3], `${formatKroner(variance, 'da')} (${kind})`, `${centre}: variance in amount and words`);
    }
    await expectNoAxeViolations(page, 'the follow-ups after taking 31/5');

    // Taken again on purpose: asked first, and the first snapshot stays as history.
    await page.getByRole('button', { name: `Tag ${label} igen`, exact: true }).click();
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /^Vil du tage Budgetopfølgning pr\. 31\/5 igen\?/);
    await page.getByRole('button', { name: 'Ja, tag den igen', exact: true }).click();
    await page.getByRole('status').getByText(`${label} er taget igen. Den gamle opfølgning er gemt i historikken.`, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Erstattede opfølgninger' }).waitFor();
    const snapshots = await db.selectFrom('budget_follow_up').select(['replaced_at']).where('year', '=', year).where('step_key', '=', 'follow-up-2').execute();
    assert.deepEqual(snapshots.map((f) => f.replaced_at === null).sort(), [false, true]);
    await expectNoAxeViolations(page, 'the follow-ups with a replaced one in the history');

    await page.getByRole('navigation', { name: 'Budgetopfølgning' }).getByRole('link', { name: 'Årshjul' }).click();
    await waitForPage(page, `Økonomisk årshjul ${year}`);
    const followUpStep = page.getByRole('listitem').filter({ hasText: label });
    await followUpStep.getByText('Budgetopfølgning – taget', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ret Budgetseminar: forvaltningen gennemgår den økonomiske situation' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'date', 'the form takes focus in its first field');
    await page.getByLabel('Dato').fill(`${year}-08-28`);
    await expectNoAxeViolations(page, 'the year wheel with a step being moved');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByRole('status').getByText(/^Budgetseminar: forvaltningen gennemgår den økonomiske situation er flyttet til 28\. august/).waitFor();
    const step = await db.selectFrom('budget_cycle_step').select('on_date').where('year', '=', year).where('step_key', '=', 'budget-seminar').executeTakeFirstOrThrow();
    assert.equal(step.on_date, `${year}-08-28`);

    await page.getByRole('navigation', { name: 'Budgetopfølgning' }).getByRole('link', { name: 'Budgetter' }).click();
    await waitForPage(page, `Budgetter pr. center ${year}`);
    await page.getByRole('button', { name: 'Ret Center for Levemiljøer' }).click();
    await page.getByLabel('Budget i kroner').waitFor();
    await expectNoAxeViolations(page, 'the budgets with a budget being set');

    await page.getByRole('navigation', { name: 'Budgetopfølgning' }).getByRole('link', { name: 'Økonomisk plan' }).click();
    await waitForPage(page, 'Socialområdets økonomiske plan');
    for (const [index, track] of ['Forebyggelse og samarbejde med borgeren', 'Et godt liv i egen bolig', 'Flere botilbud i Randers Kommune', 'Organisatorisk forandringskraft', 'Forbedring af rammer og vilkår'].entries()) {
      await page.getByRole('heading', { level: 2, name: `${index + 1}. ${track}`, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Ret Housing First' }).click();
    await page.getByLabel('Forventet effekt i kroner pr. år').waitFor();
    await expectNoAxeViolations(page, 'the economic plan with an initiative being changed');
    assert.deepEqual(pageErrors, []);
  });

  test('Karen, a leader, reads the follow-ups but has no button to take one', async () => {
    const { page } = await fixture.personAt('Karen Vestergaard');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budget', exact: true }).click();
    await waitForPage(page, `Budgetopfølgning ${year}`);
    await followUpSection(page, 'Budgetopfølgning pr. 31/5').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Tag opfølgningen/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Tag .* igen$/ }).count(), 0);
    await expectNoAxeViolations(page, 'the follow-ups as a leader');
  });
});
