import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnswerCache, answerKey } from '../../src/platform/cache/answer-cache.js';

describe('answers kept for a short while', () => {
  test('kept until they expire, per municipality', () => {
    const cache = new AnswerCache<string>(10);
    cache.keep('a', 'k', '{"n":1}', cache.generation('a'), 1000, 30_000);
    assert.equal(cache.find('a', 'k', 30_999), '{"n":1}');
    assert.equal(cache.find('a', 'k', 31_000), undefined, 'expired');
    assert.equal(cache.find('b', 'k', 1000), undefined, 'another municipality');
  });

  test('a change forgets the municipality’s answers, and an answer read before the change is not kept', () => {
    const cache = new AnswerCache<string>(10);
    cache.keep('a', 'k', 'old', cache.generation('a'), 0, 30_000);
    cache.keep('b', 'k', 'other', cache.generation('b'), 0, 30_000);
    const readBefore = cache.generation('a');
    cache.forget('a');
    assert.equal(cache.find('a', 'k', 1), undefined);
    assert.equal(cache.find('b', 'k', 1), 'other', 'other municipalities keep theirs');
    cache.keep('a', 'k', 'stale', readBefore, 2, 30_000);
    assert.equal(cache.find('a', 'k', 3), undefined, 'read before the change: not kept');
    cache.keep('a', 'k', 'fresh', cache.generation('a'), 4, 30_000);
    assert.equal(cache.find('a', 'k', 5), 'fresh');
  });

  test('at most so many answers; the oldest go first; nothing is kept with no time to keep it', () => {
    const cache = new AnswerCache<string>(2);
    for (const key of ['x', 'y', 'z']) cache.keep('a', key, key, 0, 0, 30_000);
    assert.equal(cache.find('a', 'x', 1), undefined);
    assert.equal(cache.find('a', 'z', 1), 'z');
    cache.keep('a', 'w', 'w', 0, 0, 0);
    assert.equal(cache.find('a', 'w', 0), undefined);
  });

  test('the same search in another order is the same key', () => {
    assert.equal(answerKey({ q: 'bolig', page: 1 }), answerKey({ page: 1, q: 'bolig' }));
    assert.notEqual(answerKey({ q: 'bolig', page: 1 }), answerKey({ q: 'bolig', page: 2 }));
  });
});
