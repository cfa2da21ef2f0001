import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateCodec, integerCodec, joinFields, numberCodec, splitFields, textCodec, timeCodec, timestampCodec } from '../../src/interop/hsds/field-codec.js';
import { detectKind } from '../../src/interop/hsds/json-document.js';
import { locationColumns, locationFields } from '../../src/interop/hsds/location-mapping.js';
import { offerFactColumns, reconcileAttributes, type MestringFact } from '../../src/interop/hsds/mestring-attributes.js';
import { fixedMestringTerms, legalBasisTerm, mestringTaxonomies, mestringTaxonomyId, mestringTermId } from '../../src/interop/hsds/mestring-taxonomies.js';
import { MESTRING_HSDS_NAMESPACE, URL_NAMESPACE, uuidV5 } from '../../src/interop/hsds/name-based-id.js';
import { scheduleColumns, scheduleFields } from '../../src/interop/hsds/schedule-mapping.js';
import { serviceColumns, serviceFields } from '../../src/interop/hsds/service-mapping.js';
import { taxonomyFilter, termFilter } from '../../src/interop/hsds/taxonomy-filters.js';

/** Column ↔ HSDS mapping (decision 0005): what goes into columns, what stays in hsds_extra, and what comes back. */

describe('name-based ids', () => {
  test('uuidV5 gives the RFC test vector, and the Mestring namespace is derived as documented', () => {
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.equal(MESTRING_HSDS_NAMESPACE, uuidV5('urn:mestring:hsds', URL_NAMESPACE));
  });

  test("Mestring's taxonomy and term ids are fixed for ever", () => {
    // Other systems rely on these: a change here breaks them.
    assert.equal(mestringTaxonomyId('target-group'), '000fbe77-7f0e-5e20-890a-51c1868a727d');
    assert.equal(mestringTermId('target-group', 'autism'), 'c15fe367-d934-5993-8051-88853d1eb10a');
    assert.equal(legalBasisTerm('SEL §85').id, 'ab9875b0-de3f-57e2-a093-cd130a3ca597');
    const ids = [...mestringTaxonomies.map((t) => t.id), ...fixedMestringTerms.map((t) => t.id)];
    assert.equal(new Set(ids).size, ids.length, 'no two share an id');
  });
});

describe('a field goes into its column when the column holds it exactly; otherwise it is kept as it came', () => {
  const cases: Array<[string, ReturnType<typeof textCodec>, unknown, unknown, boolean]> = [
    // [what, codec, HSDS value, column value (undefined: not held), kept in hsds_extra too]
    ['text', textCodec('name', 'name', 300), 'Værested', 'Værested', false],
    ['too long text', textCodec('name', 'name', 3), 'Værested', undefined, true],
    ['empty text', textCodec('alternate_name'), '', undefined, true],
    ['integer', integerCodec('minimum_age', 'minimum_age', 0, 130), 12, 12, false],
    ['fraction', integerCodec('minimum_age', 'minimum_age', 0, 130), 12.5, undefined, true],
    ['number as text', integerCodec('minimum_age', 'minimum_age', 0, 130), '12', undefined, true],
    ['latitude out of range', numberCodec('latitude', 'latitude', -90, 90), 100, undefined, true],
    ['date', dateCodec('valid_from'), '2026-03-29', '2026-03-29', false],
    ['impossible date', dateCodec('valid_from'), '2026-02-30', undefined, true],
    ['time with seconds', timeCodec('opens_at'), '10:00:00', '10:00:00', false],
    ['time without seconds: column and the original', timeCodec('opens_at'), '10:00', '10:00:00', true],
    ['time with an offset', timeCodec('opens_at'), '10:00-05:00', undefined, true],
    ['canonical date-time', timestampCodec('last_modified', 'updated_at'), '2023-03-15T10:30:45.123Z', new Date('2023-03-15T10:30:45.123Z'), false],
    ['date-time in year 0', timestampCodec('last_modified', 'updated_at'), '0000-01-01T00:00:00Z', undefined, true],
    ['date-time with an offset', timestampCodec('last_modified', 'updated_at'), '2023-03-15T12:30:45+02:00', new Date('2023-03-15T10:30:45Z'), true],
  ];
  for (const [what, codec, value, column, kept] of cases) {
    test(what, () => {
      const { columns, extra } = splitFields({ [codec.field]: value }, [codec], []);
      assert.deepEqual(columns[codec.column], column);
      assert.equal(Object.hasOwn(extra, codec.field), kept);
      // And back: the value exactly as it came.
      assert.deepEqual(joinFields(columns, extra, [codec], []), { [codec.field]: value });
    });
  }

  test('the column wins once it says something else', () => {
    const codec = timeCodec('opens_at');
    const { columns, extra } = splitFields({ opens_at: '10:00' }, [codec], []);
    assert.deepEqual(joinFields({ ...columns, opens_at: '11:30:00' }, extra, [codec], []), { opens_at: '11:30:00' });
  });

  test('fields without a column, odd values included, stay as they came; empty relations are kept', () => {
    const object = { timezone: 3, count: '3', notes: null, schedules: [], organization: { id: 'x' } };
    const { extra } = splitFields(object, [], ['schedules', 'organization']);
    assert.deepEqual(extra, { timezone: 3, count: '3', notes: null, schedules: [] });
  });
});

