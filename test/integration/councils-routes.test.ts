import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { addDays } from '../../src/domain/copenhagen-wall-clock.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { receptionFactory } from '../support/reception-factory.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The councils through the API, on both engines, over the demo's Handicaprådet and Udsatterådet. Jens Kragh sits on
 * Handicaprådet; this file adds Ulla, a council member of Udsatterådet with a login, and a leader in Søby. Karen (leader)
 * manages, Birgit (politician) reads, Anders (support worker) has no access at all.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const ids = { randers: '', soeby: '', handicap: '', udsatte: '', jens: '', karen: '', ulla: '', openHearing: '', answeredHearing: '', closedHearing: '' };
let today = '';

const hearingRow = (id: string) => t.database.db.selectFrom('hearing').selectAll().where('hearing_id', '=', id).executeTakeFirstOrThrow();
const hearingsState = async () => JSON.stringify(await t.database.db.selectFrom('hearing').selectAll().orderBy('hearing_id').execute());
const membersState = async () => JSON.stringify(await t.database.db.selectFrom('steering_body_member').selectAll().orderBy('member_id').execute());

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
  today = copenhagenToday(t.clock.now);
  const db = t.database.db;
  const people = receptionFactory(t.database);
  ids.randers = await people.tenantId('randers');
  ids.soeby = await people.tenantId('soeby');
  const body = async (key: string) => (await db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', ids.randers).where('key', '=', key).executeTakeFirstOrThrow()).body_id;
  ids.handicap = await body('handicapraadet');
  ids.udsatte = await body('udsatteraadet');
  const user = async (persona: string) => (await db.selectFrom('app_user').select('user_id').where('demo_key', '=', persona).executeTakeFirstOrThrow()).user_id;
  ids.jens = await user('jens');
  ids.karen = await user('karen');
  ids.ulla = await people.staffPersona({ key: 'ulla', name: 'Ulla Udsat', unit: 'Perron 4', roles: ['council-member'] });
  await db.insertInto('steering_body_member').values({ tenant_id: ids.randers, member_id: newId(), body_id: ids.udsatte, name: 'Ulla Udsat', role: 'user-representative', organisation: 'Brugerrepræsentant', user_id: ids.ulla, member_from: null, member_to: null }).execute();
  await people.staffPersona({ key: 'soeby-leder', name: 'Lone Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });
  const hearingOf = async (status: 'open' | 'answered' | 'closed') =>
    (await db.selectFrom('hearing').select('hearing_id').where('body_id', '=', ids.handicap).where('status', '=', status).executeTakeFirstOrThrow()).hearing_id;
  ids.openHearing = await hearingOf('open');
  ids.answeredHearing = await hearingOf('answered');
  ids.closedHearing = await hearingOf('closed');
});

after(async () => {
  await t?.close();
});

describe('without a login', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', '/api/v1/councils'],
    ['GET', '/api/v1/councils/ID'],
    ['POST', '/api/v1/councils/ID/members', { name: 'X', role: 'expert' }],
    ['PATCH', '/api/v1/councils/ID/members/ID', { name: 'X' }],
    ['DELETE', '/api/v1/councils/ID/members/ID'],
    ['POST', '/api/v1/councils/ID/meetings', { heldOn: '2026-01-01', title: 'X' }],
    ['PATCH', '/api/v1/councils/ID/meetings/ID', { minutes: 'X' }],
    ['POST', '/api/v1/councils/ID/hearings', { title: 'X', decisionReference: 'X', sentOn: '2026-01-01', respondBy: '2026-01-02' }],
    ['GET', '/api/v1/hearings'],
    ['GET', '/api/v1/hearings/ID'],
    ['POST', '/api/v1/hearings/ID/response', { response: 'X', version: 1 }],
    ['POST', '/api/v1/hearings/ID/outcome', { outcome: 'X', version: 1 }],
  ];
  for (const [method, path, payload] of routes) {
    test(`${method} ${path}: 401`, async () => {
      const url = path.replaceAll('ID', ids.handicap);
      assertProblem(await t.request(null, { method: method as 'GET', url, ...(payload !== undefined && { payload: payload as object }) }), 401, 'unauthenticated');
    });
  }
});

