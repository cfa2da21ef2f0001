import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { useE2eFixture } from '../support/e2e-fixture.js';
import { assertVisibleFocus, focusedElement, tabThroughPage, waitForPage } from '../support/e2e-page.js';

/**
 * Here-and-now support at Perron 4 in the browser. Jesper Kjær, who runs the drop-in and its reception centre,
 * registers a walk-in without a CPR number — timed from opening the page to the person standing in the queue, which
 * must take under a minute — and hands the visit over. The form works by keyboard alone, every page passes axe, and
 * the weekly figures have a table and a chart with a text alternative.
 */

const fixture = useE2eFixture();
const queueTitle = 'Modtagelse – Perron 4';

/** The queue's row for a visitor, by the name shown in it. */
function queueRow(page: Page, name: string) {
  return page.locator('table.queue-table tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

async function visitRow(label: string) {
  return fixture.server.database.db.selectFrom('reception_visit').selectAll().where('anonymous_label', '=', label).orderBy('arrived_at', 'desc').executeTakeFirst();
}

/** Presses Tab until the focused element's text matches, asserting a visible focus indicator at every stop. */
async function tabTo(page: Page, label: string, matches: (text: string, description: string) => boolean, max = 60): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    seen.push(focused.description);
    if (matches(focused.text, focused.description)) {
      await assertVisibleFocus(page, label);
      return;
    }
  }
  assert.fail(`${label}: not reached by Tab; went through ${seen.join(' → ')}`);
}