describe('services', () => {
  const service = {
    id: 'AC148810-D857-441C-9679-408F346DE14B',
    name: 'Samvær',
    status: 'active',
    minimum_age: 40,
    maximum_age: 18,
    languages: [{ id: '2989d3ed-c547-48f8-8f9d-432d81c7892e', name: 'Urdu', code: 'ur' }],
    wait_time: 'two weeks',
    organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
  };

  test('to columns: an upper-case id in lower case, an age range that is none kept aside, language codes', () => {
    const { columns, problems } = serviceColumns(service);
    assert.deepEqual(problems, []);
    assert.equal(columns.offer_id, 'ac148810-d857-441c-9679-408f346de14b');
    assert.deepEqual([columns.minimum_age, columns.maximum_age], [null, null]);
    assert.deepEqual(columns.language_codes, ['ur']);
    assert.deepEqual(columns.hsds_extra, { id: service.id, minimum_age: 40, maximum_age: 18, wait_time: 'two weeks', organization_id: service.organization_id });
    assert.equal(columns.free_of_charge, false, 'not free unless an attribute says so');
  });

  test('and back, exactly, with last_modified from the row', () => {
    const { columns } = serviceColumns(service);
    const updated = new Date('2026-01-02T03:04:05.000Z');
    assert.deepEqual(serviceFields({ ...columns, organization_id: service.organization_id, updated_at: updated }), { ...service, last_modified: updated.toISOString() });
  });

  test('a name Mestring cannot keep is a problem', () => {
    assert.deepEqual(serviceColumns({ ...service, name: '' }).problems, [{ field: 'name', reason: 'must be 1 to 300 characters long in Mestring' }]);
  });
});

