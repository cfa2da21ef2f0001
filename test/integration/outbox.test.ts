import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import { enqueue } from '../../src/platform/outbox/enqueue.js';
import { processOutboxOnce, type OutboxMessage } from '../../src/platform/outbox/worker.js';
import { loadDemoMunicipalities, type LoadedMunicipality } from '../../src/features/demo/load-demo-municipalities.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { createTestDatabase } from '../support/test-database.js';

const silent = { error() {}, warn() {} };

describe('outbox: side effects after commit', () => {
  let database: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let randers: LoadedMunicipality;

  before(async () => {
    ({ handle: database, cleanup } = await createTestDatabase());
    [randers] = (await loadDemoMunicipalities(database.db)) as [LoadedMunicipality];
  });
  after(() => cleanup());

  const ctxFor = (trx: Parameters<Parameters<typeof withTenant>[2]>[0], now: Date) => ({ trx, tenantId: randers.tenantId, now });

  test('a message enqueued in a transaction that rolls back is never delivered', async () => {
    const now = new Date();
    await assert.rejects(
      withTenant(database.db, randers.tenantId, async (trx) => {
        await enqueue(ctxFor(trx, now), 'test.rollback', { n: 1 });
        throw new Error('use case failed after enqueue');
      }),
    );
    const delivered: OutboxMessage[] = [];
    await processOutboxOnce(database.db, new Map([['test.rollback', async (m) => void delivered.push(m)]]), silent, new Date(now.getTime() + 1000));
    assert.equal(delivered.length, 0);
  });

  test('a committed message is delivered once, then marked processed', async () => {
    const now = new Date();
    const id = await withTenant(database.db, randers.tenantId, (trx) => enqueue(ctxFor(trx, now), 'test.once', { text: 'Husk din aftale i morgen kl. 10' }));
    const delivered: OutboxMessage[] = [];
    const handlers = new Map([['test.once', async (m: OutboxMessage) => void delivered.push(m)]]);
    await processOutboxOnce(database.db, handlers, silent, new Date(now.getTime() + 1000));
    await processOutboxOnce(database.db, handlers, silent, new Date(now.getTime() + 2000));
    assert.deepEqual(delivered.map((m) => m.messageId), [id]);
    assert.deepEqual(delivered[0]!.payload, { text: 'Husk din aftale i morgen kl. 10' });
    const row = await database.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    assert.ok(row.processed_at);
    assert.equal(row.attempts, 1);
  });

  test('a failing handler is retried later with back-off, and the error name is kept', async () => {
    const now = new Date();
    const id = await withTenant(database.db, randers.tenantId, (trx) => enqueue(ctxFor(trx, now), 'test.flaky', {}));
    let calls = 0;
    const handlers = new Map([['test.flaky', async () => { calls += 1; if (calls === 1) throw new TypeError('gateway down'); }]]);
    await processOutboxOnce(database.db, handlers, silent, new Date(now.getTime() + 1000));
    const failed = await database.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(failed.processed_at, null);
    assert.equal(failed.last_error, 'TypeError');
    assert.ok(failed.available_at.getTime() > now.getTime() + 1000);
    await processOutboxOnce(database.db, handlers, silent, new Date(now.getTime() + 2000));
    assert.equal(calls, 1, 'not retried before its time');
    await processOutboxOnce(database.db, handlers, silent, new Date(now.getTime() + 10 * 60_000));
    assert.equal(calls, 2);
    const done = await database.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    assert.ok(done.processed_at);
  });

  test('request code cannot read another municipality\'s outbox rows', async () => {
    const soeby = await database.db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'soeby').executeTakeFirstOrThrow();
    const visible = await withTenant(database.db, soeby.tenant_id, (trx) => trx.selectFrom('outbox').select('message_id').execute());
    assert.equal(visible.length, 0);
  });
});

