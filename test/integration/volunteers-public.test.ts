import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { newId } from '../../src/platform/ids.js';
import { CookieJar, appGet, loginAtProvider } from '../support/oidc-http-login.js';
import { startOidcTestProvider, type OidcTestProvider } from '../support/oidc-test-provider.js';
import { assertProblem, demoIds } from '../support/platform-helpers.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

// Anyone reads the published opportunities of a municipality and applies without logging in; the coordinator approves,
// which makes the applicant a volunteer who logs in through the municipality's login like staff do. Nothing of Søby is
// seen from Randers, and bad applications are refused in Danish or English with nothing stored.

const PROVIDER = 'staff-randers-0';
let identityProvider: OidcTestProvider;
let testApp: TestApp;
let soebyOpportunityId = '';

interface Listed {
  items: { id: string; title: string; kind: string; area: string | null; requiredCourse: { key: string; name: string } | null }[];
}

const anonymous = (url: string, headers: Record<string, string> = {}) => testApp.request(null, { method: 'GET', url, headers });
const apply = (payload: Record<string, unknown>, query = '?municipality=randers', headers: Record<string, string> = {}) =>
  testApp.request(null, { method: 'POST', url: `/api/v1/volunteer-applications${query}`, payload, headers });
const applicationCount = async () => Number((await testApp.database.db.selectFrom('volunteer_application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

before(async () => {
  identityProvider = await startOidcTestProvider();
  identityProvider.registerClient(`${TEST_ORIGIN}/api/v1/auth/oidc/${PROVIDER}/callback`);
  testApp = await createTestApp({ MESTRING_OIDC_STAFF: JSON.stringify([{ issuer: identityProvider.issuer, clientId: identityProvider.clientId, clientSecret: identityProvider.clientSecret, tenant: 'randers' }]) });
  // Søby has one published opportunity of its own, written as the owner.
  const ids = await demoIds(testApp.database);
  soebyOpportunityId = newId();
  const now = new Date();
  await testApp.database.db
    .insertInto('volunteer_opportunity')
    .values({ tenant_id: ids.tenant('soeby'), opportunity_id: soebyOpportunityId, title: 'Besøgsven i Søby', kind: 'visiting-friend', area: 'Søby', time_commitment: null, required_course: null, unit_id: null, status: 'published', created_at: now, updated_at: now })
    .execute();
});

after(async () => {
  await testApp.close();
  await identityProvider.stop();
});

describe('public volunteer opportunities', () => {
  test('the volunteer routes are in the OpenAPI document, the public ones without a session', async () => {
    const doc = (await anonymous('/api/openapi.json')).json() as { paths: Record<string, Record<string, { summary?: string; security?: unknown[] }>> };
    assert.deepEqual(doc.paths['/api/v1/volunteer-opportunities']?.get?.security, []);
    assert.deepEqual(doc.paths['/api/v1/volunteer-applications']?.post?.security, []);
    for (const [path, method] of [['/api/v1/volunteers/{id}', 'patch'], ['/api/v1/me/volunteer-profile', 'put'], ['/api/v1/me/volunteer-guidelines/accept', 'post'], ['/api/v1/volunteers/{id}/courses/{courseKey}', 'put']] as const) {
      assert.ok(doc.paths[path]?.[method]?.summary, `${method} ${path}`);
    }
  });

  test('anyone reads the published opportunities of Randers, without drafts, archived ones or Søby', async () => {
    const res = await anonymous('/api/v1/volunteer-opportunities?municipality=randers');
    assert.equal(res.statusCode, 200, res.body);
    const titles = (res.json() as Listed).items.map((i) => i.title);
    for (const title of ['Følgeven til sport og fritid', 'Besøgsven', 'Gåmakker', 'Følgeven til svømning', 'Hjælper i Café Perron 4', 'Kørestolsven til koncerter']) assert.ok(titles.includes(title), title);
    assert.equal(titles.length, 6, 'the draft and the archived one are not public');
    assert.ok(!titles.includes('Besøgsven i Søby'));
    const soeby = (await anonymous('/api/v1/volunteer-opportunities?municipality=soeby')).json() as Listed;
    assert.deepEqual(soeby.items.map((i) => i.title), ['Besøgsven i Søby']);
  });

  test('filters by kind and area, and names a required course in the reader language', async () => {
    const companions = (await anonymous('/api/v1/volunteer-opportunities?municipality=randers&kind=companion')).json() as Listed;
    assert.deepEqual(companions.items.map((i) => i.kind), ['companion', 'companion', 'companion']);
    const assentoft = (await anonymous('/api/v1/volunteer-opportunities?municipality=randers&area=assentoft')).json() as Listed;
    assert.deepEqual(assentoft.items.map((i) => i.title), ['Gåmakker']);
    const swim = companions.items.find((i) => i.title === 'Følgeven til svømning')!;
    assert.deepEqual(swim.requiredCourse, { key: 'foerstehjaelp', name: 'Førstehjælp' });
    const english = (await anonymous(`/api/v1/volunteer-opportunities/${swim.id}?municipality=randers`, { 'accept-language': 'en' })).json() as Listed['items'][number];
    assert.equal(english.requiredCourse?.name, 'First aid');
  });

  test('a draft, or an opportunity of another municipality, answers 404', async () => {
    const ids = await demoIds(testApp.database);
    const draft = await testApp.database.db.selectFrom('volunteer_opportunity').select('opportunity_id').where('tenant_id', '=', ids.tenant('randers')).where('status', '=', 'draft').executeTakeFirstOrThrow();
    assertProblem(await anonymous(`/api/v1/volunteer-opportunities/${draft.opportunity_id}?municipality=randers`), 404, 'not_found');
    assertProblem(await anonymous(`/api/v1/volunteer-opportunities/${soebyOpportunityId}?municipality=randers`), 404, 'not_found');
  });
});

describe('applications without login', () => {
  test('bad input is refused with a translated message per field, and nothing is stored', async () => {
    const before = await applicationCount();
    const bad = { name: '  ', email: 'ole-at-example', phone: '12 34', postalCode: '89', message: 'Hej' };
    const da = assertProblem(await apply(bad), 400, 'validation_failed');
    assert.deepEqual(
      da.errors,
      [
        { path: 'name', message: 'Skriv dit navn.' },
        { path: 'email', message: 'Skriv en e-mailadresse, vi kan skrive til, fx navn@eksempel.dk.' },
        { path: 'phone', message: 'Skriv et telefonnummer med 8 cifre, fx 12 34 56 78.' },
        { path: 'postalCode', message: 'Skriv et dansk postnummer med 4 cifre, fx 8900.' },
      ],
    );
    const en = assertProblem(await apply(bad, '?municipality=randers', { 'accept-language': 'en' }), 400, 'validation_failed', 'en');
    assert.equal(en.errors?.[0]?.message, 'Enter your name.');
    // An opportunity of Søby is not one of Randers.
    const foreign = assertProblem(await apply({ name: 'Eva Holt', email: 'eva@example.dk', opportunityId: soebyOpportunityId }), 400, 'validation_failed');
    assert.deepEqual(foreign.errors, [{ path: 'opportunityId', message: 'Opslaget findes ikke længere. Vælg et andet opslag.' }]);
    // An unknown field is refused by the contract.
    assertProblem(await apply({ name: 'Eva Holt', email: 'eva@example.dk', status: 'approved' }), 400, 'validation_failed');
    assert.equal(await applicationCount(), before, 'nothing stored');
  });

  test('a good application is received, and nothing of it can be read back without login', async () => {
    const res = await apply({ name: 'Ukendt Person', email: 'Stranger@Example.test', phone: '21 22 23 24', postalCode: '8920', message: 'Jeg vil gerne være gåmakker.' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { received: true });
    const stored = await testApp.database.db.selectFrom('volunteer_application').selectAll().where('email', '=', 'stranger@example.test').executeTakeFirstOrThrow();
    assert.equal(stored.phone, '+4521222324', 'the phone number is kept in one form');
    assert.equal(stored.status, 'received');
    assertProblem(await anonymous('/api/v1/volunteer-applications'), 401, 'unauthenticated');
    assertProblem(await anonymous('/api/v1/volunteers'), 401, 'unauthenticated');
  });

  test('the approved applicant becomes a volunteer who logs in through the municipality login', async () => {
    const hanne = await testApp.loginAs('hanne');
    const list = await testApp.request(hanne, { method: 'GET', url: '/api/v1/volunteer-applications' });
    assert.equal(list.statusCode, 200, list.body);
    const application = (list.json() as { items: { id: string; email: string }[] }).items.find((a) => a.email === 'stranger@example.test');
    assert.ok(application, 'the coordinator sees the application');

    const approved = await testApp.request(hanne, { method: 'POST', url: `/api/v1/volunteer-applications/${application.id}/decision`, payload: { decision: 'approve', note: 'God samtale.' } });
    assert.equal(approved.statusCode, 200, approved.body);
    const volunteerId = (approved.json() as { volunteerId: string }).volunteerId;
    const user = await testApp.database.db.selectFrom('app_user').selectAll().where('user_id', '=', volunteerId).executeTakeFirstOrThrow();
    assert.equal(user.kind, 'volunteer');
    assert.equal(user.email, 'stranger@example.test');
    assert.equal(user.demo_key, null);
    const grants = await testApp.database.db.selectFrom('role_grant').select('role').where('user_id', '=', volunteerId).execute();
    assert.deepEqual(grants.map((g) => g.role), ['volunteer']);

    const volunteers = (await testApp.request(hanne, { method: 'GET', url: '/api/v1/volunteers?status=active' })).json() as { items: { id: string; name: string; area: string | null }[] };
    const listed = volunteers.items.find((v) => v.id === volunteerId);
    assert.deepEqual(listed && { name: listed.name, area: listed.area }, { name: 'Ukendt Person', area: 'Randers NV' });

    // Deciding twice is refused and changes nothing.
    const again = assertProblem(await testApp.request(hanne, { method: 'POST', url: `/api/v1/volunteer-applications/${application.id}/decision`, payload: { decision: 'decline', note: 'Nej' } }), 409, 'conflict');
    assert.equal(again.errors?.[0]?.message, 'Ansøgningen er allerede behandlet.');

    const jar = new CookieJar();
    const callback = await loginAtProvider(testApp, jar, `/api/v1/auth/oidc/${PROVIDER}/login?returnTo=${encodeURIComponent('/min-frivilligprofil')}`, 'stranger');
    const landed = await appGet(testApp, jar, callback);
    assert.equal(landed.statusCode, 302, landed.body);
    assert.equal(landed.headers.location, '/min-frivilligprofil');
    const cookie = `mestring_session=${jar.get(TEST_ORIGIN, 'mestring_session')}`;
    const profile = (await testApp.app.inject({ method: 'GET', url: '/api/v1/me/volunteer-profile', headers: { cookie } })) as LightMyRequestResponse;
    assert.equal(profile.statusCode, 200, profile.body);
    assert.deepEqual((({ id, status, postalCode }) => ({ id, status, postalCode }))(profile.json() as { id: string; status: string; postalCode: string }), { id: volunteerId, status: 'active', postalCode: '8920' });
  });

  test('an application whose e-mail address a user already has cannot be approved; declining needs a note', async () => {
    const hanne = await testApp.loginAs('hanne');
    assert.equal((await apply({ name: 'Anders Holm', email: 'anders.holm@randers.demo' })).statusCode, 201);
    assert.equal((await apply({ name: 'Signe Lund', email: 'signe@example.dk' })).statusCode, 201);
    const items = ((await testApp.request(hanne, { method: 'GET', url: '/api/v1/volunteer-applications' })).json() as { items: { id: string; email: string }[] }).items;
    const taken = items.find((a) => a.email === 'anders.holm@randers.demo')!;
    const users = await testApp.database.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const refused = assertProblem(await testApp.request(hanne, { method: 'POST', url: `/api/v1/volunteer-applications/${taken.id}/decision`, payload: { decision: 'approve', note: null } }), 409, 'conflict');
    assert.match(refused.errors?.[0]?.message ?? '', /allerede en bruger med den e-mailadresse/);
    const after = await testApp.database.db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(users.n), 'no user created');
    const signe = items.find((a) => a.email === 'signe@example.dk')!;
    const noNote = assertProblem(await testApp.request(hanne, { method: 'POST', url: `/api/v1/volunteer-applications/${signe.id}/decision`, payload: { decision: 'decline', note: '  ' } }), 400, 'validation_failed');
    assert.deepEqual(noNote.errors, [{ path: 'note', message: 'Skriv en kort begrundelse for afslaget.' }]);
    const declined = await testApp.request(hanne, { method: 'POST', url: `/api/v1/volunteer-applications/${signe.id}/decision`, payload: { decision: 'decline', note: 'Vi har ingen opgaver i dit område lige nu.' } });
    assert.equal((declined.json() as { status: string }).status, 'declined');
  });
});