describe('roles without the permission: 403, audited', () => {
  test('a support worker reads no council and no hearing', async () => {
    for (const url of ['/api/v1/councils', `/api/v1/councils/${ids.handicap}`, '/api/v1/hearings', `/api/v1/hearings/${ids.openHearing}`]) {
      const res = await t.request(await as('anders'), { method: 'GET', url });
      assertProblem(res, 403, 'forbidden');
      assert.deepEqual((await auditOfRequest(t.database, requestIdOf(res))).map((r) => [r.action, r.outcome]), [['council.read', 'denied']]);
    }
  });

  test('a politician reads but changes nothing', async () => {
    const before = await hearingsState();
    const birgit = await as('birgit');
    const tries = [
      { method: 'POST' as const, url: `/api/v1/councils/${ids.handicap}/members`, payload: { name: 'Ny Person', role: 'expert' } },
      { method: 'POST' as const, url: `/api/v1/councils/${ids.handicap}/meetings`, payload: { heldOn: today, title: 'Møde' } },
      { method: 'POST' as const, url: `/api/v1/councils/${ids.handicap}/hearings`, payload: { title: 'H', decisionReference: 'R', sentOn: today, respondBy: today } },
      { method: 'POST' as const, url: `/api/v1/hearings/${ids.answeredHearing}/outcome`, payload: { outcome: 'O', version: 2 } },
    ];
    for (const request of tries) {
      const res = await t.request(birgit, request);
      assertProblem(res, 403, 'forbidden');
      await assertAudited(t.database, res, { action: 'council.manage', actor: birgit.userId, outcome: 'denied' });
    }
    const res = await t.request(birgit, { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: 'Svar', version: 1 } });
    assertProblem(res, 403, 'forbidden');
    assert.equal(await hearingsState(), before);
  });

  test('the leader sends hearings but does not answer them for the council', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: 'Svar', version: 1 } });
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'hearing.answer', actor: ids.karen, outcome: 'denied', resourceId: ids.openHearing });
  });

  test('a council member does not send hearings', async () => {
    const res = await t.request(await as('jens'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/hearings`, payload: { title: 'H', decisionReference: 'R', sentOn: today, respondBy: today } });
    assertProblem(res, 403, 'forbidden');
  });
});

describe('reading the councils', () => {
  test('the list: member counts, dialogue meetings, open hearings, the 4/1/3 composition adds up', async () => {
    const res = await t.request(await as('karen'), { method: 'GET', url: '/api/v1/councils' });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.items.map((c: { name: string }) => c.name), ['Handicaprådet', 'Udsatterådet']);
    const handicap = body.items[0];
    assert.equal(handicap.memberCount, 8, 'the former city-council member does not count');
    assert.deepEqual(handicap.compositionGaps, []);
    assert.equal(handicap.openHearings, 1);
    assert.ok(handicap.lastDialogueMeeting.heldOn <= today);
    assert.ok(handicap.nextDialogueMeeting.heldOn > today);
    await assertAudited(t.database, res, { action: 'council.read', actor: ids.karen, outcome: 'allowed', tenantId: ids.randers });
  });

  test('Handicaprådet for Jens: members and roles, his own seat, the hearings; no users to link', async () => {
    const body = expectStatus(await t.request(await as('jens'), { method: 'GET', url: `/api/v1/councils/${ids.handicap}` }), 200);
    const sitting = body.members.filter((m: { sitting: boolean }) => m.sitting);
    const count = (role: string) => sitting.filter((m: { role: string }) => m.role === role).length;
    assert.deepEqual([count('dpo-representative'), count('city-council-member'), count('expert'), sitting.length], [4, 1, 3, 8]);
    assert.deepEqual([...new Set(sitting.map((m: { role: string }) => m.role))], ['dpo-representative', 'city-council-member', 'expert'], 'by role in the order of the composition');
    const jens = body.members.find((m: { name: string }) => m.name === 'Jens Kragh');
    assert.deepEqual([jens.role, jens.organisation, jens.userId], ['dpo-representative', 'DH Randers', ids.jens]);
    assert.equal(body.members.at(-1).sitting, false, 'former members come last');
    assert.equal(body.isMember, true);
    assert.equal(body.canManage, false);
    assert.deepEqual(body.linkableUsers, []);
    assert.equal(body.hearings.length, 3);
    assert.ok(body.meetings.length >= 5);
    assert.ok(body.meetings.every((m: { kind: string }) => m.kind === 'dialogue-meeting'));
  });

  test('a member of Udsatterådet reads Handicaprådet but not its hearings', async () => {
    const body = expectStatus(await t.request(await as('ulla'), { method: 'GET', url: `/api/v1/councils/${ids.handicap}` }), 200);
    assert.equal(body.isMember, false);
    assert.deepEqual(body.hearings, []);
    assert.equal(body.openHearings, 0);
  });

  test('the leader gets the users a member can be linked to', async () => {
    const body = expectStatus(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/councils/${ids.handicap}` }), 200);
    const names = body.linkableUsers.map((u: { name: string }) => u.name);
    assert.ok(names.includes('Jens Kragh') && names.includes('Birgit Thomsen'));
    assert.ok(!names.includes('Anders Holm'));
  });
});

