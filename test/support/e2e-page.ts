import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Helpers for the platform-* browser tests: fresh visitors, demo login, settled pages and what the screen shows. */

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page's scripts; a test can assert there were none. */
  pageErrors: Error[];
  close(): Promise<void>;
}

/** A new browser context (own cookies and storage): one person at one computer. */
export async function newVisitor(browser: Browser, options: { width?: number; height?: number } = {}): Promise<Visitor> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, locale: 'da-DK' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  const log: string[] = [];
  pageLogs.set(page, log);
  page.on('pageerror', (error) => {
    pageErrors.push(error);
    log.push(`page error: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => log.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return { context, page, pageErrors, close: () => context.close() };
}

/** What went wrong in each page so far, to explain a timeout. */
const pageLogs = new WeakMap<Page, string[]>();

/** Says where the page is and what it shows, when a wait for it has failed. */
async function explainTimeout(page: Page, waitingFor: string, error: unknown): Promise<never> {
  const shown = await page.evaluate(() => document.body?.innerText.replace(/\s+/g, ' ').slice(0, 400) ?? '').catch(() => '(page not readable)');
  const log = pageLogs.get(page)?.slice(-10) ?? [];
  throw new Error(`waiting for ${waitingFor} at ${page.url()}: ${(error as Error).message.split('\n')[0]}\n  page shows: ${shown}\n  ${log.join('\n  ')}`, { cause: error });
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until nothing on the page says "Henter …"/"Loading …" any more, so checks see the finished page. */
export async function waitUntilLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#root main') !== null && !document.querySelector('.loading-text'));
}

/** Waits for the page's one h1 to say `title`, then for its data to load. */
export async function waitForPage(page: Page, title: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitUntilLoaded(page);
  } catch (error) {
    await explainTimeout(page, `the page "${title}"`, error);
  }
}

/** Opens the login page and waits for the demo personas to be listed. */
export async function openLoginPage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/log-ind`);
  await waitForPage(page, 'Log ind');
  await page.getByRole('button', { name: /^Log ind som / }).first().waitFor();
}

/**
 * Logs in the way a person does: "Log ind som {name}" on /log-ind, then Min side. `myPage` is the heading
 * to wait for, for a user whose saved language is not Danish.
 */
export async function demoLogin(page: Page, baseUrl: string, name: string, myPage = 'Min side'): Promise<void> {
  await openLoginPage(page, baseUrl);
  await page.getByRole('button', { name: `Log ind som ${name}`, exact: true }).click();
  await page.waitForURL('**/min-side');
  await waitForPage(page, myPage);
}

/** "Log ud" in the header; the app goes back to the login page. */
export async function logout(page: Page, buttonName = 'Log ud', loginTitle = 'Log ind'): Promise<void> {
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await page.waitForURL('**/log-ind');
  await waitForPage(page, loginTitle);
}

/** Min side's facts about the user (Navn, Rolle, Kommune, Enhed) as label → text. */
export async function myPageFacts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main dl dt')].map((term) => {
        const definition = term.nextElementSibling;
        return [term.textContent?.trim() ?? '', definition?.tagName === 'DD' ? (definition.textContent?.trim() ?? '') : ''];
      }),
    ),
  );
}

/** The value of <html lang>, which screen readers pick their voice by. */
export async function documentLanguage(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** How wide the page is; wider than the window means the reader has to scroll sideways. */
export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export interface FocusedElement {
  /** e.g. BUTTON "Log ind som Anders Holm" */
  description: string;
  /** The accessible text of the element, roughly: aria-label or its text. */
  text: string;
  outline: string;
  boxShadow: string;
  /** Whether the focus indicator can be seen: a real outline or a box shadow. */
  visible: boolean;
  /** Whether the element is inside the window, so a sighted keyboard user can see where focus is. */
  inViewport: boolean;
}

/** What has keyboard focus now and whether its focus indicator is visible. */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'BODY', text: '', outline: '', boxShadow: '', visible: false, inViewport: false };
    // DKFDS hides the real checkbox (opacity 0) and draws it, and its focus outline, as its label's ::before.
    const drawnByLabel = getComputedStyle(element).opacity === '0' && element instanceof HTMLInputElement && element.labels?.[0];
    const style = drawnByLabel ? getComputedStyle(drawnByLabel, '::before') : getComputedStyle(element);
    // No helper functions in here: tsx would wrap them in a naming helper that the page does not have.
    const transparentOutline = style.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparentOutline;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = (drawnByLabel || element).getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? (drawnByLabel ? drawnByLabel.textContent : element.textContent) ?? '').replace(/\s+/g, ' ').trim();
    return {
      description: `${element.tagName}${element.id ? `#${element.id}` : ''} "${text.slice(0, 60)}"`,
      text,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      visible: hasOutline || hasShadow,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });
}

/** Asserts the focused element shows where focus is: a visible outline or box shadow, on screen. */
export async function assertVisibleFocus(page: Page, step: string): Promise<FocusedElement> {
  const focused = await focusedElement(page);
  assert.ok(focused.visible, `${step}: ${focused.description} has focus but no visible focus indicator (outline: ${focused.outline}; box-shadow: ${focused.boxShadow})`);
  assert.ok(focused.inViewport, `${step}: ${focused.description} has focus but is outside the window`);
  return focused;
}

/**
 * Tabs through the whole page from the top, asserting a visible focus indicator at every stop, until focus
 * leaves the page or comes round again. Returns the stops, for checks of the order.
 */
export async function tabThroughPage(page: Page, label: string, maxStops = 300): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let presses = 0; presses < maxStops; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused.description === 'BODY' || (stops.length > 0 && focused.description === stops[0])) return stops;
    await assertVisibleFocus(page, `${label}, Tab stop ${presses + 1}`);
    stops.push(focused.description);
  }
  assert.fail(`${label}: more than ${maxStops} Tab stops`);
}
