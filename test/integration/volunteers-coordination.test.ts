import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { addDays } from '../../src/domain/volunteer-validity.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, demoIds, requestIdOf } from '../support/platform-helpers.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

// The coordinator's work: only volunteer.manage passes (403 for anyone else); every read of a volunteer's data is
// audited per volunteer; checks, courses and status are validated with nothing stored on bad input; opportunities and
// guidelines are saved on the version read. Søby's volunteers are never seen from Randers.

let testApp: TestApp;
let hanne: TestSession;
let oleId = '';
let soebyVolunteerId = '';

interface Summary {
  id: string;
  name: string;
  status: string;
  recordCheck: { state: string };
  courses: { key: string; validUntil: string | null; state: string }[];
  guidelinesAccepted: boolean;
}
interface Profile extends Summary {
  version: number;
  stopReason: string | null;
  weeklySlots: { weekday: number; from: string; to: string }[];
}

const as = (session: TestSession, method: string, url: string, payload?: unknown) => testApp.request(session, { method: method as 'GET', url, ...(payload !== undefined && { payload: payload as object }) });

before(async () => {
  testApp = await createTestApp();
  hanne = await testApp.loginAs('hanne');
  const ids = await demoIds(testApp.database);
  oleId = ids.user('ole');
  // A volunteer of Søby, written as the owner.
  const soeby = ids.tenant('soeby');
  soebyVolunteerId = newId();
  const now = new Date();
  await testApp.database.db.insertInto('app_user').values({ tenant_id: soeby, user_id: soebyVolunteerId, display_name: 'Søren Søby', email: 'soeren@soeby.demo', title: null, kind: 'volunteer', org_unit_id: null, demo_key: null, demo_order: null, created_at: now, updated_at: now }).execute();
  await testApp.database.db.insertInto('volunteer_profile').values({ tenant_id: soeby, user_id: soebyVolunteerId, started_on: copenhagenToday(now), updated_at: now }).execute();
});

after(async () => {
  await testApp.close();
});

describe('who may coordinate', () => {
  test('a volunteer, a citizen and a support worker get 403 on every coordinator route, with the denial audited', async () => {
    for (const persona of ['ole', 'mikkel', 'anders']) {
      const session = await testApp.loginAs(persona);
      for (const [method, url, payload] of [
        ['GET', '/api/v1/volunteers'],
        ['GET', `/api/v1/volunteers/${oleId}`],
        ['PATCH', `/api/v1/volunteers/${oleId}`, { status: 'paused', version: 1 }],
        ['GET', '/api/v1/volunteer-applications'],
        ['GET', '/api/v1/managed-volunteer-opportunities'],
        ['POST', '/api/v1/managed-volunteer-opportunities', { title: 'X', kind: 'other' }],
        ['GET', '/api/v1/volunteer-guidelines'],
        ['PUT', `/api/v1/volunteers/${oleId}/courses/foerstehjaelp`, { completedOn: '2026-01-01' }],
      ] as const) {
        const res = await as(session, method, url, payload);
        assertProblem(res, 403, 'forbidden');
        await assertAudited(testApp.database, res, { action: 'volunteer.manage', actor: session.userId, outcome: 'denied' });
      }
    }
  });
});

