/**
 * Run as a separate process by platform-errors-and-startup.test.ts: tries to open the PGlite data directory given
 * as the first argument and prints the outcome as one JSON line. Exits without touching the data if refused.
 */
import { connectDatabase } from '../../src/platform/db/connect.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: platform-lock-probe <dataDir>');
try {
  const handle = await connectDatabase({ dataDir });
  await handle.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  const e = error as Error & { pid?: number };
  console.log(JSON.stringify({ opened: false, name: e.name, message: e.message, pid: e.pid }));
}
