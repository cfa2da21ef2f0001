import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, mock, test } from 'node:test';
import { sql } from 'kysely';
import { importHsdsCommand } from '../../src/cli/hsds-commands.js';
import { importHsds } from '../../src/features/hsds/import-hsds.js';
import { readHsdsSource } from '../../src/interop/hsds/read-hsds-source.js';
import { legalBasisTerm, mestringTaxonomyId, mestringTermId } from '../../src/interop/hsds/mestring-taxonomies.js';
import { newId } from '../../src/platform/ids.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * `mestring import hsds`: a broken file imports nothing and names each problem (file, row, field, reason);
 * --skip-invalid imports the rest; the import is one transaction; Mestring's attributes fill the columns;
 * --draft keeps offers out of the public catalogue; re-importing replaces what an object lists.
 */

let t: TestApp;
let dir: string;
const db = () => t.database.db;
const slugs = ['imp-strict', 'imp-skip', 'imp-csv', 'imp-csv-skip', 'imp-facts', 'imp-draft', 'imp-links', 'imp-atomic', 'imp-replace', 'imp-cli'] as const;
const tenant = new Map<string, string>();

function service(id: string, overrides: Record<string, unknown> = {}) {
  return { id, name: `Tilbud ${id.slice(0, 4)}`, status: 'active', organization: { id: '6a1f7d2e-0b52-4a3c-9e59-0d1c2b3a4f51', name: 'Foreningen', description: 'En forening' }, ...overrides };
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

async function run(slug: string, path: string, options: { skipInvalid?: boolean; draft?: boolean } = {}) {
  return importHsds(db(), { tenantId: tenant.get(slug)!, source: await readHsdsSource(path), skipInvalid: options.skipInvalid ?? false, draft: options.draft ?? false, now: t.clock.now });
}

async function count(slug: string, table: 'offer' | 'organization' | 'location' | 'offer_location' | 'offer_schedule' | 'taxonomy' | 'taxonomy_term' | 'hsds_unlinked_row'): Promise<number> {
  const row = await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenant.get(slug)!).executeTakeFirstOrThrow();
  return Number(row.n);
}

before(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'mestring-hsds-'));
  for (const slug of slugs) {
    const id = newId();
    await db().insertInto('tenant').values({ tenant_id: id, slug, name: slug, settings: '{}' }).execute();
    tenant.set(slug, id);
  }
});

after(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const good = 'b6a0d0a4-4e7e-4f0c-8d8e-6b1b0b7c1a01';
const badStatus = 'b6a0d0a4-4e7e-4f0c-8d8e-6b1b0b7c1a02';
const badPhone = 'b6a0d0a4-4e7e-4f0c-8d8e-6b1b0b7c1a03';

describe('a JSON file with invalid objects', () => {
  const broken = () =>
    writeJson('broken.json', {
      contents: [
        service(good),
        service(badStatus, { status: 'open on mondays' }),
        service(badPhone, { phones: [{ id: '0e6d3c1a-5a8b-4b7e-9c2d-1f0e3d4c5b6a', number: 5 }], name: 'x'.repeat(301) }),
      ],
    });

  test('imports nothing and reports file, object, field and reason', async () => {
    const result = await run('imp-strict', broken());
    assert.equal(result.imported, false);
    assert.equal(result.skipped, 2);
    assert.deepEqual(result.problems, [
      { file: 'broken.json', row: '$.contents[1]', field: 'status', reason: 'must be one of: active, inactive, defunct, temporarily closed' },
      { file: 'broken.json', row: '$.contents[2]', field: 'phones[0].number', reason: 'must be of type string' },
    ]);
    for (const table of ['offer', 'organization'] as const) assert.equal(await count('imp-strict', table), 0, `no ${table} row`);
  });

  test('--skip-invalid imports the valid objects and still reports the rest', async () => {
    const path = writeJson('broken-long-name.json', [service(good), service(badStatus, { name: 'x'.repeat(301) })]);
    const strict = await run('imp-skip', path);
    assert.deepEqual(strict.problems, [{ file: 'broken-long-name.json', row: '$[1]', field: 'name', reason: 'must be 1 to 300 characters long in Mestring' }]);
    const result = await run('imp-skip', broken(), { skipInvalid: true });
    assert.equal(result.imported, true);
    assert.equal(result.problems.length, 2);
    const offers = await db().selectFrom('offer').select(['offer_id', 'lifecycle']).where('tenant_id', '=', tenant.get('imp-skip')!).execute();
    assert.deepEqual(offers, [{ offer_id: good, lifecycle: 'published' }]);
  });

  test('files that are not HSDS JSON', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"id": ');
    const result = await run('imp-strict', notJson);
    assert.equal(result.problems.length, 1);
    assert.deepEqual([result.problems[0]!.file, result.problems[0]!.row], ['not.json', '$']);
    assert.match(result.problems[0]!.reason, /not valid JSON/);
    const unclear = await run('imp-strict', writeJson('unclear.json', [{ id: good, name: 'A', description: 'B' }, 'text', { id: good, name: 'Nul\u0000', status: 'active', organization_id: good }]));
    assert.deepEqual(
      unclear.problems.map((p) => [p.row, p.field, p.reason]),
      [
        ['$[0]', '', 'cannot tell which HSDS object this is (name it with --type)'],
        ['$[1]', '', 'must be an HSDS object'],
        ['$[2]', 'name', 'contains the NUL character, which cannot be stored'],
      ],
    );
  });
});

