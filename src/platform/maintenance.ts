import type { Kysely } from 'kysely';
import { AuditRetentionRefusedError, purgeExpiredAuditEvents } from './audit/retention.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import { purgeProcessedOutbox } from './outbox/worker.js';
import { remindOutdatedOffers } from '../features/offers/remind-outdated-offers.js';

const HOUR = 3_600_000;

/** Housekeeping once an hour: expired sessions, old outbox rows, audit entries past retention, reminders about outdated offers. */
export function startMaintenance(db: Kysely<Database>, config: Config, logger: { error(obj: object, msg: string): void }) {
  const run = async () => {
    try {
      const now = new Date();
      await db.deleteFrom('session').where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', new Date(now.getTime() - config.session.idleMinutes * 60_000))])).execute();
      await purgeProcessedOutbox(db, now);
      await purgeExpiredAuditEvents(db, config.audit.key, { retentionMonths: config.audit.retentionMonths, now });
      await remindOutdatedOffers(db, now);
    } catch (error) {
      // A refused retention means a municipality's audit chain does not verify: name the tenants so it is investigated.
      const refused = error instanceof AuditRetentionRefusedError ? error.refused : undefined;
      logger.error({ errorName: (error as Error).name, refusedTenants: refused }, 'maintenance failed');
    }
  };
  const timer = setInterval(() => void run(), HOUR);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}