describe("the coordinator's volunteers", () => {
  test('the list filters by status, interest, course and expiring checks, and audits each listed volunteer', async () => {
    const all = await as(hanne, 'GET', '/api/v1/volunteers');
    assert.equal(all.statusCode, 200, all.body);
    const items = (all.json() as { items: Summary[] }).items;
    assert.equal(items.length, 15, 'Ole and fourteen more');
    assert.ok(!items.some((v) => v.id === soebyVolunteerId), 'nothing of Søby');
    const audit = await auditOfRequest(testApp.database, requestIdOf(all));
    assert.equal(audit.filter((a) => a.resource_type === 'volunteer').length, 15, 'one entry per listed volunteer');
    assert.equal(audit.filter((a) => a.resource_type === 'volunteer-list').length, 1);

    const names = async (query: string) => ((await as(hanne, 'GET', `/api/v1/volunteers?${query}`)).json() as { items: Summary[] }).items.map((v) => v.name);
    assert.deepEqual(await names('status=stopped'), ['Henrik Bang']);
    assert.deepEqual(await names('status=paused'), ['Grethe Lauridsen', 'Lone Mikkelsen']);
    assert.deepEqual(await names('interest=Svømning'), ['Grethe Lauridsen', 'Ole Nielsen', 'Torben Vinther']);
    assert.deepEqual(await names('course=foerstehjaelp'), ['Grethe Lauridsen', 'Ole Nielsen'], "Torben's first aid has run out");
    assert.deepEqual(await names('expiring=true'), ['Ahmad Rahimi', 'Maria Nowak', 'Torben Vinther']);
    const ida = items.find((v) => v.name === 'Ida Frandsen')!;
    assert.equal(ida.guidelinesAccepted, false, 'Ida accepted v1 only');
    assert.equal(items.find((v) => v.name === 'Maria Nowak')!.recordCheck.state, 'expired');
  });

  test("a volunteer's page is audited; Søby's volunteer answers 404", async () => {
    const res = await as(hanne, 'GET', `/api/v1/volunteers/${oleId}`);
    assert.equal(res.statusCode, 200, res.body);
    const ole = res.json() as Profile;
    assert.deepEqual(ole.weeklySlots.filter((s) => s.weekday === 3 || s.weekday === 6), [{ weekday: 3, from: '09:00', to: '12:00' }, { weekday: 6, from: '13:00', to: '18:00' }]);
    assert.equal(ole.guidelinesAccepted, true);
    await assertAudited(testApp.database, res, { action: 'volunteer.manage', actor: hanne.userId, outcome: 'allowed', resourceId: oleId });
    assertProblem(await as(hanne, 'GET', `/api/v1/volunteers/${soebyVolunteerId}`), 404, 'not_found');
    assertProblem(await as(hanne, 'PATCH', `/api/v1/volunteers/${soebyVolunteerId}`, { status: 'paused', version: 1 }), 404, 'not_found');
  });

  test('bad record checks, courses and a stop without a reason are refused, and nothing is stored', async () => {
    const before = (await as(hanne, 'GET', `/api/v1/volunteers/${oleId}`)).json() as Profile;
    const today = copenhagenToday(new Date());
    const check = assertProblem(await as(hanne, 'PATCH', `/api/v1/volunteers/${oleId}`, { recordCheckOn: addDays(today, 3), recordCheckExpiresOn: addDays(today, -10), version: before.version }), 400, 'validation_failed');
    assert.deepEqual(check.errors?.map((e) => e.path), ['recordCheckOn', 'recordCheckExpiresOn']);
    assert.equal(check.errors?.[0]?.message, 'Datoen for børneattesten kan ikke ligge efter i dag.');
    const stop = assertProblem(await as(hanne, 'PATCH', `/api/v1/volunteers/${oleId}`, { status: 'stopped', version: before.version }), 400, 'validation_failed');
    assert.deepEqual(stop.errors, [{ path: 'stopReason', message: 'Skriv hvorfor den frivillige stopper.' }]);
    const course = assertProblem(await as(hanne, 'PUT', `/api/v1/volunteers/${oleId}/courses/dykkercertifikat`, { completedOn: today }), 400, 'validation_failed');
    assert.deepEqual(course.errors, [{ path: 'courseKey', message: 'Kurset findes ikke i kursuslisten.' }]);
    assertProblem(await as(hanne, 'PATCH', `/api/v1/volunteers/${oleId}`, { status: 'paused', version: before.version + 5 }), 409, 'conflict');
    const after = (await as(hanne, 'GET', `/api/v1/volunteers/${oleId}`)).json() as Profile;
    assert.deepEqual(after, before, 'nothing changed');
  });

  test('the coordinator records a renewed first-aid course, a record check, and stops a volunteer with a reason', async () => {
    const ids = await demoIds(testApp.database);
    const torben = (await testApp.database.db.selectFrom('app_user').select('user_id').where('tenant_id', '=', ids.tenant('randers')).where('display_name', '=', 'Torben Vinther').executeTakeFirstOrThrow()).user_id;
    const renewed = (await as(hanne, 'PUT', `/api/v1/volunteers/${torben}/courses/foerstehjaelp`, { completedOn: '2026-03-31' })).json() as Profile;
    assert.deepEqual(renewed.courses.find((c) => c.key === 'foerstehjaelp')?.validUntil, '2028-03-30', '24 months from the course list');
    const checked = await as(hanne, 'PATCH', `/api/v1/volunteers/${torben}`, { recordCheckOn: '2026-01-05', recordCheckExpiresOn: '2029-01-05', version: renewed.version });
    assert.equal(checked.statusCode, 200, checked.body);
    const stopped = (await as(hanne, 'PATCH', `/api/v1/volunteers/${torben}`, { status: 'stopped', stopReason: 'Har ikke længere tid.', version: (checked.json() as Profile).version })).json() as Profile;
    assert.deepEqual([stopped.status, stopped.stopReason], ['stopped', 'Har ikke længere tid.']);
    const login = await testApp.database.db.selectFrom('app_user').select('active').where('tenant_id', '=', ids.tenant('randers')).where('user_id', '=', torben).executeTakeFirstOrThrow();
    assert.equal(login.active, false, 'a stopped volunteer can no longer log in');
    const back = (await as(hanne, 'PATCH', `/api/v1/volunteers/${torben}`, { status: 'active', version: stopped.version })).json() as Profile;
    assert.equal(back.status, 'active');
    const reopened = await testApp.database.db.selectFrom('app_user').select('active').where('tenant_id', '=', ids.tenant('randers')).where('user_id', '=', torben).executeTakeFirstOrThrow();
    assert.equal(reopened.active, true, 'taken back, the login opens again');
    await as(hanne, 'PATCH', `/api/v1/volunteers/${torben}`, { status: 'stopped', stopReason: 'Har ikke længere tid.', version: back.version });
  });
});

