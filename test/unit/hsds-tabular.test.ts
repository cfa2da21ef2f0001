import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJsonDocument } from '../../src/interop/hsds/json-document.js';
import { toTabular, tableColumns } from '../../src/interop/hsds/tabular-export.js';
import { parseTable, readTabularPackage } from '../../src/interop/hsds/tabular-package.js';

/** The HSDS tabular data package: reading CSV rows, reporting each bad row, nesting, and writing tables back. */

const org = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const svc = 'ac148810-d857-441c-9679-408f346de14b';
const contact = '1e7efce3-639b-4880-940c-b95cd30cdb50';
const phone = '1554f2e2-a373-45db-a3fa-9fc48a61c15e';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('reading a CSV table', () => {
  test("cells are typed by the table's schema; an empty cell is no value; CRLF and LF both end a row", () => {
    const { rows, problems } = parseTable(`id,location_id,number,extension,type\r\n${phone},,"""+45 1234""",100,voice\n${contact},,0045,,\r\n`, 'phones.csv', 'phone');
    assert.deepEqual(problems, []);
    assert.deepEqual(rows, [
      { row: 'row 1', object: { id: phone, number: '"+45 1234"', extension: 100, type: 'voice' } },
      { row: 'row 2', object: { id: contact, number: '0045' } },
    ]);
  });

  test('a byte-order mark and quoted commas and line breaks', () => {
    const { rows } = parseTable(`\uFEFFid,name,description\n${org},"Navn, med komma","To\nlinjer"\n`, 'organizations.csv', 'organization');
    assert.deepEqual(rows[0]!.object, { id: org, name: 'Navn, med komma', description: 'To\nlinjer' });
  });

  test('a row with too few or too many fields is reported by its row number', () => {
    const { rows, problems } = parseTable(`id,name,description\n${org},A,B\n${org},A\n${org},A,B,C\n`, 'organizations.csv', 'organization');
    assert.equal(rows.length, 1);
    assert.deepEqual(problems, [
      { file: 'organizations.csv', row: 'row 2', field: '', reason: 'has 2 fields where the header has 3' },
      { file: 'organizations.csv', row: 'row 3', field: '', reason: 'has 4 fields where the header has 3' },
    ]);
  });
});

describe('reading a package', () => {
  test('every bad row: schema, tabular_required, duplicate id; and its sub-rows', () => {
    const read = readTabularPackage(
      files({
        'organizations.csv': `id,name,description,email\n${org},Org,Beskrivelse,not-mail\n`,
        'services.csv': `id,organization_id,name,status,minimum_age\n${svc},${org},Tilbud,active,tolv\n${svc},,Igen,active,\n`,
        'phones.csv': `id,service_id,number\n${phone},${svc},12345678\n`,
        'notes.csv': 'id\n1\n',
      }),
    );
    assert.deepEqual(read.problems, [
      { file: 'organizations.csv', row: 'row 1', field: 'email', reason: 'must be a valid email' },
      { file: 'services.csv', row: 'row 1', field: 'minimum_age', reason: 'must be of type number' },
      { file: 'services.csv', row: 'row 2', field: 'organization_id', reason: 'is required in the tabular package' },
      { file: 'services.csv', row: 'row 2', field: 'id', reason: 'is the id of row 1 already' },
      { file: 'notes.csv', row: '', field: '', reason: 'is not a table of the HSDS tabular data package' },
      { file: 'phones.csv', row: 'row 1', field: '', reason: 'belongs to a row that is not valid' },
    ]);
    assert.deepEqual(read.units, []);
    assert.deepEqual(read.unlinked, []);
  });

  test('sub-rows go into every object they name; a row that names nothing is kept aside', () => {
    const read = readTabularPackage(
      files({
        'organizations.csv': `id,name,description\n${org},Org,Beskrivelse\n`,
        'services.csv': `id,organization_id,name,status\n${svc},${org},Tilbud,active\n`,
        'contacts.csv': `id,service_id,organization_id,name\n${contact},${svc},${org},Ann\n`,
        'phones.csv': `id,service_id,contact_id,number\n${phone},${svc},${contact},123\n`,
        'meta_table_descriptions.csv': `id,name\nc11af60b-a394-4e53-9943-324dda2d17a1,Tabeller\n`,
      }),
    );
    assert.deepEqual(read.problems, []);
    const service = read.units.find((u) => u.kind === 'service')!.object as Record<string, any>;
    assert.deepEqual(service.phones.map((p: any) => p.id), [phone]);
    assert.deepEqual(service.contacts[0].phones.map((p: any) => p.id), [phone], 'the phone is nested in the contact too');
    const organization = read.units.find((u) => u.kind === 'organization')!.object as Record<string, any>;
    assert.deepEqual(organization.contacts.map((c: any) => c.id), [contact]);
    assert.deepEqual(read.unlinked, [{ table: 'meta_table_description', id: 'c11af60b-a394-4e53-9943-324dda2d17a1', row: { id: 'c11af60b-a394-4e53-9943-324dda2d17a1', name: 'Tabeller' } }]);
    assert.deepEqual([...read.units[0]!.replaces!], [], 'no service_at_location.csv or schedules.csv: nothing is replaced');
  });
});

