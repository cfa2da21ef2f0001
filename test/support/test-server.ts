import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from './test-app.js';

export interface TestServer extends TestApp {
  url: string;
}

/** A listening server on a free loopback port, for browser tests. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  // The public URL must be known before the app is built (cookies, origin checks): pick a free port first.
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const url = `http://localhost:${port}`;
  const testApp = await createTestApp({ MESTRING_PUBLIC_URL: url, ...env });
  await testApp.app.listen({ port, host: '127.0.0.1' });
  return { ...testApp, url };
}
