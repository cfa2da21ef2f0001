import type { LightMyRequestResponse } from 'fastify';
import { TEST_ORIGIN, type TestApp } from './test-app.js';

/**
 * Drives an OpenID Connect login the way a browser would, over plain HTTP: the app through inject(),
 * the identity provider through fetch(), every redirect followed by hand and its forms filled in.
 * Cookies are kept per origin (scheme, host and port), which is all these flows need.
 */
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, string>>();

  store(url: string, setCookie: string[]): void {
    const origin = new URL(url).origin;
    const cookies = this.#byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of setCookie) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = value === '' || /;\s*max-age=0\b/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line);
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.#byOrigin.set(origin, cookies);
  }

  header(url: string): string {
    const cookies = this.#byOrigin.get(new URL(url).origin) ?? new Map<string, string>();
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(url: string, name: string): string | undefined {
    return this.#byOrigin.get(new URL(url).origin)?.get(name);
  }
}

function setCookiesOf(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  return header === undefined ? [] : Array.isArray(header) ? header : [header];
}

/** A GET to the app as this browser. */
export async function appGet(testApp: TestApp, jar: CookieJar, url: string): Promise<LightMyRequestResponse> {
  const target = new URL(url, TEST_ORIGIN);
  const response = await testApp.app.inject({ method: 'GET', url: target.pathname + target.search, headers: { cookie: jar.header(target.href) } });
  jar.store(target.href, setCookiesOf(response));
  return response;
}

async function providerRequest(jar: CookieJar, url: string, form?: URLSearchParams): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header(url), ...(form && { 'content-type': 'application/x-www-form-urlencoded' }) },
    ...(form && { body: form }),
  });
  jar.store(url, response.headers.getSetCookie());
  return response;
}

/** The login or consent form on an oidc-provider interaction page, filled in for the account. */
function filledForm(html: string, pageUrl: string, account: string): { action: string; form: URLSearchParams } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
  if (!action || !prompt) throw new Error(`no interaction form at ${pageUrl}`);
  const form = new URLSearchParams({ prompt });
  if (prompt === 'login') {
    form.set('login', account);
    form.set('password', 'any password will do');
  }
  return { action: new URL(action.replaceAll('&amp;', '&'), pageUrl).href, form };
}

/**
 * Starts a login at the app and walks through the provider's pages as the account, up to the moment the
 * provider sends the browser back. Returns that callback URL without calling it, so a test can decide
 * what the app gets to see.
 */
export async function loginAtProvider(testApp: TestApp, jar: CookieJar, loginUrl: string, account: string): Promise<string> {
  const start = await appGet(testApp, jar, loginUrl);
  if (start.statusCode !== 302) throw new Error(`login start answered ${start.statusCode}: ${start.body}`);
  let url = String(start.headers.location);
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(TEST_ORIGIN)) return url;
    let response = await providerRequest(jar, url);
    if (response.status === 200) {
      const { action, form } = filledForm(await response.text(), url, account);
      response = await providerRequest(jar, action, form);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) throw new Error(`provider answered ${response.status} at ${url}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the identity provider');
}
