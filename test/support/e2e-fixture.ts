import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { demoLogin, newVisitor, type Visitor } from './e2e-page.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface E2eFixture {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new browser context logged in as the demo persona; closed with the file. */
  personAt(persona: string): Promise<Visitor>;
}

/**
 * One server and one browser for a test file, started before its tests and closed after them, with a fresh
 * browser context per visitor.
 */
export function useE2eFixture(): E2eFixture {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const visitors: Visitor[] = [];
  before(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  after(async () => {
    for (const visitor of visitors) await visitor.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} has not started`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async personAt(persona) {
      const visitor = await newVisitor(started(browser, 'browser'));
      visitors.push(visitor);
      await demoLogin(visitor.page, started(server, 'server').url, persona);
      return visitor;
    },
  };
}
