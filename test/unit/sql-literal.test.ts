import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sqlLiteral } from '../../src/platform/db/sql-literal.js';

describe('SQL literals for statements sent with the COMMIT', () => {
  const cases: [unknown, string][] = [
    [null, 'NULL'],
    [undefined, 'NULL'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [42, '42'],
    [-1.5, '-1.5'],
    ['plain', "'plain'"],
    ["O'Brien", "'O''Brien'"],
    ["'; DROP TABLE audit_event; --", "'''; DROP TABLE audit_event; --'"],
    ['back\\slash', "'back\\slash'"],
    ['{"a":"b\'c"}', `'{"a":"b''c"}'`],
    [new Date('2026-03-29T01:30:00.000Z'), "'2026-03-29T01:30:00.000Z'"],
  ];
  for (const [value, expected] of cases) {
    test(`${JSON.stringify(value) ?? 'undefined'} → ${expected}`, () => assert.equal(sqlLiteral(value), expected));
  }

  test('refuses what it cannot write safely', () => {
    assert.throws(() => sqlLiteral('a\u0000b'), /NUL/);
    assert.throws(() => sqlLiteral(Number.NaN), /finite/);
    assert.throws(() => sqlLiteral(Infinity), /finite/);
    assert.throws(() => sqlLiteral({ a: 1 }), /cannot write/);
    assert.throws(() => sqlLiteral(10n), /cannot write/);
  });
});
