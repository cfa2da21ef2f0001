import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import { demoLogin, myPageFacts, newVisitor, pathOf, waitForPage, waitUntilLoaded, type Visitor } from '../support/e2e-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Generous limits, so a hang fails the run with a message instead of blocking it. */
const startupTimeout = 120_000;
const suiteTimeout = 180_000;

let server: TestServer;
let browser: Browser;
/** Lars, the administrator of Randers, logged in once for the whole file. */
let lars: Visitor;
let page: Page;

before(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  lars = await newVisitor(browser);
  page = lars.page;
  await demoLogin(page, server.url, 'Lars Winther');
}, { timeout: startupTimeout });

after(async () => {
  await lars?.close();
  await browser?.close();
  await server?.close();
}, { timeout: startupTimeout });

/** Follows a link of the main menu, as a person would rather than typing the address. */
async function openFromMenu(label: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: label, exact: true }).click();
  await waitForPage(page, title);
}

async function saveForm(): Promise<void> {
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
}

/** The success message in the page's live region. */
async function expectStatus(text: string): Promise<void> {
  await page.getByRole('status').getByText(text, { exact: true }).waitFor();
}

/**
 * After a failed save: the error summary has focus and links to the field, and the field itself carries its
 * message (marked as invalid and tied to it by aria-describedby), inside the field's own form group.
 */
async function expectFieldError(fieldId: string, label: string, message: RegExp): Promise<void> {
  const summary = page.getByRole('alert');
  await summary.waitFor();
  assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has focus');
  await summary.getByRole('link', { name: new RegExp(`^${label}: `) }).waitFor();

  const field = await page.evaluate((id) => {
    const input = document.getElementById(id);
    const error = document.getElementById(`${id}-error`);
    return {
      invalid: input?.getAttribute('aria-invalid') ?? null,
      describedBy: input?.getAttribute('aria-describedby')?.split(' ') ?? [],
      message: error?.textContent?.trim() ?? null,
      sameGroup: !!input && !!error && input.closest('.form-group') === error.closest('.form-group'),
    };
  }, fieldId);
  assert.equal(field.invalid, 'true', `${fieldId} is marked invalid`);
  assert.ok(field.describedBy.includes(`${fieldId}-error`), `${fieldId} is described by its error message`);
  assert.match(field.message ?? '', message);
  assert.ok(field.sameGroup, 'the message is shown next to its field');
}

