import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ffbOfferTypes } from '../../src/domain/ffb-offer-types.js';
import { housingProjectStatuses, netPlaceChange, netPlacesOf, placesStillToCome, referenceDays, yearRangeProblem, type HousingProjectStatus } from '../../src/domain/housing-plan.js';
import { freePlaces, isResidentialOffer, paragraphOf, residentialOfferTypeCodes } from '../../src/domain/residential-offers.js';
import { projectedSelfSufficiencyPermille, selfSufficiencyPermille } from '../../src/domain/self-sufficiency.js';
import { readDemoHousingProjects } from '../../src/features/demo/load-demo-housing.js';
import { da } from '../../src/web/features/housing/i18n/da.js';
import { en } from '../../src/web/features/housing/i18n/en.js';

const code = (display: string) => ffbOfferTypes.find((t) => t.display === display)!.code;

describe('residential offers', () => {
  const paragraphs: [string | null, string | null][] = [
    ['SEL §108', '108'],
    ['SEL § 107', '107'],
    ['Serviceloven §107, stk. 2', '107'],
    ['SEL §§ 107/108', '107'],
    ['SEL §1070', '1070'],
    ['STU-loven', null],
    [null, null],
  ];
  for (const [legalBasis, expected] of paragraphs) test(`the paragraph of ${JSON.stringify(legalBasis)} is ${expected}`, () => assert.equal(paragraphOf(legalBasis), expected));

  const offers: [string, { legalBasis: string | null; offerType: string | null }, boolean][] = [
    ['a §108 offer', { legalBasis: 'SEL §108', offerType: null }, true],
    ['a §107 offer', { legalBasis: 'SEL § 107', offerType: null }, true],
    ['a shelter (§110), even with the type "midlertidigt ophold"', { legalBasis: 'SEL §110', offerType: code('Midlertidigt ophold') }, false],
    ['support in one’s own home (§85)', { legalBasis: 'SEL §85', offerType: code('Socialpædagogisk støtte') }, false],
    ['§1070 is not §107', { legalBasis: 'SEL §1070', offerType: null }, false],
    ['a housing-like offer without a paragraph', { legalBasis: null, offerType: code('Botilbudslignende tilbud') }, true],
    ['a general home for elderly and disabled people (under housing-like)', { legalBasis: 'ABL §105', offerType: code('Almen ældre- og handicapvenlig bolig') }, true],
    ['a secured long-term residential offer (three levels down)', { legalBasis: null, offerType: code('Sikret længerevarende botilbud til voksne') }, true],
    ['an activity offer', { legalBasis: 'SEL §104', offerType: code('Aktivitets- og samværstilbud') }, false],
    ['nothing known', { legalBasis: null, offerType: null }, false],
  ];
  for (const [what, offer, expected] of offers) test(`${what}: ${expected ? 'residential' : 'not residential'}`, () => assert.equal(isResidentialOffer(offer), expected));

  test('the residential FFB types are the two roots and the five types below them', () => {
    const displays = residentialOfferTypeCodes.map((c) => ffbOfferTypes.find((t) => t.code === c)!.display).sort();
    assert.deepEqual(displays, [
      'Almen ældre- og handicapvenlig bolig',
      'Almindeligt længerevarende botilbud til voksne',
      'Botilbud til voksne',
      'Botilbudslignende tilbud',
      'Længerevarende botilbud til voksne',
      'Midlertidigt botilbud til voksne',
      'Sikret længerevarende botilbud til voksne',
    ]);
  });

  const free: [string, { places: number | null; reportedFree: number | null; occupied: number }, number | null][] = [
    ["the offer's own figure wins", { places: 12, reportedFree: 2, occupied: 5 }, 2],
    ['otherwise places less occupied', { places: 12, reportedFree: null, occupied: 5 }, 7],
    ['never below zero', { places: 3, reportedFree: null, occupied: 4 }, 0],
    ['unknown without places', { places: null, reportedFree: null, occupied: 4 }, null],
  ];
  for (const [what, offer, expected] of free) test(`free places: ${what}`, () => assert.equal(freePlaces(offer), expected));
});

describe('years of the self-sufficiency rate', () => {
  const ranges: [number, number, ReturnType<typeof yearRangeProblem>][] = [
    [2022, 2026, null],
    [2026, 2026, null],
    [2027, 2026, 'backwards'],
    [1977, 2026, null],
    [1976, 2026, 'too-long'],
    [2024, 2027, 'future'],
  ];
  for (const [from, to, expected] of ranges) test(`${from}–${to} in 2026: ${expected ?? 'fine'}`, () => assert.equal(yearRangeProblem(from, to, 2026), expected));

  test('31 December of past years, today for the current year', () => {
    assert.deepEqual(referenceDays(2024, 2026, '2026-11-22'), [
      { year: 2024, day: '2024-12-31', current: false },
      { year: 2025, day: '2025-12-31', current: false },
      { year: 2026, day: '2026-11-22', current: true },
    ]);
  });
});

describe('the rate and the projection', () => {
  const rates: [number, number, number | null][] = [
    [61, 100, 610],
    [1, 3, 333],
    [2, 3, 667],
    [1, 8, 125],
    [1, 2000, 1],
    [0, 5, 0],
    [0, 0, null],
  ];
  for (const [own, total, expected] of rates) test(`${own} of ${total} is ${expected} ‰ (half up)`, () => assert.equal(selfSufficiencyPermille(own, total), expected));

  const project = (status: HousingProjectStatus, ...changes: number[]) => ({ status, placeChanges: changes.map((change) => ({ legalBasis: 'SEL §108', change })) });
  test('only ongoing and not started projects bring places still to come, net of closures', () => {
    assert.equal(netPlaceChange([{ legalBasis: 'SEL §108', change: 12 }, { legalBasis: 'SEL §108', change: -8 }]), 4);
    assert.equal(placesStillToCome([project('finished', 6), project('ongoing', 24), project('not-started', 6, -2), project('rejected', 22)]), 28);
    assert.equal(placesStillToCome([]), 0);
    assert.equal(netPlacesOf([project('finished', 6), project('ongoing', 24), project('ongoing', 2), project('not-started', 6)], ['ongoing']), 26);
  });

  test("the demo's Housing plan II: 57 places still to come (Asferg 24, Ladegården 2, Kastanievej 3, Marienborgvej 15 6, 22 homes)", () => {
    const projects = readDemoHousingProjects('randers');
    assert.equal(projects.length, 14);
    assert.equal(placesStillToCome(projects), 57);
    assert.deepEqual(readDemoHousingProjects('soeby'), []);
    // About 61 % of 475 placements, with 57 own places more, reaches the 73 % target.
    assert.equal(projectedSelfSufficiencyPermille({ own: 290, total: 475 }, 57), 731);
  });
});

describe('housing texts', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    typeof value !== 'object' || value === null ? [prefix] : Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
  test('Danish and English have the same keys', () => assert.deepEqual(keysOf(en).sort(), keysOf(da).sort()));
  for (const [name, texts] of [['da', da], ['en', en]] as const) {
    test(`${name}: every project status has a text, and no more`, () => assert.deepEqual(Object.keys(texts.status), [...housingProjectStatuses]));
  }
});