describe('a CSV package with invalid rows', () => {
  const brokenPackage = () => {
    const folder = mkdtempSync(join(dir, 'csv-'));
    cpSync(new URL('../fixtures/hsds/csv', import.meta.url).pathname, folder, { recursive: true });
    const services = readFileSync(join(folder, 'services.csv'), 'utf8');
    // Row 2: a second service without a name and with a broken e-mail address; a phone of it in phones.csv.
    writeFileSync(join(folder, 'services.csv'), `${services.trimEnd()}\n0c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,,,,,,not-an-email,active,,,,,,,,,,,,,,\n`);
    const phones = readFileSync(join(folder, 'phones.csv'), 'utf8');
    writeFileSync(join(folder, 'phones.csv'), `${phones.trimEnd()}\n5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c,,0c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99,,,,+45 12 34 56 78,,voice,\n`);
    return folder;
  };

  test('imports nothing and reports file, row, field and reason', async () => {
    const result = await run('imp-csv', brokenPackage());
    assert.equal(result.imported, false);
    assert.deepEqual(
      result.problems.filter((p) => p.file === 'services.csv'),
      [
        { file: 'services.csv', row: 'row 2', field: 'name', reason: 'is required' },
        { file: 'services.csv', row: 'row 2', field: 'email', reason: 'must be a valid email' },
      ],
    );
    assert.deepEqual(result.problems.filter((p) => p.file === 'phones.csv'), [{ file: 'phones.csv', row: 'row 2', field: '', reason: 'belongs to a row that is not valid' }]);
    for (const table of ['offer', 'organization', 'location', 'offer_schedule', 'taxonomy_term', 'hsds_unlinked_row'] as const) assert.equal(await count('imp-csv', table), 0, `no ${table} row`);
  });

  test('--skip-invalid imports the valid rows', async () => {
    const result = await run('imp-csv-skip', brokenPackage(), { skipInvalid: true });
    assert.equal(result.imported, true);
    assert.equal(result.problems.length, 3);
    const offers = await db().selectFrom('offer').select(['offer_id', 'phones']).where('tenant_id', '=', tenant.get('imp-csv-skip')!).execute();
    assert.deepEqual(offers.map((o) => o.offer_id), ['ac148810-d857-441c-9679-408f346de14b']);
    assert.deepEqual((offers[0]!.phones as Array<{ id: string }>).map((p) => p.id), ['1554f2e2-a373-45db-a3fa-9fc48a61c15e']);
  });

  test('a malformed CSV file and a file that is no HSDS table', async () => {
    const folder = mkdtempSync(join(dir, 'csv-bad-'));
    writeFileSync(join(folder, 'organizations.csv'), 'id,name,description\n"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Unclosed quote,x\n');
    writeFileSync(join(folder, 'people.csv'), 'id,name\n1,Bo\n');
    writeFileSync(join(folder, 'taxonomies.csv'), 'id,name,description\n5c4d79d7-cc55-470e-9f1f-8cad074e4892,Navn\n');
    const result = await run('imp-csv', folder);
    assert.deepEqual(
      result.problems.map((p) => [p.file, p.row, p.field]),
      [
        ['organizations.csv', '', ''],
        ['people.csv', '', ''],
        ['taxonomies.csv', 'row 1', ''],
      ],
    );
    assert.match(result.problems[0]!.reason, /not valid CSV/);
    assert.equal(result.problems[1]!.reason, 'is not a table of the HSDS tabular data package');
    assert.equal(result.problems[2]!.reason, 'has 2 fields where the header has 3');
  });
});

