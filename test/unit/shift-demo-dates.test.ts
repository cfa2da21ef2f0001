import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoShiftDays, shiftDemoDates } from '../../src/features/demo/shift-demo-dates.js';

describe('demo dates follow the calendar', () => {
  test('whole weeks from the reference day, never backwards', () => {
    assert.equal(demoShiftDays(new Date('2026-11-22T10:00:00Z')), 0);
    assert.equal(demoShiftDays(new Date('2026-11-28T10:00:00Z')), 0);
    assert.equal(demoShiftDays(new Date('2026-11-29T10:00:00Z')), 7);
    assert.equal(demoShiftDays(new Date('2027-03-01T10:00:00Z')), 98);
    assert.equal(demoShiftDays(new Date('2026-01-01T10:00:00Z')), 0);
  });

  test('dates and instants move, birth dates and other text do not', () => {
    const raw = { birthDate: '1992-03-04', dueDate: '2026-12-01', at: '2026-10-08T08:30:00.000Z', note: 'Mødes kl. 10', list: [{ byDate: '2026-12-24' }] };
    assert.deepEqual(shiftDemoDates(raw, 14), { birthDate: '1992-03-04', dueDate: '2026-12-15', at: '2026-10-22T08:30:00.000Z', note: 'Mødes kl. 10', list: [{ byDate: '2027-01-07' }] });
  });

  test('a shift by whole weeks keeps the weekday', () => {
    const thursday = '2026-11-26';
    const moved = shiftDemoDates({ day: thursday }, demoShiftDays(new Date('2027-06-15T00:00:00Z'))) as { day: string };
    assert.equal(new Date(`${moved.day}T00:00:00Z`).getUTCDay(), new Date(`${thursday}T00:00:00Z`).getUTCDay());
  });
});
