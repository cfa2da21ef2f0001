import { buildApp } from '../http/app.js';
import { startAuditSealer } from '../platform/audit/sealer.js';
import type { Config } from '../platform/config.js';
import { openDatabase } from './open-database.js';
import { createOidcLogin } from '../platform/identity/oidc-login.js';
import { startOutboxWorker } from '../platform/outbox/worker.js';
import { outboxHandlers } from '../platform/outbox/handlers.js';
import { messengerFromConfig } from '../platform/messaging/messenger-from-config.js';
import { startMaintenance } from '../platform/maintenance.js';

/** Starts the server: database, migrations, demo data on first start, background workers, HTTP. */
export async function serve(config: Config): Promise<void> {
  const database = await openDatabase(config, { seedDemo: config.mode === 'demo' });
  const app = await buildApp({ config, database, clock: () => new Date(), oidc: createOidcLogin(config) });
  const sealer = startAuditSealer(database.db, config.audit.key, config.audit.sealIntervalMs, app.log);
  const messenger = messengerFromConfig(config.mode, config.messaging, app.log);
  const outbox = startOutboxWorker(database.db, outboxHandlers(app.log, messenger), app.log);
  const maintenance = startMaintenance(database.db, config, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await Promise.all([sealer.stop(), outbox.stop(), maintenance.stop()]);
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ engine: database.engine, mode: config.mode, url: config.publicUrl }, 'Mestring is running');
}
