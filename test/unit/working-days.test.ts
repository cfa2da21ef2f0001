import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDanishWorkingDays, danishClosedDays, easterSunday, isDanishWorkingDay } from '../../src/domain/working-days.js';

describe('Danish working days', () => {
  const easter: [number, string][] = [
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ];
  for (const [year, date] of easter) test(`Easter Sunday ${year} is ${date}`, () => assert.equal(easterSunday(year), date));

  test('the closed days of 2026', () => {
    assert.deepEqual([...danishClosedDays(2026)].sort(), [
      '2026-01-01', // nytårsdag
      '2026-04-02', // skærtorsdag
      '2026-04-03', // langfredag
      '2026-04-05', // påskedag
      '2026-04-06', // 2. påskedag
      '2026-05-14', // Kristi himmelfartsdag
      '2026-05-24', // pinsedag
      '2026-05-25', // 2. pinsedag
      '2026-06-05', // grundlovsdag
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });

  const days: [string, boolean, string][] = [
    ['2023-05-05', false, 'store bededag 2023 was still a holiday'],
    ['2024-04-26', true, 'store bededag is a working day from 2024'],
    ['2025-06-05', false, 'grundlovsdag (offices close at noon) does not count'],
    ['2025-12-24', false, 'juleaftensdag'],
    ['2025-12-31', false, 'nytårsaftensdag'],
    ['2025-12-30', true, 'an ordinary Tuesday between Christmas and New Year'],
    ['2026-03-07', false, 'a Saturday'],
    ['2026-03-08', false, 'a Sunday'],
    ['2026-03-09', true, 'a Monday'],
  ];
  for (const [date, working, why] of days) test(`${date}: ${working ? 'working day' : 'closed'} (${why})`, () => assert.equal(isDanishWorkingDay(date), working));

  const additions: [string, number, string, string][] = [
    ['2026-03-06', 5, '2026-03-13', 'Friday + 5 is the next Friday'],
    ['2026-03-07', 5, '2026-03-13', 'sent on a Saturday: counted from Monday'],
    ['2026-03-09', 0, '2026-03-09', 'zero days is the day itself'],
    ['2026-03-09', 1, '2026-03-10', 'one day is the next working day'],
    ['2026-04-01', 5, '2026-04-13', 'across Easter 2026: skærtorsdag, langfredag and 2. påskedag are skipped'],
    ['2025-04-16', 1, '2025-04-22', 'Wednesday before Easter 2025 + 1 is the Tuesday after'],
    ['2026-05-13', 2, '2026-05-18', 'across Kristi himmelfartsdag (Friday after it is a working day)'],
    ['2026-05-22', 1, '2026-05-26', 'across Whitsun: 2. pinsedag is skipped'],
    ['2025-12-22', 5, '2026-01-05', 'across Christmas and New Year 2025/26'],
    ['2024-12-23', 3, '2025-01-02', 'across Christmas and New Year 2024/25'],
    ['2023-05-03', 2, '2023-05-08', 'store bededag 2023 skipped'],
    ['2024-04-24', 2, '2024-04-26', 'store bededag 2024 counted'],
  ];
  for (const [from, n, expected, why] of additions) test(`${from} + ${n} working days = ${expected} (${why})`, () => assert.equal(addDanishWorkingDays(from, n), expected));

  test('a negative or fractional number of days is refused', () => {
    assert.throws(() => addDanishWorkingDays('2026-03-09', -1), RangeError);
    assert.throws(() => addDanishWorkingDays('2026-03-09', 1.5), RangeError);
  });
});
