import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IndicatorDefinition } from '../../src/domain/indicator-definition.js';
import { evaluateIndicator, normaliseRange, periodOf, rangeOfPeriod, rangeProblem, type SourceRow } from '../../src/domain/indicator-evaluation.js';
import { shippedIndicators } from '../../src/features/indicators/shipped-indicators.js';

/**
 * The specification of every shipped indicator on small hand-made data with answers counted by hand (written next to
 * the data), the small-count rule (1-4 citizens → suppressed; for a share the denominator decides), and the periods.
 */

const definition = (key: string): IndicatorDefinition => shippedIndicators().find((i) => i.key === key)!.definition;
let seq = 0;
function row(citizenId: string, dates: Record<string, string | null>, fields: SourceRow['fields'], options: { id?: string; unitId?: string | null; unitIds?: string[] } = {}): SourceRow {
  seq += 1;
  const unitId = options.unitId ?? null;
  return { id: options.id ?? `r${String(seq).padStart(4, '0')}`, citizenId, unitId, unitIds: options.unitIds ?? (unitId ? [unitId] : []), dates, fields };
}
const obs = (citizen: string, day: string, kind: string, value: string, unitId: string | null = null, id?: string) => row(citizen, { 'observed-on': day }, { kind, value }, { unitId, ...(id && { id }) });
const point = (period: string, value: number | null, extra: Record<string, unknown> = {}) => ({ period, value, suppressed: false, ...extra });
const hidden = (period: string, share = false) => (share ? { period, value: null, numerator: null, denominator: null, suppressed: true } : { period, value: null, suppressed: true });

describe('job-or-education-share: each citizen’s latest employment observation in the period', () => {
  const rows = [
    obs('c1', '2024-01-10', 'employment', 'none', 'A'),
    obs('c1', '2024-03-05', 'employment', 'job', 'A'), // latest: job ✓
    obs('c2', '2024-02-01', 'employment', 'education', 'A', 'a1'),
    obs('c2', '2024-02-01', 'employment', 'none', 'A', 'a2'), // same day, greater id wins: none ✗
    obs('c3', '2024-01-15', 'employment', 'job', 'A'),
    obs('c3', '2024-03-20', 'employment', 'none', 'A'), // latest: none ✗
    obs('c4', '2024-02-10', 'employment', 'sheltered', 'B'), // ✗
    obs('c5', '2024-03-31', 'employment', 'flex-job', 'B'), // ✗
    obs('c6', '2024-02-10', 'housing', 'own-home', 'B'), // not employment
    obs('c7', '2024-04-01', 'employment', 'job', 'B'), // the second quarter
  ];
  const d = definition('job-or-education-share');

  test('by quarter: 1 of 5 citizens in Q1; Q2 rests on one citizen and is suppressed', () => {
    const result = evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-06', 'quarter'), null);
    assert.deepEqual(result.points, [point('2024-Q1', 0.2, { numerator: 1, denominator: 5 }), hidden('2024-Q2', true)]);
    assert.equal(result.empty, false);
  });

  test('by month: January 2 citizens, February 2 (c2, c4), March 3 (c1, c3, c5) — all suppressed', () => {
    const result = evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-03', 'month'), null);
    assert.deepEqual(result.points, [hidden('2024-01', true), hidden('2024-02', true), hidden('2024-03', true)]);
  });

  test('by unit: groups A (3 citizens) and B (2) are each suppressed; the unit filter keeps only A', () => {
    const range = normaliseRange('2024-01', '2024-03', 'quarter');
    const result = evaluateIndicator(d, rows, range, null);
    assert.deepEqual(result.groups.map((g) => [g.key, g.points]), [['A', [hidden('2024-Q1', true)]], ['B', [hidden('2024-Q1', true)]]]);
    const onlyA = evaluateIndicator(d, rows, range, new Set(['A']));
    assert.deepEqual(onlyA.points, [hidden('2024-Q1', true)]);
    const aAndB = evaluateIndicator(d, rows, range, new Set(['A', 'B']));
    assert.deepEqual(aAndB.points, [point('2024-Q1', 0.2, { numerator: 1, denominator: 5 })]);
  });
});