describe("Mestring's attributes", () => {
  const attribute = (termId: string, value?: string) => ({ id: uuidV5(`${termId}/${value}`, URL_NAMESPACE), taxonomy_term_id: termId, ...(value === undefined ? {} : { value }) });

  test('fill the columns (single-valued facts take the first; values Mestring cannot read are left)', () => {
    const columns = offerFactColumns([
      attribute(mestringTermId('target-group', 'autism')),
      attribute(mestringTermId('target-group', 'autism')),
      attribute(mestringTermId('life-domain', 'housing')),
      attribute(mestringTermId('offer-conditions', 'capacity-places'), '12'),
      attribute(mestringTermId('offer-conditions', 'capacity-free'), 'some'),
      attribute(mestringTermId('offer-conditions', 'self-referral'), 'false'),
      attribute(mestringTermId('offer-conditions', 'free-of-charge')),
      { id: 'x', taxonomy_term: { id: legalBasisTerm('SEL §85').id, code: 'SEL §85', name: 'SEL §85', description: '', taxonomy_id: mestringTaxonomyId('legal-basis') } },
      { id: 'y', taxonomy_term: { id: legalBasisTerm('SEL §85').id, code: 'SEL §86', name: 'forged', description: '', taxonomy_id: mestringTaxonomyId('legal-basis') } },
      attribute('3f7b145d-84af-42d7-8fae-eaca714b02b2'),
    ]);
    assert.deepEqual(columns, {
      target_groups: ['autism'],
      life_domains: ['housing'],
      legal_basis: 'SEL §85',
      offer_type: null,
      accessibility: [],
      free_of_charge: true,
      self_referral: false,
      capacity_places: 12,
      capacity_free: null,
      waiting_list: null,
      easy_read: null,
      pictogram: null,
    });
  });

  const autism: MestringFact = { taxonomy: 'target-group', code: 'autism' };
  const adhd: MestringFact = { taxonomy: 'target-group', code: 'adhd' };
  const places = (n: string): MestringFact => ({ taxonomy: 'offer-conditions', code: 'capacity-places', value: n });
  const foreign = attribute('3f7b145d-84af-42d7-8fae-eaca714b02b2', 'x');
  const cases: Array<[string, unknown[], MestringFact[], Array<string | undefined>]> = [
    // [what, attributes that came, facts the columns hold, the exported attributes' term codes or values]
    ['nothing changed: exactly what came', [attribute(mestringTermId('target-group', 'autism')), foreign], [autism], ['autism', 'x']],
    ['a fact dropped in Mestring: its attribute goes', [attribute(mestringTermId('target-group', 'autism')), foreign], [], ['x']],
    ['a fact added in Mestring: an attribute comes', [foreign], [adhd], ['x', 'adhd']],
    ['a value changed: the old attribute goes, a new one comes', [attribute(mestringTermId('offer-conditions', 'capacity-places'), '007')], [places('9')], ['9']],
    ['the same value written otherwise stays as it came', [attribute(mestringTermId('offer-conditions', 'capacity-places'), '007')], [places('7')], ['007']],
    ['a value Mestring cannot read stays', [attribute(mestringTermId('offer-conditions', 'capacity-places'), 'many')], [places('5')], ['many', '5']],
  ];
  for (const [what, came, desired, expected] of cases) {
    test(`reconcile: ${what}`, () => {
      const result = reconcileAttributes(came, desired, { id: '01a235da-f3f2-7a0e-baea-23a816a00e6f', entity: 'service' }) as Array<Record<string, any>>;
      assert.deepEqual(
        result.map((a) => a.value ?? fixedMestringTerms.find((t) => t.id === a.taxonomy_term_id)?.code),
        expected,
      );
    });
  }

  test('term and taxonomy filters: columns for Mestring terms, attributes for the rest', () => {
    assert.deepEqual(termFilter(mestringTermId('target-group', 'autism'), []), { kind: 'contains', column: 'target_groups', code: 'autism' });
    assert.deepEqual(termFilter(legalBasisTerm('SEL §104').id, ['SEL §85', 'SEL §104']), { kind: 'equals', column: 'legal_basis', value: 'SEL §104' });
    assert.deepEqual(termFilter(mestringTermId('offer-conditions', 'free-of-charge'), []), { kind: 'flag', column: 'free_of_charge' });
    assert.deepEqual(termFilter('3f7b145d-84af-42d7-8fae-eaca714b02b2', []), { kind: 'attribute', termIds: ['3f7b145d-84af-42d7-8fae-eaca714b02b2'], taxonomyId: null });
    assert.deepEqual(taxonomyFilter(mestringTaxonomyId('life-domain'), []), { kind: 'not-empty', column: 'life_domains' });
    assert.equal((taxonomyFilter(mestringTaxonomyId('offer-conditions'), []) as { of: unknown[] }).of.length, 7);
  });
});