describe('the hearing list', () => {
  const list = async (persona: string, query = '') => expectStatus(await t.request(await as(persona), { method: 'GET', url: `/api/v1/hearings${query}` }), 200).items as { council: { id: string }; status: string }[];

  test('a council member sees the hearings of the councils they sit on', async () => {
    const jens = await list('jens');
    assert.ok(jens.length >= 3);
    assert.ok(jens.every((h) => h.council.id === ids.handicap));
    const ulla = await list('ulla');
    assert.ok(ulla.length >= 3 && ulla.every((h) => h.council.id === ids.udsatte));
  });

  test('the leader and the politician see them all; open ones first', async () => {
    for (const persona of ['karen', 'birgit']) {
      const all = await list(persona);
      assert.ok(all.some((h) => h.council.id === ids.handicap) && all.some((h) => h.council.id === ids.udsatte));
      const firstNotOpen = all.findIndex((h) => h.status !== 'open');
      assert.ok(all.slice(firstNotOpen).every((h) => h.status !== 'open'));
    }
  });

  test('by status', async () => {
    const open = await list('jens', '?status=open');
    assert.deepEqual(open.map((h) => h.status), ['open']);
  });

  test('a status that does not exist: 400 in Danish', async () => {
    const res = await t.request(await as('jens'), { method: 'GET', url: '/api/v1/hearings?status=pending' });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.equal(problem.errors![0]!.path, 'status');
  });

  test('one hearing: the decision, the deadline and what Jens may do', async () => {
    const body = expectStatus(await t.request(await as('jens'), { method: 'GET', url: `/api/v1/hearings/${ids.openHearing}` }), 200);
    assert.equal(body.title, 'Nyt botilbud i Asferg til 24 borgere');
    assert.equal(body.council.name, 'Handicaprådet');
    assert.equal(body.strategy?.name, 'Voksenhandicapplan 2020–2023 (forlænget til og med 2026)', 'the demo hearing names the strategy its decision belongs to');
    assert.equal(body.respondBy, addDays(today, 16));
    assert.deepEqual([body.status, body.overdue, body.daysToAnswer, body.canAnswer, body.canRecordOutcome], ['open', false, 16, true, false]);
  });

  test('a member of Udsatterådet gets 404 on a hearing of Handicaprådet, audited as denied', async () => {
    const res = await t.request(await as('ulla'), { method: 'GET', url: `/api/v1/hearings/${ids.openHearing}` });
    assertProblem(res, 404, 'not_found');
    await assertAudited(t.database, res, { action: 'council.read', actor: ids.ulla, outcome: 'denied', resourceId: ids.openHearing });
  });
});

