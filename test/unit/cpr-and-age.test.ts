import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageOn, eighteenthBirthday, turnsEighteenWithinAYear } from '../../src/domain/age.js';
import { birthDateFromCpr, formatCpr, maskCpr, normaliseCpr } from '../../src/domain/cpr.js';
import { cprProtection } from '../../src/platform/crypto/cpr-protection.js';

describe('CPR numbers', () => {
  const centuries: [string, string | null][] = [
    // seventh digit 0-3: 1900s
    ['0101000000', '1900-01-01'],
    ['3112993999', '1999-12-31'],
    // 4 and 9: 2000s up to 36, else 1900s
    ['0101364000', '2036-01-01'],
    ['0101374000', '1937-01-01'],
    ['0101369000', '2036-01-01'],
    ['0101379000', '1937-01-01'],
    // 5-8: 2000s up to 57, else 1800s
    ['0101575000', '2057-01-01'],
    ['0101585000', '1858-01-01'],
    ['0101578999', '2057-01-01'],
    // real calendar dates only, 29 February included
    ['2902004000', '2000-02-29'],
    ['2902001000', null], // 1900 was not a leap year
    ['3104801234', null],
    ['0013801234', null],
  ];
  for (const [digits, expected] of centuries) {
    test(`${digits} → ${expected}`, () => assert.equal(birthDateFromCpr(digits), expected));
  }

  test('normalising accepts DDMMYY-SSSS and 10 digits, with spaces around, and nothing else', () => {
    assert.equal(normaliseCpr(' 010180-4711 '), '0101804711');
    assert.equal(normaliseCpr('0101804711'), '0101804711');
    for (const bad of ['010180 4711', '01018-04711', '010180-471', 'abcdefghij', '', '3102801234']) assert.equal(normaliseCpr(bad), null, bad);
  });

  test('masking keeps the birth date part only', () => {
    assert.equal(maskCpr('0101804711'), '010180-****');
    assert.equal(formatCpr('0101804711'), '010180-4711');
  });

  test('protection: round trip, random nonce, bound to the municipality, search hash stable per municipality', () => {
    const p = cprProtection('k'.repeat(40));
    const a = p.encrypt('tenant-a', '0101804711');
    assert.notEqual(a, p.encrypt('tenant-a', '0101804711'));
    assert.ok(!a.includes('4711'));
    assert.equal(p.decrypt('tenant-a', a), '0101804711');
    assert.throws(() => p.decrypt('tenant-b', a));
    assert.throws(() => cprProtection('x'.repeat(40)).decrypt('tenant-a', a));
    assert.equal(p.searchHash('tenant-a', '0101804711'), p.searchHash('tenant-a', '0101804711'));
    assert.notEqual(p.searchHash('tenant-a', '0101804711'), p.searchHash('tenant-b', '0101804711'));
    assert.notEqual(p.searchHash('tenant-a', '0101804711'), cprProtection('x'.repeat(40)).searchHash('tenant-a', '0101804711'));
  });
});

describe('age and the 18th birthday', () => {
  const ages: [string, string, number][] = [
    ['2000-06-15', '2018-06-14', 17],
    ['2000-06-15', '2018-06-15', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
    ['2000-01-01', '2000-01-01', 0],
  ];
  for (const [birth, on, age] of ages) test(`born ${birth}, on ${on}: ${age}`, () => assert.equal(ageOn(birth, on), age));

  test('a 29 February birthday turns 18 on 1 March in a common year', () => {
    assert.equal(eighteenthBirthday('2008-02-29'), '2026-03-01');
    assert.equal(eighteenthBirthday('2006-02-28'), '2024-02-28');
    assert.equal(eighteenthBirthday('2010-02-28'), '2028-02-28');
  });

  const window: [string, string, boolean][] = [
    ['2008-06-15', '2025-06-15', true], // exactly 12 months ahead
    ['2008-06-16', '2025-06-15', false], // one day too far
    ['2008-06-15', '2026-06-14', true], // tomorrow
    ['2008-06-15', '2026-06-15', false], // today: already 18
    ['2008-02-29', '2025-03-01', true], // 18 on 2026-03-01, a year from today
    ['2008-02-29', '2026-02-28', true], // 17 until tomorrow (1 March)
    ['2008-02-29', '2026-03-01', false],
    ['2010-01-01', '2026-01-01', false], // 16, two years to go
  ];
  for (const [birth, today, expected] of window) test(`born ${birth}, today ${today}: ${expected ? 'a candidate' : 'not a candidate'}`, () => assert.equal(turnsEighteenWithinAYear(birth, today), expected));
});
