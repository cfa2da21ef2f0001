import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { waitForPage, waitUntilLoaded } from './e2e-page.js';

/** Helpers for the plan-* browser tests: the citizen's plan pages, the "Let læst" switch and the seeded demo texts. */

/** Texts from seed/citizens.json that tell the parts of Mikkel's plan apart on screen. */
export const mikkelsPlan = {
  healthGoal: 'Jeg vil have mere energi i løbet af dagen',
  leisureGoal: 'Jeg vil se en håndboldkamp med Randers HH sammen med en, der tager med',
  housingGoal: 'Jeg vil blive ved med at klare min egen lejlighed',
  workGoal: 'Jeg vil arbejde et par timer om ugen i et havecenter',
  socialGoal: 'Jeg vil se mine venner oftere',
  dream: 'Jeg drømmer om at arbejde i et havecenter igen',
  meetingPlace: 'Hjemme hos Mikkel, Vestergade 14',
  meetingAgreement: 'Går med Mikkel til lægen og taler om trætheden.',
} as const;

/** Today's calendar date in Denmark, as YYYY-MM-DD (what date fields take). */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** A calendar date some days from today, as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const [year, month, day] = todayInDenmark().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Goes to a path of the app and waits for its h1. */
export async function visit(page: Page, baseUrl: string, path: string, title: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await waitForPage(page, title);
}

/** The "Let læst" switch on the citizen's pages. */
export function easyReadSwitch(page: Page): Locator {
  return page.getByRole('switch', { name: 'Let læst' });
}

/** Turns "Let læst" on or off (the choice is remembered in the browser) and waits for the texts to change. */
export async function setEasyRead(page: Page, on: boolean): Promise<void> {
  const toggle = easyReadSwitch(page);
  if ((await toggle.isChecked()) !== on) await toggle.click();
  assert.equal(await toggle.isChecked(), on, `"Let læst" is ${on ? 'on' : 'off'}`);
  await waitUntilLoaded(page);
}

/** Runs axe on the page in both variants of the citizen's texts, and leaves "Let læst" as it was. */
export async function expectNoAxeViolationsInBothVariants(page: Page, label: string): Promise<void> {
  const wasOn = await easyReadSwitch(page).isChecked();
  await expectNoAxeViolations(page, `${label} (${wasOn ? 'Let læst' : 'almindelig tekst'})`);
  await setEasyRead(page, !wasOn);
  await expectNoAxeViolations(page, `${label} (${wasOn ? 'almindelig tekst' : 'Let læst'})`);
  await setEasyRead(page, wasOn);
}

/** A step of a goal on a domain page: the list item whose text is the step's. */
export function stepItem(page: Page, text: string): Locator {
  return page.locator('li.step').filter({ has: page.getByText(text, { exact: true }) });
}

/** The id of a citizen, from the staff's link to their overview on /borgere. */
export async function citizenIdFromCaseload(page: Page, name: string): Promise<string> {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  const match = /^\/borgere\/([^/]+)$/.exec(href ?? '');
  assert.ok(match, `a link to ${name}'s overview: ${href}`);
  return decodeURIComponent(match[1]!);
}

export interface PlanFocus {
  /** e.g. BUTTON "Færdig" */
  description: string;
  text: string;
  /** Where the indicator was found: 'element', 'label' (of a visually hidden input) or 'container' (a tile around a stretched link). */
  drawnOn: string;
  outline: string;
  visible: boolean;
  inViewport: boolean;
}

/**
 * What has keyboard focus and whether anyone can see it. Like focusedElement in e2e-page.ts, but it also knows
 * the plan screens' own patterns: a visually hidden input (the "Let læst" switch, the smileys, the pictures)
 * whose label draws the focus ring, and a domain tile that draws it round the whole tile for its stretched link.
 */
export async function planFocus(page: Page): Promise<PlanFocus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: 'BODY', text: '', drawnOn: '', outline: '', visible: false, inViewport: false };
    const candidates: { node: Element; pseudo: string | null; kind: string }[] = [{ node: element, pseudo: null, kind: 'element' }];
    const own = getComputedStyle(element);
    const hidden = element instanceof HTMLInputElement && (own.opacity === '0' || element.getBoundingClientRect().width <= 1);
    const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
    if (hidden && label) {
      candidates.push({ node: label, pseudo: null, kind: 'label' }, { node: label, pseudo: '::before', kind: 'label' });
    }
    // A stretched link (its ::after covers the tile): the tile shows the focus with :focus-within.
    if (element.tagName === 'A' && getComputedStyle(element, '::after').position === 'absolute') {
      let ancestor = element.parentElement;
      for (let level = 0; ancestor && level < 3; level += 1, ancestor = ancestor.parentElement) candidates.push({ node: ancestor, pseudo: null, kind: 'container' });
    }
    let found: { kind: string; outline: string } | null = null;
    for (const candidate of candidates) {
      const style = getComputedStyle(candidate.node, candidate.pseudo);
      const transparent = style.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.outlineColor);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      if (outline || shadow) {
        found = { kind: candidate.kind, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}` };
        break;
      }
    }
    const box = (hidden && label ? label : element).getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? (hidden && label ? label.textContent : element.textContent) ?? '').replace(/\s+/g, ' ').trim();
    return {
      description: `${element.tagName}${element.id ? `#${element.id}` : ''} "${text.slice(0, 60)}"`,
      text,
      drawnOn: found?.kind ?? '',
      outline: found?.outline ?? `${own.outlineStyle} ${own.outlineWidth} ${own.outlineColor}`,
      visible: found !== null,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });
}

/** Asserts the focused element (or what draws its focus) shows a visible indicator, on screen. */
export async function assertPlanFocusVisible(page: Page, step: string): Promise<PlanFocus> {
  const focused = await planFocus(page);
  assert.notEqual(focused.description, 'BODY', `${step}: nothing has focus (focus was lost to the page)`);
  assert.ok(focused.visible, `${step}: ${focused.description} has focus but no visible focus indicator (${focused.outline})`);
  assert.ok(focused.inViewport, `${step}: ${focused.description} has focus but is outside the window`);
  return focused;
}