describe('answering a hearing', () => {
  test('a member of Udsatterådet gets 404 on Handicaprådet’s hearing, and nothing changes', async () => {
    const before = await hearingsState();
    const res = await t.request(await as('ulla'), { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: 'Vores svar', version: 1 } });
    assertProblem(res, 404, 'not_found');
    const row = await assertAudited(t.database, res, { action: 'hearing.answer', actor: ids.ulla, outcome: 'denied', resourceId: ids.openHearing });
    assert.equal((row.details as { reason?: string }).reason, 'not-on-council');
    assert.equal(await hearingsState(), before);
  });

  test('an empty response: 400 in Danish, nothing changes', async () => {
    const before = await hearingsState();
    const res = await t.request(await as('jens'), { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: '   ', version: 1 } });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.equal(problem.errors![0]!.path, 'response');
    assert.equal(await hearingsState(), before);
  });

  test('Jens answers for Handicaprådet: the response, who and when, status answered, audited', async () => {
    const res = await t.request(await as('jens'), { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: '  Rådet støtter botilbuddet, men der skal være bus til byen.  ', version: 1 } });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.status, body.response, body.respondedBy.name, body.version, body.canAnswer], ['answered', 'Rådet støtter botilbuddet, men der skal være bus til byen.', 'Jens Kragh', 2, true]);
    const row = await hearingRow(ids.openHearing);
    assert.deepEqual([row.status, row.response, row.responded_by, row.version], ['answered', 'Rådet støtter botilbuddet, men der skal være bus til byen.', ids.jens, 2]);
    assert.equal(new Date(row.responded_at!).getTime(), t.clock.now.getTime());
    await assertAudited(t.database, res, { action: 'hearing.answer', actor: ids.jens, outcome: 'allowed', resourceId: ids.openHearing });
  });

  test('an old version: 409, and the response stays', async () => {
    const res = await t.request(await as('jens'), { method: 'POST', url: `/api/v1/hearings/${ids.openHearing}/response`, payload: { response: 'Et andet svar', version: 1 } });
    const problem = assertProblem(res, 409, 'conflict');
    assert.match(problem.detail ?? '', /Nogen har ændret dette/);
    assert.equal((await hearingRow(ids.openHearing)).response, 'Rådet støtter botilbuddet, men der skal være bus til byen.');
  });

  test('a closed hearing: 409 that says it is closed', async () => {
    const before = await hearingsState();
    const res = await t.request(await as('jens'), { method: 'POST', url: `/api/v1/hearings/${ids.closedHearing}/response`, payload: { response: 'For sent', version: 3 } });
    const problem = assertProblem(res, 409, 'conflict');
    assert.deepEqual(problem.errors, [{ path: 'response', message: 'Høringen er lukket, fordi udfaldet er registreret. Svaret kan ikke ændres længere.' }]);
    assert.equal(await hearingsState(), before);
  });
});

