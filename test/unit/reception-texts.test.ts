import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { arrivalKinds, receptionNeeds, visitStatuses } from '../../src/domain/reception-visit.js';
import { da } from '../../src/web/features/reception/i18n/da.js';
import { en } from '../../src/web/features/reception/i18n/en.js';

/** The reception screens' texts: Danish and English have the same keys, and every need, arrival and status has a text. */

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('reception texts', () => {
  test('Danish and English have the same keys', () => assert.deepEqual(keysOf(en).sort(), keysOf(da).sort()));
  for (const [name, texts] of [['da', da], ['en', en]] as const) {
    test(`${name}: every need, arrival and status of the domain has a text, and no more`, () => {
      assert.deepEqual(Object.keys(texts.needs), [...receptionNeeds]);
      assert.deepEqual(Object.keys(texts.arrival), [...arrivalKinds]);
      assert.deepEqual(Object.keys(texts.status), [...visitStatuses]);
    });
  }
});
