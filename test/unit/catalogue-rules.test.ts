import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageEligible, ageGroupsOf, targetGroupEligible } from '../../src/domain/catalogue-vocabulary.js';
import { distanceKm, resolveNear } from '../../src/domain/geo.js';
import { isPossiblyOutdated, mayManageOffer, nextLifecycle, type Lifecycle, type LifecycleAction } from '../../src/domain/offer-upkeep.js';
import { isWithinUnit } from '../../src/domain/org-tree.js';
import { searchWords } from '../../src/features/offers/search-offers.js';
import { summaryOf } from '../../src/features/offers/present-offer.js';

describe('eligibility by age and target group', () => {
  const ages: [number, number | null, number | null, boolean][] = [
    [17, 18, null, false],
    [18, 18, null, true],
    [64, null, 64, true],
    [65, null, 64, false],
    [16, 16, 17, true],
    [40, null, null, true],
  ];
  for (const [age, min, max, expected] of ages) test(`age ${age} in ${min ?? '…'}-${max ?? '…'}: ${expected}`, () => assert.equal(ageEligible(age, min, max), expected));

  const groups: [string[], string[], boolean][] = [
    [['autism'], [], true],
    [[], ['autism'], false],
    [['autism', 'adhd'], ['adhd'], true],
    [['homelessness'], ['autism', 'acquired-brain-injury'], false],
  ];
  for (const [citizen, offer, expected] of groups) test(`citizen ${citizen.join('+') || 'none'} for an offer for ${offer.join('+') || 'everyone'}: ${expected}`, () => assert.equal(targetGroupEligible(citizen, offer), expected));

  const rangeGroups: [number | null, number | null, string[]][] = [
    [null, null, ['youth', 'young-adults', 'adults', 'seniors']],
    [16, 17, ['youth']],
    [18, 29, ['young-adults']],
    [25, 40, ['young-adults', 'adults']],
    [65, null, ['seniors']],
    [null, 15, []],
  ];
  for (const [min, max, expected] of rangeGroups) test(`age groups of ${min ?? '…'}-${max ?? '…'}`, () => assert.deepEqual(ageGroupsOf(min, max), expected));
});

describe('offer upkeep', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  test('possibly outdated after 12 months without confirmation, or never confirmed', () => {
    assert.equal(isPossiblyOutdated(new Date('2025-12-03T10:00:00Z'), now), false);
    assert.equal(isPossiblyOutdated(new Date('2025-12-01T10:00:00Z'), now), true);
    assert.equal(isPossiblyOutdated(null, now), true);
    assert.equal(isPossiblyOutdated(new Date('2026-06-01T00:00:00Z'), now, 3), true);
  });

  const transitions: [Lifecycle, LifecycleAction, Lifecycle | null][] = [
    ['draft', 'publish', 'published'],
    ['published', 'publish', null],
    ['published', 'archive', 'archived'],
    ['archived', 'archive', null],
    ['archived', 'publish', 'published'],
    ['published', 'unpublish', 'draft'],
    ['draft', 'unpublish', null],
    ['published', 'confirm', 'published'],
    ['draft', 'confirm', 'draft'],
    ['archived', 'confirm', null],
  ];
  for (const [from, action, to] of transitions) test(`${from} + ${action} → ${to ?? 'refused'}`, () => assert.equal(nextLifecycle(from, action), to));

  const units = [
    { id: 'centre', parentId: null },
    { id: 'perron4', parentId: 'centre' },
    { id: 'slotsgaarden', parentId: 'centre' },
    { id: 'cafe', parentId: 'perron4' },
  ];
  test('an owner keeps their unit and the units below it; the administrator keeps all', () => {
    const owner = (orgUnitId: string | null) => ({ roles: ['offer-owner'] as const, orgUnitId });
    assert.equal(mayManageOffer(owner('perron4'), units, 'perron4'), true);
    assert.equal(mayManageOffer(owner('perron4'), units, 'cafe'), true);
    assert.equal(mayManageOffer(owner('perron4'), units, 'slotsgaarden'), false);
    assert.equal(mayManageOffer(owner('centre'), units, 'slotsgaarden'), true);
    assert.equal(mayManageOffer(owner(null), units, 'perron4'), false);
    assert.equal(mayManageOffer(owner('perron4'), units, null), false);
    assert.equal(mayManageOffer({ roles: ['support-worker'], orgUnitId: 'perron4' }, units, 'perron4'), false);
    assert.equal(mayManageOffer({ roles: ['admin'], orgUnitId: null }, units, null), true);
    assert.equal(isWithinUnit([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], 'a', 'c'), false, 'a cycle ends the walk');
  });
});

describe('places and words', () => {
  test('distance: Randers to Aarhus is about 36 km, a point to itself 0', () => {
    const randers = { latitude: 56.4607, longitude: 10.0364 };
    assert.ok(Math.abs(distanceKm(randers, { latitude: 56.1567, longitude: 10.2108 }) - 36) < 1.5);
    assert.equal(distanceKm(randers, randers), 0);
  });

  test('"near" understands coordinates, postal codes inside addresses, and says when it does not', () => {
    assert.deepEqual(resolveNear('56.46, 10.03'), { latitude: 56.46, longitude: 10.03, label: '56.4600, 10.0300' });
    assert.equal(resolveNear('Østervold 6, 8900 Randers')!.label, '8900 Randers C');
    assert.equal(resolveNear('8970')!.label, '8970 Havndal');
    assert.equal(resolveNear('Atlantis'), null);
    assert.equal(resolveNear('1234'), null);
    assert.equal(resolveNear('91,200'), null);
  });

  test('search words: control characters go, words stay, nothing but punctuation is no search', () => {
    assert.equal(searchWords('  svømning \u0000 for\talle '), 'svømning for alle');
    assert.equal(searchWords('"!#(&'), null);
    assert.equal(searchWords(undefined), null);
    assert.equal(searchWords('§85'), '§85');
  });

  test('a summary ends at a sentence or a word, never inside one', () => {
    const long = 'Første sætning er her. ' + 'ord '.repeat(80);
    assert.equal(summaryOf(long, 60), 'Første sætning er her.');
    const words = 'ordet '.repeat(60);
    assert.ok(summaryOf(words, 50).endsWith('ordet …'));
    assert.equal(summaryOf('Kort.'), 'Kort.');
  });
});
