import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type CompiledQuery } from 'kysely';
import { QueryTemplate } from '../../src/platform/db/query-template.js';

/** A Kysely that compiles PostgreSQL and records what it would have sent. */
function recordingDb(sent: CompiledQuery[]) {
  return new Kysely<any>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    plugins: [{ transformQuery: (args) => args.node, transformResult: async (args) => args.result }],
    log: (event) => void sent.push(event.query),
  });
}

describe('query templates', () => {
  test('values become parameters in the order the statement needs them, constants stay', async () => {
    const sent: CompiledQuery[] = [];
    const db = recordingDb(sent);
    const template = QueryTemplate.compile((param) => db.selectFrom('goal').select('goal_id').where('tenant_id', '=', param('tenant')).where('domain', 'in', [param<string>('d0'), param<string>('d1')]).where('status', '=', 'active').limit(param<number>('n')));
    await template.execute(db, { tenant: 't-1', d0: 'health', d1: 'housing', n: 5 });
    await template.execute(db, { tenant: 't-2', d0: 'work', d1: 'leisure', n: 9 });
    assert.equal(sent.length, 2);
    assert.equal(sent[0]!.sql, sent[1]!.sql, 'the same text every time');
    assert.deepEqual(sent[0]!.parameters, ['t-1', 'health', 'housing', 'active', 5]);
    assert.deepEqual(sent[1]!.parameters, ['t-2', 'work', 'leisure', 'active', 9]);
  });

  test('a value written into the text is refused when the template is made', () => {
    const db = recordingDb([]);
    assert.throws(() => QueryTemplate.compile((param) => db.selectFrom('goal').select('goal_id').where(sql.raw(`tenant_id = '${param<string>('tenant')}'`) as never)), /written into the statement/);
  });

  test('a missing value is refused instead of sent as undefined', async () => {
    const db = recordingDb([]);
    const template = QueryTemplate.compile((param) => db.selectFrom('goal').select('goal_id').where('tenant_id', '=', param('tenant')));
    await assert.rejects(template.execute(db, {}), /no value for tenant/);
  });
});
