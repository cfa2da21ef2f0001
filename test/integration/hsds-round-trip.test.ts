import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { exportHsdsTabular } from '../../src/features/hsds/export-hsds-tabular.js';
import { importHsds, type ImportHsdsResult } from '../../src/features/hsds/import-hsds.js';
import { readHsdsSource } from '../../src/interop/hsds/read-hsds-source.js';
import { hsdsObjectNames, hsdsSchema } from '../../src/interop/hsds/hsds-validator.js';
import { tableFile } from '../../src/interop/hsds/tabular-package.js';
import { newId } from '../../src/platform/ids.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The official HSDS 3.0 examples (test/fixtures/hsds, from openreferral/specification 3.0) import without loss and
 * export back deep-equal: each "full" object through its /api/hsds/{...}/{id} endpoint, each list file's contents
 * through its list endpoint, and the tabular CSV package as its JSON form (examples/tabular.json). Each example
 * goes into a municipality of its own, so they cannot meet.
 */

const fixtures = new URL('../fixtures/hsds/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as Record<string, any>;
const fixturePath = (name: string) => new URL(name, fixtures).pathname;

/**
 * tabular.json, typed as the schemas type its columns: the example writes two text columns that hold digits
 * (locations.external_identifier, organization_identifiers.identifier) as JSON numbers, which its own schema
 * refuses; the CSV file has the same digits, which the schema makes text.
 */
function tabularExample(): Record<string, Array<Record<string, unknown>>> {
  const tables = fixture('tabular.json') as Record<string, Array<Record<string, unknown>>>;
  for (const name of hsdsObjectNames) {
    const properties = hsdsSchema(name).properties;
    for (const row of tables[tableFile(name)] ?? []) {
      for (const [key, value] of Object.entries(row)) if (properties[key]?.type === 'string' && typeof value === 'number') row[key] = String(value);
    }
  }
  return tables;
}

let t: TestApp;
const tenants = new Map<string, string>();
const examples = ['service_full', 'organization_full', 'service_at_location_full', 'service_list', 'organization_list', 'service_at_location_list', 'taxonomy', 'taxonomy_list', 'taxonomy_term', 'taxonomy_term_list', 'csv'];
const slugOf = (example: string) => `hsds-${example.replaceAll('_', '-')}`;

async function importInto(example: string, path: string): Promise<ImportHsdsResult> {
  const result = await importHsds(t.database.db, { tenantId: tenants.get(example)!, source: await readHsdsSource(path), skipInvalid: false, draft: false, now: t.clock.now });
  assert.deepEqual(result.problems, []);
  assert.equal(result.imported, true);
  return result;
}

async function get(example: string, path: string): Promise<any> {
  const res = await t.request(null, { method: 'GET', url: `/api/hsds${path}${path.includes('?') ? '&' : '?'}municipality=${slugOf(example)}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

before(async () => {
  t = await createTestApp();
  // Municipalities of their own, made before the first request so the app's municipality list has them.
  for (const example of examples) {
    const tenantId = newId();
    await t.database.db.insertInto('tenant').values({ tenant_id: tenantId, slug: slugOf(example), name: `HSDS ${example}`, settings: '{}' }).execute();
    tenants.set(example, tenantId);
  }
});

after(async () => {
  await t?.close();
});

describe('the full objects export back deep-equal', () => {
  test('service_full.json through /services/{id}', async () => {
    const example = fixture('service_full.json');
    const result = await importInto('service_full', fixturePath('service_full.json'));
    assert.deepEqual(result.counts, { services: 1, organizations: 1, locations: 1, serviceAtLocations: 1, schedules: 1, taxonomies: 1, taxonomyTerms: 1, unlinkedRows: 0 });
    assert.deepEqual(await get('service_full', `/services/${example.id}`), example);
  });

  test('organization_full.json through /organizations/{id}?full_service=true', async () => {
    const example = fixture('organization_full.json');
    await importInto('organization_full', fixturePath('organization_full.json'));
    assert.deepEqual(await get('organization_full', `/organizations/${example.id}?full_service=true`), example);
  });

  test('service_at_location_full.json through /service_at_locations/{id}', async () => {
    const example = fixture('service_at_location_full.json');
    await importInto('service_at_location_full', fixturePath('service_at_location_full.json'));
    assert.deepEqual(await get('service_at_location_full', `/service_at_locations/${example.id}`), example);
  });

  test('taxonomy.json and taxonomy_term.json through /taxonomies/{id} and /taxonomy_terms/{id}', async () => {
    const taxonomy = fixture('taxonomy.json');
    await importInto('taxonomy', fixturePath('taxonomy.json'));
    assert.deepEqual(await get('taxonomy', `/taxonomies/${taxonomy.id}`), taxonomy);
    const term = fixture('taxonomy_term.json');
    await importInto('taxonomy_term', fixturePath('taxonomy_term.json'));
    assert.deepEqual(await get('taxonomy_term', `/taxonomy_terms/${term.id}`), term);
  });
});

describe('the list files export back with the same contents', () => {
  const lists: Array<[string, string]> = [
    ['service_list', '/services'],
    ['organization_list', '/organizations'],
    ['service_at_location_list', '/service_at_locations'],
    ['taxonomy_list', '/taxonomies'],
    ['taxonomy_term_list', '/taxonomy_terms'],
  ];
  for (const [example, path] of lists) {
    test(`${example}.json through ${path}`, async () => {
      const expected = fixture(`${example}.json`);
      await importInto(example, fixturePath(`${example}.json`));
      const page = await get(example, path);
      assert.deepEqual(page.contents, expected.contents);
      // The envelope is the example's, with this municipality's numbers.
      assert.deepEqual(Object.keys(page).sort(), Object.keys(expected).sort());
      assert.deepEqual({ ...page, contents: [] }, { total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents: [] });
    });
  }
});

describe('the tabular package', () => {
  test('the CSV package imports and exports back equal to its JSON form (tabular.json)', async () => {
    const result = await importInto('csv', fixturePath('csv'));
    // The example's attribute, metadata and meta_table_description rows name nothing in the package: kept aside.
    assert.equal(result.counts.unlinkedRows, 3);
    const tables = await exportHsdsTabular(t.database.db, tenants.get('csv')!, t.clock.now);
    assert.deepEqual(tables, tabularExample());
  });

  test('importing the same package again changes nothing: same rows, same export', async () => {
    const tenantId = tenants.get('csv')!;
    const count = async (table: 'offer' | 'organization' | 'location' | 'offer_location' | 'offer_schedule' | 'taxonomy_term' | 'hsds_unlinked_row') =>
      Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);
    const before = await Promise.all((['offer', 'organization', 'location', 'offer_location', 'offer_schedule', 'taxonomy_term', 'hsds_unlinked_row'] as const).map(count));
    await importInto('csv', fixturePath('csv'));
    const afterCounts = await Promise.all((['offer', 'organization', 'location', 'offer_location', 'offer_schedule', 'taxonomy_term', 'hsds_unlinked_row'] as const).map(count));
    assert.deepEqual(afterCounts, before);
    assert.deepEqual(await exportHsdsTabular(t.database.db, tenantId, t.clock.now), tabularExample());
  });

  test('a JSON example imported again is updated in place, not doubled', async () => {
    const example = fixture('service_full.json');
    await importInto('service_full', fixturePath('service_full.json'));
    const offers = await t.database.db.selectFrom('offer').select(['offer_id', 'version']).where('tenant_id', '=', tenants.get('service_full')!).execute();
    assert.deepEqual(offers.map((o) => o.offer_id), [example.id]);
    assert.equal(offers[0]!.version, 2, 'the second import updated the row');
    assert.deepEqual(await get('service_full', `/services/${example.id}`), example);
  });
});
