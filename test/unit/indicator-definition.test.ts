import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkIndicatorDefinition, describeDefinition } from '../../src/domain/indicator-definition.js';
import { shippedIndicators } from '../../src/features/indicators/shipped-indicators.js';

/** Definitions are refused with the reason in Danish and English, and the shipped ones validate. */

const base = { format: 1, source: 'citizen-status', filter: [{ field: 'kind', op: 'eq', value: 'employment' }], period: { date: 'observed-on' }, aggregation: 'count' };

const refused: { name: string; definition: unknown; path: string; da: RegExp; en: RegExp }[] = [
  { name: 'not an object', definition: 'count everything', path: '', da: /Definitionen/, en: /The definition/ },
  { name: 'unknown format', definition: { ...base, format: 2 }, path: 'format', da: /skal være en af «1»/, en: /must be one of "?«1»/ },
  { name: 'unknown source', definition: { ...base, source: 'cases' }, path: 'source', da: /skal være en af/, en: /must be one of/ },
  { name: 'unknown field for the source', definition: { ...base, filter: [{ field: 'life-domain', op: 'eq', value: 'work' }] }, path: 'filter.0.field', da: /har ikke feltet «life-domain»/, en: /has no field "life-domain"/ },
  { name: 'unknown value of a known field', definition: { ...base, filter: [{ field: 'value', op: 'eq', value: 'homeles' }] }, path: 'filter.0.value', da: /kan ikke have værdien «homeles»/, en: /cannot have the value "homeles"/ },
  { name: 'a boolean field compared with text', definition: { ...base, source: 'referrals', filter: [{ field: 'answered', op: 'eq', value: 'yes' }], period: { date: 'sent-on' } }, path: 'filter.0.value', da: /true eller false/, en: /true or false/ },
  { name: 'an empty "in"', definition: { ...base, filter: [{ field: 'kind', op: 'in', values: [] }] }, path: 'filter.0.values', da: /tom/, en: /empty/ },
  { name: 'an unknown operator', definition: { ...base, filter: [{ field: 'kind', op: 'like', value: 'e%' }] }, path: 'filter.0.op', da: /skal være en af|skal være/, en: /must be/ },
  { name: 'a date the source does not have', definition: { ...base, period: { date: 'sent-on' } }, path: 'period.date', da: /har ikke datoen «sent-on»/, en: /has no date "sent-on"/ },
  { name: 'share without numerator', definition: { ...base, aggregation: 'share' }, path: 'numerator', da: /skal have en tæller/, en: /needs a numerator/ },
  { name: 'numerator on a count', definition: { ...base, numerator: [{ field: 'value', op: 'eq', value: 'job' }] }, path: 'numerator', da: /Kun en andel/, en: /Only a share/ },
  { name: 'mean without field', definition: { ...base, source: 'goals', filter: [], period: { date: 'rated-on' }, aggregation: 'mean' }, path: 'field', da: /skal nævne det talfelt/, en: /needs the numeric field/ },
  { name: 'mean of a non-numeric field', definition: { ...base, source: 'goals', filter: [], period: { date: 'rated-on' }, aggregation: 'mean', field: 'status' }, path: 'field', da: /er ikke et tal/, en: /is not a number/ },
  { name: 'a breakdown the source lacks', definition: { ...base, breakdown: 'life-domain' }, path: 'breakdown', da: /kan ikke deles op/, en: /cannot be broken down/ },
  { name: 'an unknown key', definition: { ...base, sql: 'DROP TABLE goal' }, path: '', da: /ukendt felt: «sql»/, en: /unknown field: «sql»/ },
  { name: 'a bad period kind', definition: { ...base, period: { date: 'observed-on', default: 'week' } }, path: 'period.default', da: /skal være en af/, en: /must be one of/ },
];

describe('a definition that does not validate is refused with the reason', () => {
  for (const c of refused) {
    test(c.name, () => {
      const check = checkIndicatorDefinition(c.definition);
      assert.equal(check.ok, false);
      if (check.ok) return;
      const problem = check.problems.find((p) => p.path === c.path);
      assert.ok(problem, `a problem at "${c.path}": ${JSON.stringify(check.problems)}`);
      assert.match(problem.da, c.da);
      assert.match(problem.en, c.en);
    });
  }
});

describe('valid definitions', () => {
  test('defaults: rows all, period month, no breakdown, empty filter', () => {
    const check = checkIndicatorDefinition({ format: 1, source: 'companion-requests', period: { date: 'matched-on' }, aggregation: 'count' });
    assert.ok(check.ok);
    assert.deepEqual(check.definition.filter, []);
    assert.deepEqual(check.definition.period, { date: 'matched-on', rows: 'all', default: 'month' });
    assert.equal(check.definition.breakdown, null);
  });

  test('the six shipped indicators validate, with the keys the strategies link to', () => {
    const keys = shippedIndicators().map((i) => i.key);
    assert.deepEqual(keys.sort(), ['citizen-progress-rating', 'goals-reached-share', 'homeless-citizens', 'job-or-education-share', 'referrals-answered-in-time', 'volunteer-matches']);
  });

  test('each reads in plain words in both languages', () => {
    for (const i of shippedIndicators()) {
      assert.match(describeDefinition(i.definition, 'da'), /Kilde: .*Tal bygget på 1-4 borgere vises ikke\./);
      assert.match(describeDefinition(i.definition, 'en'), /Source: .*Figures built on 1-4 citizens are not shown\./);
    }
    const share = shippedIndicators().find((i) => i.key === 'job-or-education-share')!;
    assert.match(describeDefinition(share.definition, 'da'), /andelen af observationer, hvor status er en af job, education/);
    assert.match(describeDefinition(share.definition, 'da'), /kun den seneste i perioden/);
  });
});