describe('sending a hearing and recording the outcome', () => {
  let sent = '';
  const hearing = () => ({ title: 'Ny kvalitetsstandard for bostøtte', description: 'Forslag til nye rammer for bostøtte efter § 85.', decisionReference: 'Socialudvalget, sag 21', sentOn: today, respondBy: addDays(today, 14) });

  test('the leader sends a hearing to Handicaprådet: 201, the row, the audit entry', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/hearings`, payload: hearing() });
    const body = expectStatus(res, 201);
    sent = body.id;
    assert.deepEqual([body.status, body.version, body.canRecordOutcome, body.council.id, body.strategy], ['open', 1, false, ids.handicap, null]);
    const row = await hearingRow(sent);
    assert.deepEqual([row.body_id, row.title, row.decision_reference, row.sent_on, row.respond_by, row.created_by], [ids.handicap, 'Ny kvalitetsstandard for bostøtte', 'Socialudvalget, sag 21', today, addDays(today, 14), ids.karen]);
    await assertAudited(t.database, res, { action: 'council.manage', actor: ids.karen, outcome: 'allowed', resourceId: sent });
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['no title', { title: '' }, 'title', /./],
    ['a deadline before it was sent', { respondBy: '2020-01-01', sentOn: '2020-01-02' }, 'respondBy', /^Svarfristen skal ligge på eller efter den dag, høringen sendes\.$/],
    ['sent in the future', { sentOn: '2999-01-01', respondBy: '2999-02-01' }, 'sentOn', /^Høringen kan ikke være sendt senere end i dag\.$/],
    ['a date that is not one', { respondBy: '2026-02-30' }, 'respondBy', /./],
    ['a strategy that does not exist', { strategyId: '0190a1b2-0000-7000-8000-000000000000' }, 'strategyId', /^Strategien findes ikke/],
    ['a field it does not know', { priority: 'high' }, '', /./],
  ];
  for (const [what, change, path, message] of bad) {
    test(`${what}: 400, translated, nothing stored`, async () => {
      const before = await hearingsState();
      const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/hearings`, payload: { ...hearing(), ...change } });
      const problem = assertProblem(res, 400, 'validation_failed');
      const error = problem.errors!.find((e) => e.path === path) ?? problem.errors![0]!;
      assert.match(error.message, message);
      assert.equal(await hearingsState(), before);
    });
  }

  test('the outcome of an open hearing before the deadline: 409 that says why', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/hearings/${sent}/outcome`, payload: { outcome: 'Vedtaget', version: 1 } });
    const problem = assertProblem(res, 409, 'conflict');
    assert.match(problem.errors![0]!.message, /^Rådet har ikke svaret endnu, og fristen er ikke udløbet\. Vent på svaret, eller registrér udfaldet efter \d+\. \w+ \d{4}\.$/);
    assert.equal((await hearingRow(sent)).status, 'open');
  });

  test('the outcome of an answered hearing closes it', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/hearings/${ids.answeredHearing}/outcome`, payload: { outcome: 'Udvalget vedtog 12 måneder, som rådet foreslog.', version: 2 } });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.status, body.outcome, body.version, body.canRecordOutcome, body.canAnswer], ['closed', 'Udvalget vedtog 12 måneder, som rådet foreslog.', 3, false, false]);
    const row = await hearingRow(ids.answeredHearing);
    assert.deepEqual([row.status, row.outcome, row.version], ['closed', 'Udvalget vedtog 12 måneder, som rådet foreslog.', 3]);
    await assertAudited(t.database, res, { action: 'council.manage', actor: ids.karen, outcome: 'allowed', resourceId: ids.answeredHearing });
  });

  test('recording it twice: 409 that says it is closed', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/hearings/${ids.answeredHearing}/outcome`, payload: { outcome: 'Igen', version: 3 } });
    const problem = assertProblem(res, 409, 'conflict');
    assert.equal(problem.errors![0]!.message, 'Udfaldet er allerede registreret, og høringen er lukket.');
  });

  test('after the deadline without a response, the outcome may be recorded', async () => {
    t.clock.now = new Date(t.clock.now.getTime() + 20 * 86_400_000);
    sessions.forget();
    try {
      const body = expectStatus(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/hearings/${sent}` }), 200);
      assert.deepEqual([body.overdue, body.canRecordOutcome], [true, true]);
      const closed = expectStatus(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/hearings/${sent}/outcome`, payload: { outcome: 'Vedtaget uden høringssvar.', version: 1 } }), 200);
      assert.equal(closed.status, 'closed');
    } finally {
      t.clock.now = new Date(t.clock.now.getTime() - 20 * 86_400_000);
      sessions.forget();
    }
  });
});

describe('members and meetings', () => {
  let memberId = '';

  test('the leader adds an expert linked to a login: 201, the row, the audit entry', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.udsatte}/members`, payload: { name: 'Birgit Thomsen', role: 'city-council-member', organisation: 'Randers Byråd', userId: (await as('birgit')).userId, memberFrom: '2026-01-01' } });
    const body = expectStatus(res, 201);
    memberId = body.id;
    assert.deepEqual([body.role, body.userId, body.memberTo], ['city-council-member', (await as('birgit')).userId, null]);
    const row = await t.database.db.selectFrom('steering_body_member').selectAll().where('member_id', '=', memberId).executeTakeFirstOrThrow();
    assert.deepEqual([row.body_id, row.name, row.tenant_id], [ids.udsatte, 'Birgit Thomsen', ids.randers]);
    await assertAudited(t.database, res, { action: 'council.manage', actor: ids.karen, outcome: 'allowed', resourceId: memberId });
  });

  const bad: [string, Record<string, unknown>, string, string | null][] = [
    ['a role that does not exist', { name: 'X', role: 'king' }, 'role', null],
    ['no name', { name: '', role: 'expert' }, 'name', null],
    ['the period backwards', { name: 'X', role: 'expert', memberFrom: '2026-05-01', memberTo: '2026-04-01' }, 'memberTo', 'Slutdatoen skal ligge på eller efter startdatoen.'],
    ['a user that does not exist', { name: 'X', role: 'expert', userId: '0190a1b2-0000-7000-8000-000000000001' }, 'userId', 'Brugeren findes ikke. Vælg en bruger fra listen.'],
  ];
  for (const [what, payload, path, message] of bad) {
    test(`${what}: 400, nothing stored`, async () => {
      const before = await membersState();
      const problem = assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/members`, payload }), 400, 'validation_failed');
      assert.equal(problem.errors![0]!.path, path);
      if (message) assert.equal(problem.errors![0]!.message, message);
      assert.equal(await membersState(), before);
    });
  }

  test('a user already linked to a member of the council: 400', async () => {
    const problem = assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/members`, payload: { name: 'Jens igen', role: 'expert', userId: ids.jens } }), 400, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'userId', message: 'Brugeren er allerede medlem af rådet.' }]);
  });

  test('a user of another municipality is unknown', async () => {
    const soebyUser = (await t.database.db.selectFrom('app_user').select('user_id').where('tenant_id', '=', ids.soeby).executeTakeFirstOrThrow()).user_id;
    const problem = assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/members`, payload: { name: 'X', role: 'expert', userId: soebyUser } }), 400, 'validation_failed');
    assert.equal(problem.errors![0]!.path, 'userId');
  });

  test('the member leaves: an end date; the composition check then warns', async () => {
    const handicapMembers = await t.database.db.selectFrom('steering_body_member').select(['member_id', 'role']).where('body_id', '=', ids.handicap).where('role', '=', 'expert').execute();
    const expert = handicapMembers[0]!.member_id;
    const res = await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/councils/${ids.handicap}/members/${expert}`, payload: { memberTo: addDays(today, -1) } });
    const body = expectStatus(res, 200);
    assert.equal(body.sitting, false);
    const council = expectStatus(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/councils/${ids.handicap}` }), 200);
    assert.deepEqual(council.compositionGaps, [{ role: 'expert', expected: 3, actual: 2 }]);
    expectStatus(await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/councils/${ids.handicap}/members/${expert}`, payload: { memberTo: null } }), 200);
  });

  test('a member removed: 204 and gone', async () => {
    const res = await t.request(await as('karen'), { method: 'DELETE', url: `/api/v1/councils/${ids.udsatte}/members/${memberId}` });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(await t.database.db.selectFrom('steering_body_member').select('member_id').where('member_id', '=', memberId).executeTakeFirst(), undefined);
    await assertAudited(t.database, res, { action: 'council.manage', actor: ids.karen, outcome: 'allowed', resourceId: memberId });
    assertProblem(await t.request(await as('karen'), { method: 'DELETE', url: `/api/v1/councils/${ids.udsatte}/members/${memberId}` }), 404, 'not_found');
  });

  test('a member through another council’s address: 404', async () => {
    const member = (await t.database.db.selectFrom('steering_body_member').select('member_id').where('body_id', '=', ids.handicap).executeTakeFirstOrThrow()).member_id;
    assertProblem(await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/councils/${ids.udsatte}/members/${member}`, payload: { name: 'X' } }), 404, 'not_found');
  });

  test('the dialogue meeting: planned, then its minutes written', async () => {
    const heldOn = addDays(today, 100);
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/meetings`, payload: { heldOn, title: 'Ekstra dialogmøde', agenda: '1. Boliger' } });
    const meeting = expectStatus(res, 201);
    assert.deepEqual([meeting.kind, meeting.minutes], ['dialogue-meeting', '']);
    await assertAudited(t.database, res, { action: 'council.manage', actor: ids.karen, outcome: 'allowed', resourceId: meeting.id });
    const patched = expectStatus(await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/councils/${ids.handicap}/meetings/${meeting.id}`, payload: { minutes: 'Rådet og udvalget drøftede boligerne.' } }), 200);
    assert.deepEqual([patched.minutes, patched.agenda, patched.heldOn], ['Rådet og udvalget drøftede boligerne.', '1. Boliger', heldOn]);
    const row = await t.database.db.selectFrom('steering_meeting').selectAll().where('meeting_id', '=', meeting.id).executeTakeFirstOrThrow();
    assert.equal(row.minutes, 'Rådet og udvalget drøftede boligerne.');
    assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${ids.handicap}/meetings`, payload: { heldOn: '1. juni', title: 'X' } }), 400, 'validation_failed');
  });

  test('a body that is not a council (a committee) is not found here', async () => {
    const committee = newId();
    await t.database.db.insertInto('steering_body').values({ tenant_id: ids.randers, body_id: committee, key: 'test-udvalg', kind: 'committee', name: 'Testudvalget', created_at: new Date() }).execute();
    assertProblem(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/councils/${committee}` }), 404, 'not_found');
    assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/councils/${committee}/hearings`, payload: { title: 'H', decisionReference: 'R', sentOn: today, respondBy: today } }), 404, 'not_found');
    const list = expectStatus(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/councils' }), 200);
    assert.ok(!list.items.some((c: { id: string }) => c.id === committee));
  });
});

