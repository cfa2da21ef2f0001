import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figureText, groupByTrack, nextVersion, noDataSentence, quotedIndicatorKeys, quotesTargetGroups, seriesHasData, targetGroupYears, yearHasNoData } from '../../src/features/status-reports/status-report-rules.js';

const point = (value: number | null, suppressed = false) => ({ value, suppressed });

describe('which indicators a focus area quotes', () => {
  const cases: [string, string[][], string[]][] = [
    ['none', [], []],
    ['in the order they first appear, once each', [['b', 'a'], ['a', 'c'], ['b']], ['b', 'a', 'c']],
    ['blank keys are ignored', [[' ', 'a'], ['']], ['a']],
  ];
  for (const [name, activities, expected] of cases) {
    test(name, () => assert.deepEqual(quotedIndicatorKeys(activities.map((indicatorKeys) => ({ indicatorKeys }))), expected));
  }
});

describe('when a series has data', () => {
  const cases: [string, 'count' | 'share' | 'mean', ReturnType<typeof point>[], boolean][] = [
    ['no points', 'count', [], false],
    ['counts of 0 every month', 'count', [point(0), point(0)], false],
    ['a count above 0', 'count', [point(0), point(7)], true],
    ['a suppressed count (citizens, fewer than 5)', 'count', [point(null, true)], true],
    ['unknown every month', 'share', [point(null), point(null)], false],
    ['a share of 0 is a measurement', 'share', [point(0)], true],
    ['a mean', 'mean', [point(null), point(3.5)], true],
  ];
  for (const [name, measure, points, expected] of cases) test(name, () => assert.equal(seriesHasData(measure, points), expected));
});

describe('the no-data decision', () => {
  const empty = { measure: 'count' as const, points: [point(0)] };
  const cases: [string, Parameters<typeof yearHasNoData>[0], boolean][] = [
    ['nothing at all', { notesInYear: 0, figures: [], targetGroups: null }, true],
    ['figures that are all zero, target groups empty', { notesInYear: 0, figures: [empty], targetGroups: { empty: true } }, true],
    ['a progress note in the year', { notesInYear: 1, figures: [], targetGroups: null }, false],
    ['a figure with data', { notesInYear: 0, figures: [empty, { measure: 'count', points: [point(5)] }], targetGroups: null }, false],
    ['citizens in the target-group overview', { notesInYear: 0, figures: [], targetGroups: { empty: false } }, false],
  ];
  for (const [name, facts, expected] of cases) test(name, () => assert.equal(yearHasNoData(facts), expected));

  test('the sentence names the year and the strategy plainly', () => {
    assert.equal(noDataSentence('Handicapplanen', 2019), 'Der er ingen data for 2019. Ingen har skrevet fremskridtsnoter om aktiviteterne i Handicapplanen i 2019, og der er ingen tal for året. Rapporten viser kun aktiviteternes status.');
  });
});

describe('version numbering', () => {
  const cases: [number[], number][] = [
    [[], 1],
    [[1], 2],
    [[1, 2, 3], 4],
    [[3, 1], 4],
  ];
  for (const [existing, expected] of cases) test(`after [${existing.join(', ')}] comes ${expected}`, () => assert.equal(nextVersion(existing), expected));
});

describe('tracks', () => {
  test('focus areas fall into tracks in the order the tracks first appear; no track is a group of its own', () => {
    const areas = [{ n: 1, track: 'A' }, { n: 2, track: 'A' }, { n: 3, track: 'B' }, { n: 4, track: null }, { n: 5, track: 'A' }];
    assert.deepEqual(groupByTrack(areas).map((t) => [t.name, t.focusAreas.map((a) => a.n)]), [['A', [1, 2, 5]], ['B', [3]], [null, [4]]]);
  });
});

describe('which strategy quotes the target groups', () => {
  const cases: [{ key: string; name: string; kind: string }, boolean][] = [
    [{ key: 'vulnerable-plan', name: 'Plan for socialt udsatte voksne 2018–2021', kind: 'plan' }, true],
    [{ key: 'psychiatry-strategy', name: 'Strategi for Psykiatri og Socialt Udsatte', kind: 'strategy' }, true],
    [{ key: 'egen-plan', name: 'Udsatteplan', kind: 'plan' }, true],
    [{ key: 'disability-plan', name: 'Handicapplan for voksne', kind: 'plan' }, false],
    [{ key: 'policy-2023', name: 'Politik for socialt udsatte og handicap', kind: 'policy' }, false],
  ];
  for (const [strategy, expected] of cases) test(`${strategy.key}: ${expected}`, () => assert.equal(quotesTargetGroups(strategy), expected));
  test('the overview covers the year and the four before', () => assert.deepEqual(targetGroupYears(2025), { fromYear: 2021, toYear: 2025 }));
});

describe('figures as written', () => {
  const cases: [Parameters<typeof figureText>, string][] = [
    [['count', 1234], '1.234'],
    [['count', 0], '0'],
    [['share', 0.625], '62,5 %'],
    [['share', 0.5], '50 %'],
    [['mean', 3], '3,0'],
    [['count', null], '–'],
    [['share', 0.625, 'en'], '62.5 %'],
  ];
  for (const [args, expected] of cases) test(`${args.join(' ')} → ${expected}`, () => assert.equal(figureText(...args), expected));
});