describe('homeless-citizens: distinct citizens observed homeless in the period', () => {
  const rows = [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((c) => obs(c, '2024-01-12', 'housing', 'homeless')),
    obs('h1', '2024-01-28', 'housing', 'homeless'), // twice in January: one citizen
    obs('h7', '2024-01-05', 'housing', 'own-home'),
    obs('h1', '2024-02-02', 'housing', 'homeless'),
    obs('h2', '2024-02-03', 'housing', 'homeless'),
    obs('h3', '2024-02-03', 'employment', 'none'),
  ];
  const d = definition('homeless-citizens');

  test('January 6, February 2 (suppressed), March 0 (shown: zero reveals nobody)', () => {
    assert.deepEqual(evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-03', 'month'), null).points, [point('2024-01', 6), hidden('2024-02'), point('2024-03', 0)]);
  });

  test('the quarter: 6 different citizens', () => {
    assert.deepEqual(evaluateIndicator(d, rows, normaliseRange('2024-02', '2024-02', 'quarter'), null).points, [point('2024-Q1', 6)]);
  });

  test('no row at all: zeros and the empty flag', () => {
    const result = evaluateIndicator(d, rows, normaliseRange('2020-01', '2020-02', 'month'), null);
    assert.deepEqual(result.points, [point('2020-01', 0), point('2020-02', 0)]);
    assert.equal(result.empty, true);
  });
});

describe('goals-reached-share: of the goals closed in the period, the share reached, per life domain', () => {
  const goal = (citizen: string, domain: string, status: string, updated: string) => row(citizen, { 'updated-on': updated }, { 'life-domain': domain, status });
  const rows = [
    goal('c1', 'work', 'achieved', '2024-02-10'),
    goal('c2', 'work', 'achieved', '2024-05-01'),
    goal('c3', 'work', 'not-achieved', '2024-06-01'),
    goal('c4', 'health', 'stopped', '2024-07-01'),
    goal('c5', 'health', 'achieved', '2024-08-01'),
    goal('c6', 'work', 'active', '2024-09-01'), // not closed: not counted
    goal('c1', 'health', 'achieved', '2023-12-31'), // the year before
    goal('c5', 'work', 'achieved', '2024-12-31'),
    goal('c6', 'work', 'not-achieved', '2024-10-01'),
  ];
  const d = definition('goals-reached-share');

  test('2024: 4 of 7 closed goals reached (6 citizens); work 3 of 5 (5 citizens); health suppressed (2 citizens)', () => {
    const result = evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-12', 'year'), null);
    assert.deepEqual(result.points, [point('2024', 0.5714, { numerator: 4, denominator: 7 })]);
    assert.deepEqual(
      result.groups.map((g) => [g.key, g.points]),
      [
        ['health', [hidden('2024', true)]],
        ['work', [point('2024', 0.6, { numerator: 3, denominator: 5 })]],
      ],
    );
  });

  test('the team’s units decide the unit filter for goals', () => {
    const teamRows = rows.map((r) => ({ ...r, unitIds: r.citizenId === 'c6' ? ['X'] : ['Y'] }));
    const result = evaluateIndicator(d, teamRows, normaliseRange('2024-01', '2024-12', 'year'), new Set(['Y']));
    assert.deepEqual(result.points, [point('2024', 0.6667, { numerator: 4, denominator: 6 })]);
  });
});

describe('citizen-progress-rating: the mean of the citizens’ own ratings by the day they rated', () => {
  const rating = (citizen: string, day: string | null, value: number | null, domain = 'health') => row(citizen, { 'rated-on': day }, { 'life-domain': domain, 'citizen-rating': value });
  const rows = [
    rating('c1', '2024-01-05', 4),
    rating('c1', '2024-02-05', 5, 'work'),
    rating('c2', '2024-01-20', 5),
    rating('c3', '2024-03-01', 3),
    rating('c4', '2024-03-15', 2, 'work'),
    rating('c5', '2024-03-30', 4),
    rating('c6', null, null), // never rated
    rating('c7', '2024-03-30', null), // a date without a rating does not count
    rating('c1', '2024-04-02', 3),
  ];
  const d = definition('citizen-progress-rating');

  test('Q1: 23 ÷ 6 = 3.83 from 5 citizens; Q2 one citizen, suppressed', () => {
    assert.deepEqual(evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-06', 'quarter'), null).points, [point('2024-Q1', 3.83), hidden('2024-Q2')]);
  });
});

describe('referrals-answered-in-time: of the referrals due in the period, the share answered by the due day', () => {
  const referral = (citizen: string, due: string, inTime: boolean, unitId = 'U') => row(citizen, { 'answer-due-on': due }, { 'answered-in-time': inTime, answered: inTime }, { unitId });
  const rows = [
    referral('c1', '2024-01-10', true),
    referral('c2', '2024-02-10', true),
    referral('c3', '2024-03-10', true),
    referral('c4', '2024-03-11', false),
    referral('c5', '2024-03-12', false),
    referral('c5', '2024-03-31', false), // answered late
    referral('c9', '2024-04-01', true),
  ];
  const d = definition('referrals-answered-in-time');

  test('Q1: 3 of 6 (5 citizens) = 0.5', () => {
    assert.deepEqual(evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-03', 'quarter'), null).points, [point('2024-Q1', 0.5, { numerator: 3, denominator: 6 })]);
  });
});

describe('volunteer-matches: companion requests matched, by the day of the match', () => {
  const request = (citizen: string, matchedOn: string | null) => row(citizen, { 'matched-on': matchedOn, 'requested-on': '2024-01-01' }, { matched: matchedOn !== null, status: matchedOn ? 'done' : 'open' });
  const rows = [...['c1', 'c1', 'c2', 'c3', 'c4', 'c5'].map((c) => request(c, '2024-01-15')), request('c6', null), request('c7', '2024-02-02')];
  const d = definition('volunteer-matches');

  test('January 6 matches (5 citizens); February one, suppressed', () => {
    assert.deepEqual(evaluateIndicator(d, rows, normaliseRange('2024-01', '2024-02', 'month'), null).points, [point('2024-01', 6), hidden('2024-02')]);
  });
});

describe('periods and ranges', () => {
  test('a day falls in its month, quarter and year', () => {
    assert.deepEqual([periodOf('2024-05-31', 'month'), periodOf('2024-05-31', 'quarter'), periodOf('2024-12-01', 'quarter'), periodOf('2024-05-31', 'year')], ['2024-05', '2024-Q2', '2024-Q4', '2024']);
  });

  test('a range widens to whole periods', () => {
    assert.deepEqual(normaliseRange('2024-02', '2024-05', 'quarter'), { period: 'quarter', from: '2024-01', to: '2024-06', firstDay: '2024-01-01', dayAfter: '2024-07-01', periods: ['2024-Q1', '2024-Q2'] });
    assert.deepEqual(normaliseRange('2023-11', '2024-01', 'year').periods, ['2023', '2024']);
    assert.equal(normaliseRange('2024-12', '2024-12', 'month').dayAfter, '2025-01-01');
  });

  for (const [from, to, problem] of [
    ['2024-1', '2024-03', 'from-format'],
    ['2024-01', '2024-13', 'to-format'],
    ['2024-05', '2024-03', 'backwards'],
    ['2014-01', '2024-01', 'too-long'],
    ['2015-01', '2024-12', null],
  ] as const) {
    test(`range ${from} – ${to}: ${problem ?? 'fine'}`, () => assert.equal(rangeProblem(from, to), problem));
  }

  test('one period by its key', () => {
    assert.deepEqual(rangeOfPeriod('2024-Q2')?.periods, ['2024-Q2']);
    assert.equal(rangeOfPeriod('2024-Q2')?.firstDay, '2024-04-01');
    assert.deepEqual(rangeOfPeriod('2024')?.periods, ['2024']);
    assert.deepEqual(rangeOfPeriod('2024-03')?.periods, ['2024-03']);
    assert.equal(rangeOfPeriod('2024-Q5'), null);
    assert.equal(rangeOfPeriod('march'), null);
  });
});