describe('writing tables', () => {
  test('an object nested in several places becomes one row with every *_id its places give', () => {
    const phoneObject = { id: phone, number: '123' };
    const tables = toTabular({
      organizations: [
        {
          id: org,
          name: 'Org',
          description: 'B',
          phones: [phoneObject],
          services: [{ id: svc, name: 'Tilbud', status: 'active', phones: [phoneObject], contacts: [{ id: contact, phones: [phoneObject] }], program: { id: 'e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42', name: 'P', description: 'D' } }],
        },
      ],
      taxonomies: [],
      terms: [],
      unlinked: [],
    });
    assert.deepEqual(tables['phones.csv'], [{ organization_id: org, id: phone, number: '123', service_id: svc, contact_id: contact }]);
    assert.deepEqual(tables['services.csv'], [{ organization_id: org, id: svc, name: 'Tilbud', status: 'active', program_id: 'e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42' }]);
    assert.deepEqual(tables['contacts.csv'], [{ service_id: svc, id: contact }]);
    assert.equal(Object.keys(tables).length, 21, 'every table of the package, empty ones too');
  });

  test("a table's columns: the schema's plain fields in order, then any other", () => {
    assert.deepEqual(tableColumns('funding', [{ id: 'x', note: 'y' }]), ['id', 'organization_id', 'service_id', 'source', 'note']);
  });
});

describe('reading a JSON document', () => {
  test('one object, a page, or an array; each object validated and reported by its path', () => {
    const service = { id: svc, name: 'Tilbud', status: 'active', organization_id: org };
    assert.equal(readJsonDocument(JSON.stringify(service), 'a.json').units.length, 1);
    assert.equal(readJsonDocument(JSON.stringify({ contents: [service, service] }), 'a.json').units.length, 2);
    const { units, problems } = readJsonDocument(JSON.stringify([service, { ...service, url: 'not a url', phones: [{ id: 'nope' }] }]), 'b.json');
    assert.equal(units.length, 1);
    assert.deepEqual(problems, [
      { file: 'b.json', row: '$[1]', field: 'url', reason: 'must be a valid uri' },
      { file: 'b.json', row: '$[1]', field: 'phones[0].number', reason: 'is required' },
      { file: 'b.json', row: '$[1]', field: 'phones[0].id', reason: 'must be a valid uuid' },
    ]);
  });

  test('--type names what the fields do not tell', () => {
    const ambiguous = { id: org, name: 'Navn', description: 'Beskrivelse' };
    assert.equal(readJsonDocument(JSON.stringify(ambiguous), 'c.json').units.length, 0);
    assert.equal(readJsonDocument(JSON.stringify(ambiguous), 'c.json', 'taxonomy').units[0]!.kind, 'taxonomy');
  });
});