describe('locations', () => {
  const location = {
    id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
    location_type: 'physical',
    latitude: 100,
    longitude: 10.03,
    addresses: [
      { id: '74706e55-df26-4b84-80fe-ecc30b5befb4', address_1: 'Box 12', city: 'Randers', state_province: '', postal_code: '8900', country: 'DK', address_type: 'postal' },
      { id: '84706e55-df26-4b84-80fe-ecc30b5befb4', address_1: 'Vestergade 1', city: 'Randers C', state_province: '', postal_code: '8900', country: 'DK', address_type: 'physical' },
    ],
  };

  test('the address columns come from the physical address; the addresses and an odd latitude stay as they came', () => {
    const columns = locationColumns(location);
    assert.deepEqual([columns.address_line, columns.postal_code, columns.city, columns.latitude, columns.longitude], ['Vestergade 1', '8900', 'Randers C', null, 10.03]);
    assert.deepEqual(locationFields({ ...columns, organization_id: null }), location);
  });

  test('a changed address column is written back into that address', () => {
    const columns = locationColumns(location);
    const out = locationFields({ ...columns, address_line: 'Vestergade 3', organization_id: null }) as { addresses: Array<{ address_1: string }> };
    assert.deepEqual(out.addresses.map((a) => a.address_1), ['Box 12', 'Vestergade 3']);
  });
});

describe('schedules', () => {
  const own = (validFrom: string) => ({ ...scheduleColumns({ id: '48102e86-bb50-41c4-8f1e-e269368c41d1', opens_at: '10:00:00', valid_from: validFrom }), offer_id: null, location_id: null, offer_location_id: null });
  const cases: Array<[string, number]> = [
    ['2026-03-28', 1],
    ['2026-03-29', 2],
    ['2026-10-24', 2],
    ['2026-10-25', 1],
  ];
  for (const [day, offset] of cases) {
    test(`Mestring's schedule from ${day} exports timezone ${offset} (Danish time that day)`, () => {
      assert.equal(scheduleFields(own(day), new Date('2026-07-01T00:00:00Z')).timezone, offset);
    });
  }

  const rule = (columns: Record<string, unknown>) => {
    const out = scheduleFields({ ...own('2026-01-05'), ...columns }, new Date());
    return Object.fromEntries(['freq', 'interval', 'byday', 'count', 'until', 'notes'].filter((k) => out[k] !== undefined).map((k) => [k, out[k]]));
  };
  const recurrences: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['weekly stays weekly', { freq: 'WEEKLY', byday: 'TU' }, { freq: 'WEEKLY', byday: 'TU' }],
    ['daily is weekly on every day', { freq: 'DAILY' }, { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' }],
    ['daily on some days is weekly on those', { freq: 'DAILY', interval: 1, byday: 'MO,FR' }, { freq: 'WEEKLY', interval: 1, byday: 'MO,FR' }],
    ['every other day is said in notes', { freq: 'DAILY', interval: 2, until: '2026-12-31' }, { notes: 'RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261231' }],
    ['yearly is said in notes', { freq: 'YEARLY', count: 3 }, { notes: 'RRULE:FREQ=YEARLY;COUNT=3' }],
  ];
  for (const [what, columns, expected] of recurrences) test(`HSDS knows WEEKLY and MONTHLY only: ${what}`, () => assert.deepEqual(rule(columns), expected));

  test('an imported timezone stays as it came, even where HSDS asks for a number', () => {
    const columns = { ...scheduleColumns({ id: '48102e86-bb50-41c4-8f1e-e269368c41d1', opens_at: '10:00', timezone: '3' }), offer_id: null, location_id: null, offer_location_id: null };
    assert.deepEqual(scheduleFields(columns, new Date()), { id: '48102e86-bb50-41c4-8f1e-e269368c41d1', opens_at: '10:00', timezone: '3' });
  });
});

describe('which HSDS object a JSON object is', () => {
  const cases: Array<[Record<string, unknown>, string | undefined]> = [
    [{ id: 'x', name: 'n', status: 'active' }, 'service'],
    [{ id: 'x', location_type: 'physical' }, 'location'],
    [{ id: 'x', location: {}, service: {} }, 'service_at_location'],
    [{ id: 'x', name: 'n', description: 'd', code: 'c' }, 'taxonomy_term'],
    [{ id: 'x', name: 'n', description: 'd', version: '1' }, 'taxonomy'],
    [{ id: 'x', name: 'n', description: 'd', website: 'https://example.dk' }, 'organization'],
    [{ id: 'x', name: 'n', description: 'd' }, undefined],
  ];
  for (const [object, kind] of cases) test(`${JSON.stringify(object)} → ${kind}`, () => assert.equal(detectKind(object), kind));
});
