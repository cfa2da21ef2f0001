import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.js';
import { launchBrowser } from '../support/browser.js';
import { newVisitor, pathOf, waitForPage, type Visitor } from '../support/e2e-page.js';
import { assertPlanFocusVisible, planFocus, stepItem, visit } from '../support/plan-e2e.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The citizen's journey with the keyboard alone: Tab, Shift+Tab, Enter and Space (and typing the dream's words).
// At every stop the focused element must show where it is. Then the printed plan must fit one A4 page.

let server: TestServer;
let browser: Browser;
let visitor: Visitor;

before(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  visitor = await newVisitor(browser);
});

after(async () => {
  await visitor?.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

/** What a focused button or link is about: its text, and the text of what it is described by (a step's "Færdig"). */
async function focusedWithDescription(page: Page): Promise<{ text: string; description: string; tag: string }> {
  const focused = await planFocus(page);
  const extra = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const ids = element?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return {
      description: ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
      tag: element?.tagName ?? '',
      role: element?.getAttribute('role') ?? '',
    };
  });
  return { text: focused.text, description: extra.description, tag: extra.role ? `${extra.tag}[${extra.role}]` : extra.tag };
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, asserting a visible focus indicator at each
 * stop on the way. Fails if the element is not reached within `max` presses.
 */
async function tabTo(page: Page, label: string, matches: (focused: { text: string; description: string; tag: string }) => boolean, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let presses = 1; presses <= (options.max ?? 80); presses += 1) {
    await page.keyboard.press(key);
    const focused = await focusedWithDescription(page);
    if (focused.tag === 'BODY' || focused.tag === '') {
      seen.push('BODY');
      continue;
    }
    await assertPlanFocusVisible(page, `on the way to ${label}, ${key} ${presses}`);
    if (matches(focused)) return;
    seen.push(`${focused.tag} "${focused.text.slice(0, 40)}"`);
  }
  assert.fail(`${label} was not reached by ${key}; focus went through: ${seen.join(', ')}`);
}

const named = (name: string) => (focused: { text: string }) => focused.text === name;

/** After an action the focus must still be somewhere the user can see: not lost to the page itself. */
async function assertFocusKept(page: Page, step: string): Promise<void> {
  await assertPlanFocusVisible(page, step);
}

/** Tabs through the whole page from the top with a visible focus at every stop, until focus leaves the page or comes round. */
async function tabThroughPlanPage(page: Page, label: string, maxStops = 200): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let presses = 1; presses <= maxStops; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await planFocus(page);
    if (focused.description === 'BODY' || (stops.length > 0 && focused.description === stops[0])) return stops;
    await assertPlanFocusVisible(page, `${label}, Tab stop ${presses}`);
    stops.push(focused.description);
  }
  assert.fail(`${label}: more than ${maxStops} Tab stops`);
}

test('Mikkel logs in from /log-ind with the keyboard', async () => {
  const { page } = visitor;
  await visit(page, server.url, '/log-ind', 'Log ind');
  await page.getByRole('button', { name: 'Log ind som Mikkel Sørensen', exact: true }).waitFor();
  await tabTo(page, '"Log ind som Mikkel Sørensen"', named('Log ind som Mikkel Sørensen'));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/min-side');
  await waitForPage(page, 'Min side');
});

test('he reaches Min plan, switches "Let læst" off with Space, and every Tab stop on the page is visible', async () => {
  const { page } = visitor;
  await tabTo(page, 'the menu link "Min plan"', (focused) => focused.tag === 'A' && focused.text === 'Min plan');
  await page.keyboard.press('Enter');
  await waitForPage(page, 'Min plan');
  assert.equal(pathOf(page), '/min-plan');
  await tabTo(page, 'the switch "Let læst"', (focused) => focused.tag === 'INPUT[switch]');
  const toggle = page.getByRole('switch', { name: 'Let læst' });
  assert.equal(await toggle.isChecked(), true, 'easy-read is on for Mikkel to begin with');
  await page.keyboard.press('Space');
  assert.equal(await toggle.isChecked(), false, 'Space switches easy-read off');
  await assertFocusKept(page, 'after switching "Let læst" off');
  await page.keyboard.press('Space');
  assert.equal(await toggle.isChecked(), true, 'and on again');
  await page.keyboard.press('Space');
  assert.equal(await toggle.isChecked(), false);

  const stops = await tabThroughPlanPage(page, 'Min plan');
  assert.ok(stops.some((stop) => stop.includes('"Sundhed"')), `the domain "Sundhed" is a Tab stop: ${stops.join(', ')}`);
  assert.ok(stops.some((stop) => stop.includes('"Tilføj en drøm"')), 'so is "Tilføj en drøm"');
});

