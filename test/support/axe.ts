import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level AA: what the accessibility statement promises and the law requires. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One violation per paragraph: the rule, why it matters, and each offending element with what to fix. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => {
        const summary = (node.failureSummary ?? '').split('\n').map((line) => `        ${line.trim()}`).join('\n');
        return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n${summary}`;
      });
      const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more elements`] : [];
      return [`  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`, `    ${violation.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n\n');
}

/**
 * Runs axe over the whole page as it is now and fails the test with a readable list if WCAG 2.1 AA is broken anywhere.
 * Legacy mode runs axe in the page itself instead of finishing in an extra blank page: the app has no frames,
 * and it halves the time of each check.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  const { violations } = results;
  if (violations.length === 0) return;
  assert.fail(`${label} (${page.url()}) has ${violations.length} accessibility ${violations.length === 1 ? 'violation' : 'violations'}:\n${describeViolations(violations)}`);
}