describe('another municipality', () => {
  test('a leader in Søby sees no council of Randers: an empty list and 404s', async () => {
    const soeby = await as('soeby-leder');
    assert.deepEqual(expectStatus(await t.request(soeby, { method: 'GET', url: '/api/v1/councils' }), 200).items, []);
    assert.deepEqual(expectStatus(await t.request(soeby, { method: 'GET', url: '/api/v1/hearings' }), 200).items, []);
    const before = await hearingsState();
    for (const request of [
      { method: 'GET' as const, url: `/api/v1/councils/${ids.handicap}` },
      { method: 'GET' as const, url: `/api/v1/hearings/${ids.closedHearing}` },
      { method: 'POST' as const, url: `/api/v1/councils/${ids.handicap}/hearings`, payload: { title: 'H', decisionReference: 'R', sentOn: today, respondBy: today } },
      { method: 'POST' as const, url: `/api/v1/councils/${ids.handicap}/members`, payload: { name: 'X', role: 'expert' } },
      { method: 'POST' as const, url: `/api/v1/hearings/${ids.openHearing}/outcome`, payload: { outcome: 'O', version: 2 } },
    ]) {
      assertProblem(await t.request(soeby, request), 404, 'not_found');
    }
    assert.equal(await hearingsState(), before);
  });
});