describe('organisation units', { timeout: suiteTimeout }, () => {
  let unitId: string;

  test('the unit list and the edit page pass axe', async () => {
    await openFromMenu('Enheder', 'Enheder');
    await expectNoAxeViolations(page, 'unit list');
    await page.getByRole('link', { name: 'Hjerneskadeteamet', exact: true }).click();
    await waitForPage(page, 'Ret enhed');
    unitId = pathOf(page).split('/').pop()!;
    assert.equal(await page.getByLabel('Navn').inputValue(), 'Hjerneskadeteamet');
    await expectNoAxeViolations(page, 'unit edit');
  });

  test('renaming a unit is saved, confirmed, kept after a reload and stored in the database', async () => {
    await page.getByLabel('Navn').fill('Hjerneskadeteamet Vest');
    await saveForm();
    await expectStatus('Enheden er gemt.');

    await page.reload();
    await waitForPage(page, 'Ret enhed');
    assert.equal(await page.getByLabel('Navn').inputValue(), 'Hjerneskadeteamet Vest');
    const stored = await server.database.db.selectFrom('org_unit').select(['name', 'version']).where('unit_id', '=', unitId).executeTakeFirstOrThrow();
    assert.equal(stored.name, 'Hjerneskadeteamet Vest');
    const api = await lars.context.request.get(`${server.url}/api/v1/admin/org-units`);
    const listed = ((await api.json()) as { items: { id: string; name: string }[] }).items.find((unit) => unit.id === unitId);
    assert.equal(listed?.name, 'Hjerneskadeteamet Vest', 'the API agrees');
  });

  test('an empty name is refused: the message is next to the field and the error summary has focus', async () => {
    await page.getByLabel('Navn').fill('');
    await saveForm();
    await expectFieldError('unit-name', 'Navn', /Fejl:\s*Feltet skal udfyldes/);
    await expectNoAxeViolations(page, 'unit edit with an error');

    // The link in the summary takes the user to the field.
    await page.getByRole('alert').getByRole('link', { name: /^Navn: / }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'unit-name');
    const stored = await server.database.db.selectFrom('org_unit').select('name').where('unit_id', '=', unitId).executeTakeFirstOrThrow();
    assert.equal(stored.name, 'Hjerneskadeteamet Vest', 'nothing was saved');
  });

  test('the create page passes axe, and a new unit is created under its centre', async () => {
    await page.getByRole('link', { name: 'Tilbage til enheder' }).click();
    await waitForPage(page, 'Enheder');
    await page.getByRole('link', { name: 'Hjerneskadeteamet Vest', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Opret enhed', exact: true }).click();
    await waitForPage(page, 'Opret enhed');
    await expectNoAxeViolations(page, 'unit create');

    await page.getByLabel('Navn').fill('Ungeteamet');
    // The options are indented to show the tree, so the parent is found by the name it contains.
    const parent = page.getByLabel('Hører under');
    await parent.selectOption((await parent.locator('option', { hasText: 'Hjerneskadeteamet Vest' }).getAttribute('value'))!);
    await saveForm();
    await page.waitForURL(/\/admin\/enheder\/[0-9a-f-]{36}$/);
    await waitForPage(page, 'Ret enhed');
    await expectStatus('Enheden er oprettet.');
    const created = await server.database.db.selectFrom('org_unit').select(['name', 'parent_unit_id']).where('unit_id', '=', pathOf(page).split('/').pop()!).executeTakeFirstOrThrow();
    assert.equal(created.name, 'Ungeteamet');
    assert.equal(created.parent_unit_id, unitId);
  });
});

describe('staff users and their roles', { timeout: suiteTimeout }, () => {
  let metteId: string;

  test('the user list and the edit page pass axe', async () => {
    await openFromMenu('Brugere', 'Brugere');
    await expectNoAxeViolations(page, 'user list');
    await page.getByLabel('Søg på navn, stilling eller e-mail').fill('Mette');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(/\?q=Mette$/);
    await page.getByRole('status').getByText('1 bruger fundet.').waitFor();
    await page.getByRole('link', { name: 'Mette Lund', exact: true }).click();
    await waitForPage(page, 'Ret bruger');
    metteId = pathOf(page).split('/').pop()!;
    await expectNoAxeViolations(page, 'user edit');
  });

  test("giving Mette the leader role takes effect at her next request and in her next login", async () => {
    // Mette is already logged in on another computer before the change.
    const metteBefore = await newVisitor(browser);
    await demoLogin(metteBefore.page, server.url, 'Mette Lund');
    assert.equal((await myPageFacts(metteBefore.page)).Rolle, 'Sagsbehandler');

    const leader = page.getByRole('checkbox', { name: 'Leder', exact: true });
    assert.equal(await page.getByRole('checkbox', { name: 'Sagsbehandler', exact: true }).isChecked(), true);
    assert.equal(await leader.isChecked(), false);
    await leader.check();
    await saveForm();
    await expectStatus('Brugeren er gemt.');
    assert.equal(await leader.isChecked(), true);

    const grants = await server.database.db.selectFrom('role_grant').select('role').where('user_id', '=', metteId).orderBy('role').execute();
    assert.deepEqual(
      grants.map((grant) => grant.role),
      ['case-officer', 'leader'],
    );

    // A new login shows both roles in Danish words.
    const mette = await newVisitor(browser);
    await demoLogin(mette.page, server.url, 'Mette Lund');
    const facts = await myPageFacts(mette.page);
    assert.equal(facts.Rolle, undefined, 'two roles are "Roller"');
    assert.deepEqual(facts.Roller?.split(', ').sort(), ['Leder', 'Sagsbehandler']);
    await mette.close();

    // Roles are read on every request: the session from before sees the change on its next page load.
    await metteBefore.page.reload();
    await waitForPage(metteBefore.page, 'Min side');
    assert.deepEqual((await myPageFacts(metteBefore.page)).Roller?.split(', ').sort(), ['Leder', 'Sagsbehandler']);
    await metteBefore.close();
  });

  test('the create page passes axe, also when it shows form errors', async () => {
    await page.getByRole('link', { name: 'Tilbage til brugere' }).click();
    await waitForPage(page, 'Brugere');
    await page.getByRole('link', { name: 'Opret bruger', exact: true }).click();
    await waitForPage(page, 'Opret bruger');
    await expectNoAxeViolations(page, 'user create');

    await saveForm();
    await expectFieldError('user-name', 'Navn', /Fejl:\s*Feltet skal udfyldes/);
    await expectFieldError('user-email', 'E-mail', /Fejl:/);
    await expectFieldError('user-unit', 'Enhed', /Fejl:/);
    await expectNoAxeViolations(page, 'user create with errors');
  });
});

describe('audit log', { timeout: suiteTimeout }, () => {
  test('filtering on role-grant.manage finds the change of roles, and the page passes axe', async () => {
    await openFromMenu('Adgangslog', 'Adgangslog');
    await expectNoAxeViolations(page, 'audit log');
    const actionsBefore = await auditRows().then((rows) => new Set(rows.map((row) => row.action)));
    assert.ok(actionsBefore.size > 1, `the unfiltered log has several kinds of events: ${[...actionsBefore].join(', ')}`);

    await page.getByLabel('Handling').fill('role-grant.manage');
    await page.getByRole('button', { name: 'Vis hændelser', exact: true }).click();
    await page.waitForURL(/[?&]action=role-grant\.manage/);
    await waitUntilLoaded(page);
    await page.getByRole('status').getByText(/hændelser? vises\.$/).waitFor();

    const metteId = (await server.database.db.selectFrom('app_user').select('user_id').where('demo_key', '=', 'mette').executeTakeFirstOrThrow()).user_id;
    const rows = await auditRows();
    assert.ok(rows.length > 0, 'the filter finds events');
    assert.ok(
      rows.every((row) => row.action === 'role-grant.manage'),
      `only role-grant.manage events: ${rows.map((row) => row.action).join(', ')}`,
    );
    assert.ok(
      rows.some((row) => row.who.includes('Lars Winther') && row.resource.includes(metteId) && row.outcome === 'Tilladt'),
      `Lars's change of Mette's roles is listed: ${JSON.stringify(rows)}`,
    );
    await expectNoAxeViolations(page, 'audit log filtered');
  });
});

/** The audit table as the page shows it, one object per row, by the column headings. */
async function auditRows(): Promise<{ time: string; who: string; action: string; resource: string; outcome: string }[]> {
  await page.getByRole('table', { name: 'Hændelser i loggen' }).waitFor();
  // No helper functions inside evaluate: tsx names them with a helper that does not exist in the page.
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>('main table tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')),
  );
  return rows.map((cells) => ({ time: cells[0] ?? '', who: cells[1] ?? '', action: cells[2] ?? '', resource: cells[3] ?? '', outcome: cells[6] ?? '' }));
}
