import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lix } from '../../src/domain/readability.js';
import { da } from '../../src/web/features/plan/i18n/da.js';
import { easy } from '../../src/web/features/plan/i18n/easy.js';
import { en } from '../../src/web/features/plan/i18n/en.js';

/** Every string of a nested text object, by its dotted key. */
function strings(texts: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof texts === 'string') found.set(prefix, texts);
  else if (texts && typeof texts === 'object')
    for (const [key, value] of Object.entries(texts)) for (const [path, text] of strings(value, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  return found;
}

const limit = 30;

test('every easy-read string reads very easily (LIX at most 30)', () => {
  const tooHard = [...strings(easy)]
    .map(([key, text]) => ({ key, text, lix: lix(text).lix }))
    .filter((entry) => entry.lix > limit)
    .map((entry) => `${entry.key} (LIX ${entry.lix.toFixed(1)}): ${entry.text}`);
  assert.deepEqual(tooHard, []);
});

test('all the easy-read strings together read very easily (LIX at most 30)', () => {
  const all = [...strings(easy).values()].join('\n');
  const result = lix(all);
  assert.ok(result.lix <= limit, `LIX of all easy-read texts together is ${result.lix.toFixed(1)}`);
});

test('the easy-read texts have exactly the keys of the Danish texts', () => {
  assert.deepEqual([...strings(easy).keys()].sort(), [...strings(da).keys()].sort());
});

test('the English texts have exactly the keys of the Danish texts', () => {
  assert.deepEqual([...strings(en).keys()].sort(), [...strings(da).keys()].sort());
});

test('there are easy-read texts at all', () => {
  assert.ok(strings(easy).size > 50);
});