test('he opens a domain and marks a step done', async () => {
  const { page } = visitor;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, 'the domain link "Sundhed"', (focused) => focused.tag === 'A' && focused.text === 'Sundhed');
  await page.keyboard.press('Enter');
  await waitForPage(page, 'Sundhed');
  assert.equal(pathOf(page), '/min-plan/sundhed');
  const stepText = 'Tale med min læge om, at jeg er så træt';
  await tabTo(page, `"Færdig" for "${stepText}"`, (focused) => focused.text === 'Færdig' && focused.description === stepText, { max: 120 });
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Godt gået! Skridtet er markeret som færdigt.' }).waitFor();
  await stepItem(page, stepText).locator('p').filter({ hasText: /Færdig \d/ }).waitFor();
  await assertFocusKept(page, 'after marking the step done');
  await expectNoAxeViolations(page, 'Sundhed after marking a step done by keyboard');
});

test('he goes back to Min plan and adds a dream', async () => {
  const { page } = visitor;
  await tabTo(page, '"Tilbage til Min plan"', (focused) => focused.tag === 'A' && focused.text === 'Tilbage til Min plan', { backwards: true, max: 150 });
  await page.keyboard.press('Enter');
  await waitForPage(page, 'Min plan');
  await tabTo(page, '"Tilføj en drøm"', (focused) => focused.tag === 'BUTTON' && focused.text === 'Tilføj en drøm');
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Min drøm', exact: true });
  await field.waitFor();
  assert.equal(await field.evaluate((element) => element === document.activeElement), true, 'opening the form puts focus in "Min drøm"');
  await assertPlanFocusVisible(page, 'in the field "Min drøm"');
  const dream = 'Jeg vil cykle til Randers Regnskov en dag i foråret.';
  await page.keyboard.type(dream);
  await tabTo(page, '"Gem drømmen"', named('Gem drømmen'));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Din drøm er gemt.' }).waitFor();
  await page.getByRole('region', { name: /Mine drømme/ }).getByText(dream, { exact: true }).waitFor();
  await assertFocusKept(page, 'after saving the dream');
  await expectNoAxeViolations(page, 'Min plan after adding a dream by keyboard');
  assert.deepEqual(visitor.pageErrors, []);
});

test('the print page puts the plan on one A4 page, in both the ordinary and the easy-read texts', async () => {
  const { page } = visitor;
  const dir = mkdtempSync(join(tmpdir(), 'mestring-print-'));
  try {
    for (const variant of [{ easyRead: 'off', domains: ['Sundhed', 'Bolig', 'Uddannelse og job'] }, { easyRead: 'on', domains: ['Sund og rask', 'Mit hjem', 'Skole og job'] }]) {
      // The choice of "Let læst" is remembered in the browser; the print page follows it.
      await page.evaluate((value) => localStorage.setItem('mestring.easyRead', value), variant.easyRead);
      await visit(page, server.url, '/min-plan/udskriv', 'Mikkels plan');
      await page.getByRole('heading', { level: 2, name: variant.domains[1] }).waitFor();
      await expectNoAxeViolations(page, `Udskriv min plan (Let læst ${variant.easyRead})`);
      const file = join(dir, `plan-${variant.easyRead}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      assert.equal(pages, 1, `the printed plan (Let læst ${variant.easyRead}) has ${pages} pages:\n${info}`);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of ['Mikkels plan', ...variant.domains, 'Jeg vil blive ved med at klare min egen lejlighed', 'Jeg vil cykle til Randers Regnskov']) {
        assert.ok(text.includes(expected), `the printout (Let læst ${variant.easyRead}) has "${expected}": ${text.slice(0, 300)}`);
      }
      for (const absent of ['Log ud', 'Tilbage til Min plan', 'Hovedmenu']) assert.ok(!text.includes(absent), `the printout leaves out "${absent}"`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