describe('reception at Perron 4', () => {
  test('Jesper registers a walk-in without CPR in under a minute and hands it over; axe finds nothing', async () => {
    const { page } = await fixture.personAt('Jesper Kjær');
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Modtagelse', exact: true }).click();
    await waitForPage(page, queueTitle);
    await page.getByLabel('Fornavn eller kaldenavn').fill('Kasper');
    await page.getByLabel('Kendetegn (kan udelades)').fill('blå cykel med kurv');
    await page.getByLabel('Et måltid mad').check();
    await page.getByLabel('Ro og stabilisering').check();
    await page.getByRole('button', { name: 'Skriv ind i køen' }).click();
    await queueRow(page, 'Kasper \\(anonym\\)').waitFor();
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 60, `registered in ${seconds.toFixed(1)} s`);
    console.log(`# a walk-in registered in ${seconds.toFixed(1)} s from opening the page`);
    await page.getByRole('status').getByText('Kasper er skrevet ind i køen.', { exact: true }).waitFor();

    const row = await visitRow('Kasper');
    assert.ok(row, 'the visit is saved');
    assert.equal(row.citizen_id, null);
    assert.equal(row.anonymous_description, 'blå cykel med kurv');
    assert.deepEqual(row.needs, ['meal', 'stabilisation']);
    assert.equal(row.status, 'waiting');
    await expectNoAxeViolations(page, 'the reception desk with a new visitor');

    await queueRow(page, 'Kasper').getByRole('button', { name: 'Tag Kasper', exact: true }).click();
    await queueRow(page, 'Kasper').getByText('Hos Jesper Kjær').waitFor();
    assert.equal((await visitRow('Kasper'))?.status, 'with-worker');
    await queueRow(page, 'Kasper').getByRole('button', { name: 'Afslut Kasper', exact: true }).click();
    await page.getByRole('status').getByText('Kasper er afsluttet. Opfølgning om 14 dage.', { exact: true }).waitFor();
    await queueRow(page, 'Kasper').waitFor({ state: 'detached' });
    const done = await visitRow('Kasper');
    assert.equal(done?.status, 'done');
    assert.ok(done?.follow_up_due_on, 'a follow-up is due in 14 days');

    // Sara's visit from the demo is overdue for follow-up, and says so in words.
    const followUp = page.locator('li.follow-up').filter({ hasText: 'Sara Ahmadi' });
    await followUp.getByText(/^Forsinket/).waitFor();
    await expectNoAxeViolations(page, 'the reception desk after the hand-over');
    await followUp.getByRole('button', { name: 'Opfølgning gjort – Sara Ahmadi' }).click();
    await page.getByRole('status').getByText('Opfølgningen på Sara Ahmadi er gjort.', { exact: true }).waitFor();
  });

  test('the form works by keyboard alone, with visible focus at every stop', async () => {
    const { page } = await fixture.personAt('Jesper Kjær');
    await page.goto(`${fixture.server.url}/modtagelse`);
    await waitForPage(page, queueTitle);
    await tabThroughPage(page, 'the reception desk');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'name field', (_, d) => d.startsWith('INPUT#visit-name'));
    await page.keyboard.type('Viggo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('gul regnfrakke');
    await tabTo(page, 'need: housing', (text) => text === 'Hjælp til at finde bolig');
    await page.keyboard.press('Space');
    await tabTo(page, 'arrival', (_, d) => d.startsWith('INPUT#visit-arrival-walk-in'));
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'submit', (text) => text === 'Skriv ind i køen');
    await page.keyboard.press('Enter');
    await queueRow(page, 'Viggo \\(anonym\\)').waitFor();
    const row = await visitRow('Viggo');
    assert.deepEqual(row?.needs, ['housing']);
    assert.equal(row?.arrival, 'referred');
    assert.equal(row?.anonymous_description, 'gul regnfrakke');
    const focused = await focusedElement(page);
    assert.ok(focused.description.startsWith('INPUT#visit-name'), `focus is back in the name field for the next person: ${focused.description}`);

    // A save without a need: the error summary takes focus and links to the needs.
    await page.keyboard.type('Yrsa');
    await tabTo(page, 'submit', (text) => text === 'Skriv ind i køen');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /^Hvad har personen brug for\?: / }).waitFor();
    assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has focus');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.ok((await focusedElement(page)).description.startsWith('INPUT#visit-need-housing'), 'the link leads to the first need');
    await page.keyboard.press('Space');
    await tabTo(page, 'submit again', (text) => text === 'Skriv ind i køen');
    await page.keyboard.press('Enter');
    await queueRow(page, 'Yrsa \\(anonym\\)').waitFor();

    await tabTo(page, 'take Viggo', (text) => text === 'Tag Viggo', 120);
    await page.keyboard.press('Enter');
    await queueRow(page, 'Viggo').getByText('Hos Jesper Kjær').waitFor();
    assert.equal((await visitRow('Viggo'))?.status, 'with-worker');
    await expectNoAxeViolations(page, 'the reception desk after keyboard use');
  });

  test('the weekly figures: a table and an accessible chart per centre, small counts as "<5"; axe finds nothing', async () => {
    const { page } = await fixture.personAt('Karen Vestergaard');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Modtagelse i tal', exact: true }).click();
    await waitForPage(page, 'Modtagelsen i tal');
    for (const centre of ['Perron 4', 'Slotsgården', 'Modtagecenter Gl. Hadsundvej 1']) {
      await page.getByRole('heading', { level: 2, name: centre, exact: true }).waitFor();
      await page.getByRole('table', { name: `${centre}: henvendelser og behov pr. uge` }).waitFor();
      const chart = page.getByRole('img', { name: `${centre}: henvendelser pr. uge` });
      await chart.waitFor();
      const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
      assert.match(description, /^Søjlediagram\. uge \d+: /, `${centre}: the chart says its figures in words`);
    }
    // Gl. Hadsundvej is small in the demo: some of its weeks are below five.
    const hadsundvej = page.getByRole('table', { name: 'Modtagecenter Gl. Hadsundvej 1: henvendelser og behov pr. uge' });
    assert.ok((await hadsundvej.getByRole('cell', { name: '<5', exact: true }).count()) > 0, 'small counts are shown as <5');
    await expectNoAxeViolations(page, 'the reception figures');
    await tabThroughPage(page, 'the reception figures');
  });
});
