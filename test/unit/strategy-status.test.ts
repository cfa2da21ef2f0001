import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollUpStatus, rollUpStrategy, type ActivityStatus, type RolledUpStatus } from '../../src/domain/strategy-status.js';

/** The status at a glance, rolled up from activities to focus area to strategy (issue 7). */

const cases: [string, ActivityStatus[], RolledUpStatus, number | null][] = [
  ['no activities', [], 'no-activities', null],
  ['one not started', ['not-started'], 'not-started', 0],
  ['all not started', ['not-started', 'not-started'], 'not-started', 0],
  ['one in progress', ['in-progress'], 'in-progress', 0],
  ['not started and done: under way', ['not-started', 'done'], 'in-progress', 0.5],
  ['all done', ['done', 'done'], 'done', 1],
  ['done and ongoing: implemented, in operation', ['done', 'ongoing'], 'ongoing', 1],
  ['all ongoing', ['ongoing'], 'ongoing', 1],
  ['done and stopped: the stopped one is left out', ['done', 'stopped'], 'done', 1],
  ['only stopped', ['stopped', 'stopped'], 'stopped', null],
  ['not started and stopped', ['not-started', 'stopped'], 'not-started', 0],
  ['in progress, ongoing, stopped', ['in-progress', 'ongoing', 'stopped'], 'in-progress', 0.5],
  ['a mix of all five', ['not-started', 'in-progress', 'done', 'ongoing', 'stopped'], 'in-progress', 0.5],
];

for (const [name, statuses, status, share] of cases) {
  test(`roll-up: ${name} → ${status}`, () => {
    const rollUp = rollUpStatus(statuses);
    assert.equal(rollUp.status, status);
    assert.equal(rollUp.implementedShare, share);
    assert.equal(rollUp.total, statuses.length);
    assert.equal(Object.values(rollUp.counts).reduce((a, b) => a + b, 0), statuses.length, 'every activity is counted, stopped ones too');
  });
}

test('a strategy rolls up over all its focus areas’ activities, and each focus area keeps its own', () => {
  const result = rollUpStrategy([
    { key: 'a', statuses: ['done', 'ongoing'] as ActivityStatus[] },
    { key: 'b', statuses: ['not-started'] as ActivityStatus[] },
    { key: 'c', statuses: [] as ActivityStatus[] },
  ]);
  assert.deepEqual(
    result.focusAreas.map((f) => [f.key, f.rollUp.status]),
    [
      ['a', 'ongoing'],
      ['b', 'not-started'],
      ['c', 'no-activities'],
    ],
  );
  assert.equal(result.overall.status, 'in-progress');
  assert.equal(result.overall.total, 3);
  assert.equal(result.overall.implementedShare, 2 / 3);
});

test('a strategy whose focus areas are all done is done; one with only empty focus areas has no activities', () => {
  assert.equal(rollUpStrategy([{ key: 1, statuses: ['done'] as ActivityStatus[] }, { key: 2, statuses: ['done', 'stopped'] as ActivityStatus[] }]).overall.status, 'done');
  assert.equal(rollUpStrategy([{ key: 1, statuses: [] }]).overall.status, 'no-activities');
  assert.equal(rollUpStrategy([]).overall.status, 'no-activities');
});