describe('the demo', () => {
  test('one dialogue meeting a year for each council for the last years, and one coming', async () => {
    const meetings = await t.database.db.selectFrom('steering_meeting').select(['body_id', 'held_on', 'kind']).where('tenant_id', '=', ids.randers).where('body_id', 'in', [ids.handicap, ids.udsatte]).where('title', 'like', 'Dialogmøde med Socialudvalget%').execute();
    for (const council of [ids.handicap, ids.udsatte]) {
      const own = meetings.filter((m) => m.body_id === council);
      assert.equal(own.filter((m) => m.held_on > today).length, 1);
      const years = own.filter((m) => m.held_on <= today).map((m) => m.held_on.slice(0, 4));
      assert.equal(new Set(years).size, years.length, 'one a year');
      assert.ok(years.length >= 4);
    }
  });

  test('the answered and closed demo hearings have their response; the closed ones their outcome', async () => {
    const rows = await t.database.db.selectFrom('hearing').selectAll().where('tenant_id', '=', ids.randers).where('title', 'in', ['Forlængelse af handicapplanen for voksne til og med 2026', 'Strategi for psykiatri og socialt udsatte voksne – udkast', 'Nye regler for brug af akuthuset']).execute();
    assert.equal(rows.length, 3);
    for (const row of rows) {
      assert.ok(row.response && row.responded_at);
      assert.equal(row.outcome !== null, row.status === 'closed');
    }
  });

  test('loading the councils again into a municipality that has them adds nothing; Søby gets none', async () => {
    const { loadDemoCouncilsIfMissing } = await import('../../src/features/demo/load-demo-councils.js');
    assert.equal(await loadDemoCouncilsIfMissing(t.database.db, { tenantId: ids.randers, slug: 'randers' }), 0);
    assert.equal(await loadDemoCouncilsIfMissing(t.database.db, { tenantId: ids.soeby, slug: 'soeby' }), 0);
    const soebyBodies = await t.database.db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', ids.soeby).where('kind', '=', 'council').execute();
    assert.equal(soebyBodies.length, 0);
  });
});
