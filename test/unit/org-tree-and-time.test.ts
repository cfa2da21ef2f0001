import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { copenhagenOffsetMinutes, endOfCopenhagenDay, startOfCopenhagenDay } from '../../src/domain/copenhagen-time.js';
import { wouldCreateCycle } from '../../src/domain/org-tree.js';

describe('organisation tree', () => {
  const units = [
    { id: 'centre', parentId: null },
    { id: 'team', parentId: 'centre' },
    { id: 'subteam', parentId: 'team' },
    { id: 'other', parentId: null },
  ];
  const cases: [string, string, string | null, boolean][] = [
    ['under itself', 'team', 'team', true],
    ['under its own child', 'centre', 'team', true],
    ['under its grandchild', 'centre', 'subteam', true],
    ['under a sibling tree', 'team', 'other', false],
    ['to the top level', 'subteam', null, false],
    ['under its current parent', 'team', 'centre', false],
  ];
  for (const [name, unit, parent, expected] of cases) {
    test(`moving a unit ${name}`, () => assert.equal(wouldCreateCycle(units, unit, parent), expected));
  }
});

describe('Danish calendar days', () => {
  test('offset is one hour in winter and two in summer', () => {
    assert.equal(copenhagenOffsetMinutes(new Date('2026-01-15T12:00:00Z')), 60);
    assert.equal(copenhagenOffsetMinutes(new Date('2026-07-15T12:00:00Z')), 120);
  });
  const days: [string, string, string][] = [
    ['a winter day', '2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['a summer day', '2026-07-15', '2026-07-14T22:00:00.000Z'],
    ['the day summer time begins', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['the day summer time ends', '2026-10-25', '2026-10-24T22:00:00.000Z'],
  ];
  for (const [name, date, start] of days) {
    test(`${name} starts at Danish midnight`, () => assert.equal(startOfCopenhagenDay(date).toISOString(), start));
  }
  test('the day summer time begins has 23 hours, the day it ends 25', () => {
    const hours = (d: string) => (endOfCopenhagenDay(d).getTime() - startOfCopenhagenDay(d).getTime()) / 3_600_000;
    assert.equal(hours('2026-03-29'), 23);
    assert.equal(hours('2026-10-25'), 25);
    assert.equal(hours('2026-06-01'), 24);
  });
});