describe('opportunities and guidelines', () => {
  test('an opportunity is created as a draft, published on the version read, and cannot be changed once archived', async () => {
    const created = await as(hanne, 'POST', '/api/v1/managed-volunteer-opportunities', { title: 'Læsemakker', summary: 'Læs højt for en borger.', kind: 'visiting-friend', requiredCourse: 'autisme-forstaaelse' });
    assert.equal(created.statusCode, 201, created.body);
    const draft = created.json() as { id: string; version: number; status: string; title: string; kind: string };
    assert.equal(draft.status, 'draft');
    const body = { title: draft.title, kind: draft.kind, summary: 'Læs højt for en borger.', requiredCourse: 'autisme-forstaaelse' };
    const published = await as(hanne, 'PUT', `/api/v1/managed-volunteer-opportunities/${draft.id}`, { ...body, status: 'published', version: draft.version });
    assert.equal((published.json() as { status: string }).status, 'published');
    assertProblem(await as(hanne, 'PUT', `/api/v1/managed-volunteer-opportunities/${draft.id}`, { ...body, status: 'archived', version: draft.version }), 409, 'conflict');
    const archived = (await as(hanne, 'PUT', `/api/v1/managed-volunteer-opportunities/${draft.id}`, { ...body, status: 'archived', version: draft.version + 1 })).json() as { version: number };
    const frozen = assertProblem(await as(hanne, 'PUT', `/api/v1/managed-volunteer-opportunities/${draft.id}`, { ...body, status: 'published', version: archived.version }), 409, 'conflict');
    assert.equal(frozen.errors?.[0]?.message, 'Opslaget er arkiveret og kan ikke ændres. Opret et nyt opslag.');
    const unknownCourse = assertProblem(await as(hanne, 'POST', '/api/v1/managed-volunteer-opportunities', { ...body, requiredCourse: 'dykning' }), 400, 'validation_failed');
    assert.deepEqual(unknownCourse.errors?.map((e) => e.path), ['requiredCourse']);
  });

  test('a new version of the guidelines is published from the current one; a stale one is refused', async () => {
    const overview = (await as(hanne, 'GET', '/api/v1/volunteer-guidelines')).json() as { current: { version: number }; acceptedCurrent: number; volunteers: number };
    assert.equal(overview.current.version, 2);
    assert.deepEqual([overview.acceptedCurrent, overview.volunteers], [12, 13], 'the active and paused volunteers, Ida on v1 and Torben stopped in the test before');
    const stale = assertProblem(await as(hanne, 'POST', '/api/v1/volunteer-guidelines', { title: 'V3', body: 'Tekst', basedOnVersion: 1 }), 409, 'conflict');
    assert.deepEqual(stale.errors?.map((e) => e.path), ['basedOnVersion']);
    const published = await as(hanne, 'POST', '/api/v1/volunteer-guidelines', { title: 'Retningslinjer (3. udgave)', body: 'Din rolle …', basedOnVersion: 2 });
    assert.equal(published.statusCode, 201, published.body);
    assert.deepEqual((published.json() as { current: { version: number }; acceptedCurrent: number }).current.version, 3);
    const ole = (await as(hanne, 'GET', `/api/v1/volunteers/${oleId}`)).json() as Profile;
    assert.equal(ole.guidelinesAccepted, false, 'everyone must accept the new version');
  });
});