describe("Mestring's attributes", () => {
  const serviceId = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
  const legal = legalBasisTerm('SEL §85');
  const document = () =>
    service(serviceId, {
      attributes: [
        { id: '11111111-1111-4111-8111-111111111111', taxonomy_term_id: mestringTermId('target-group', 'autism') },
        { id: '22222222-2222-4222-8222-222222222222', taxonomy_term: { id: legal.id, code: 'SEL §85', name: 'SEL §85', description: '', taxonomy_id: mestringTaxonomyId('legal-basis') } },
        { id: '33333333-3333-4333-8333-333333333333', taxonomy_term_id: mestringTermId('offer-conditions', 'capacity-free'), value: '007' },
        { id: '44444444-4444-4444-8444-444444444444', taxonomy_term_id: mestringTermId('offer-conditions', 'free-of-charge') },
        { id: '55555555-5555-4555-8555-555555555555', taxonomy_term_id: mestringTermId('offer-conditions', 'waiting-list'), value: 'many' },
        { id: '66666666-6666-4666-8666-666666666666', taxonomy_term: { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', name: 'Other', description: 'Another taxonomy' }, value: 'x' },
      ],
    });

  test('fill the columns; every attribute is kept as it came, so the service exports back equal', async () => {
    const result = await run('imp-facts', writeJson('facts.json', document()));
    assert.deepEqual(result.problems, []);
    const offer = await db().selectFrom('offer').selectAll().where('tenant_id', '=', tenant.get('imp-facts')!).executeTakeFirstOrThrow();
    assert.deepEqual(
      [offer.target_groups, offer.legal_basis, offer.capacity_free, offer.free_of_charge, offer.self_referral, offer.waiting_list],
      [['autism'], 'SEL §85', 7, true, false, null],
    );
    const res = await t.request(null, { method: 'GET', url: `/api/hsds/services/${serviceId}?municipality=imp-facts` });
    const exported = res.json();
    delete exported.last_modified;
    assert.deepEqual(exported, document());
    // Mestring's taxonomies became rows, with the legal basis the import named; the foreign term is a row too.
    assert.equal(await count('imp-facts', 'taxonomy'), 6);
    const terms = await db().selectFrom('taxonomy_term').select(['term_id', 'code']).where('tenant_id', '=', tenant.get('imp-facts')!).where('term_id', 'in', [legal.id, '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d']).orderBy('code').execute();
    assert.deepEqual(terms.map((r) => r.code), ['SEL §85', null]);
  });

  test('the columns win on export: a changed fact drops the attribute that says otherwise and adds one for the new fact', async () => {
    await db().updateTable('offer').set({ target_groups: ['adhd'], capacity_free: 2 }).where('tenant_id', '=', tenant.get('imp-facts')!).execute();
    const res = await t.request(null, { method: 'GET', url: `/api/hsds/services/${serviceId}?municipality=imp-facts` });
    const terms = res.json().attributes.map((a: any) => [a.taxonomy_term_id ?? a.taxonomy_term.id, a.value]);
    assert.deepEqual(terms, [
      [legal.id, undefined],
      [mestringTermId('offer-conditions', 'free-of-charge'), undefined],
      [mestringTermId('offer-conditions', 'waiting-list'), 'many'],
      ['7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', 'x'],
      [mestringTermId('target-group', 'adhd'), undefined],
      [mestringTermId('offer-conditions', 'capacity-free'), '2'],
    ]);
  });
});

test('--draft keeps imported offers out of the public catalogue', async () => {
  const id = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
  const result = await run('imp-draft', writeJson('draft.json', service(id)), { draft: true });
  assert.equal(result.imported, true);
  const offer = await db().selectFrom('offer').select(['lifecycle', 'published_at']).where('tenant_id', '=', tenant.get('imp-draft')!).executeTakeFirstOrThrow();
  assert.deepEqual(offer, { lifecycle: 'draft', published_at: null });
  const res = await t.request(null, { method: 'GET', url: `/api/hsds/services/${id}?municipality=imp-draft` });
  assert.equal(res.statusCode, 404);
});

describe('links to objects outside the file', () => {
  test('a service needs an organization of the file or the municipality; a conflicting copy is refused', async () => {
    const organizationId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const lone = { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', name: 'Uden udbyder', status: 'active', organization_id: organizationId };
    const first = await run('imp-links', writeJson('lone.json', lone));
    assert.deepEqual(first.problems, [{ file: 'lone.json', row: '$', field: 'organization_id', reason: 'names no organization of the import or the municipality' }]);
    await run('imp-links', writeJson('org.json', { id: organizationId, name: 'Udbyderen', description: 'Findes nu', website: 'https://example.dk' }));
    assert.deepEqual((await run('imp-links', writeJson('lone.json', lone))).problems, []);
    const conflicting = [service('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f'), service('3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', { organization: { id: '6a1f7d2e-0b52-4a3c-9e59-0d1c2b3a4f51', name: 'Et andet navn', description: 'En forening' } })];
    const result = await run('imp-links', writeJson('conflict.json', conflicting));
    assert.deepEqual(result.problems, [{ file: 'conflict.json', row: '$[1]', field: 'organization.name', reason: 'differs from the same organization (6a1f7d2e-0b52-4a3c-9e59-0d1c2b3a4f51) in conflict.json $[0]' }]);
  });
});

test('an import is one transaction: when the database refuses a row, nothing of the import stays', async () => {
  // A rule only the database knows, so the failure happens while writing, after organizations were written.
  await sql`ALTER TABLE offer ADD CONSTRAINT test_refuses_boom CHECK (name <> 'BOOM')`.execute(db());
  try {
    const path = writeJson('boom.json', [service('4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b'), service('5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', { name: 'BOOM' })]);
    await assert.rejects(run('imp-atomic', path), /test_refuses_boom/);
    for (const table of ['offer', 'organization'] as const) assert.equal(await count('imp-atomic', table), 0, `no ${table} row`);
  } finally {
    await sql`ALTER TABLE offer DROP CONSTRAINT test_refuses_boom`.execute(db());
  }
});

test('importing an object again replaces the schedules and service_at_locations it lists', async () => {
  const example = JSON.parse(readFileSync(new URL('../fixtures/hsds/service_full.json', import.meta.url), 'utf8'));
  await run('imp-replace', writeJson('full.json', example));
  assert.deepEqual([await count('imp-replace', 'offer_location'), await count('imp-replace', 'offer_schedule')], [1, 1]);
  const trimmed = { ...example, schedules: [], service_at_locations: [] };
  trimmed.organization = { ...example.organization, locations: [] };
  await run('imp-replace', writeJson('trimmed.json', trimmed));
  assert.deepEqual([await count('imp-replace', 'offer_location'), await count('imp-replace', 'offer_schedule')], [0, 0]);
  const res = await t.request(null, { method: 'GET', url: `/api/hsds/services/${example.id}?municipality=imp-replace` });
  assert.deepEqual([res.json().schedules, res.json().service_at_locations], [[], []]);
});

describe('the command', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    mock.method(console, 'log', (line: string) => out.push(line));
    mock.method(console, 'error', (line: string) => err.push(line));
    return { out, err, restore: () => mock.restoreAll() };
  }

  test('exit code 1 and one line per problem when the file is broken; 0 and a summary when it imports', async () => {
    const broken = writeJson('cli-broken.json', [service(good), service(badStatus, { status: 'nope' })]);
    let io = capture();
    let code: number;
    try {
      code = await importHsdsCommand(db(), broken, { municipality: 'imp-cli' });
    } finally {
      io.restore();
    }
    assert.equal(code, 1);
    assert.equal(io.err[0], 'cli-broken.json $[1] status: must be one of: active, inactive, defunct, temporarily closed');
    assert.match(io.err.at(-1)!, /^Nothing was imported/);
    assert.equal(await count('imp-cli', 'offer'), 0);

    io = capture();
    try {
      code = await importHsdsCommand(db(), broken, { municipality: 'imp-cli', skipInvalid: true });
    } finally {
      io.restore();
    }
    assert.equal(code, 0);
    assert.match(io.out[0]!, /^Imported into imp-cli in [\d.]+ s: 1 services \(published\), 1 organizations/);
    assert.equal(await count('imp-cli', 'offer'), 1);
  });

  test('exit code 2 for an unknown municipality, an unknown --type or a path that is not there', async () => {
    const io = capture();
    try {
      assert.equal(await importHsdsCommand(db(), join(dir, 'cli-broken.json'), { municipality: 'nowhere' }), 2);
      assert.equal(await importHsdsCommand(db(), join(dir, 'cli-broken.json'), { municipality: 'imp-cli', type: 'person' }), 2);
      assert.equal(await importHsdsCommand(db(), join(dir, 'missing.json'), { municipality: 'imp-cli' }), 2);
    } finally {
      io.restore();
    }
    assert.deepEqual(io.err, ['No municipality with slug "nowhere".', '--type: one of service, organization, service_at_location, location, taxonomy, taxonomy_term', `Cannot read ${join(dir, 'missing.json')}: ENOENT`]);
  });
});
