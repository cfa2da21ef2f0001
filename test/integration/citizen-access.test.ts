import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { citizenAccessFor } from '../../src/platform/access/citizen-access.js';
import { withTenant } from '../../src/platform/db/tenant-transaction.js';
import { citizenFactory, type CitizenFactory } from '../support/citizen-factory.js';
import { assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * The citizen routes' access matrix (self, relative with and without consent, team, staff elsewhere with and
 * without a staff/unit consent, leader, another municipality), the CPR number's protection in answers and logs,
 * the audit of every access and the citizen's own view of it, and withdrawal taking effect on the next request.
 */

const CPR_A = '010180-4711';
const CPR_A_DIGITS = '0101804711';
const CPR_B = '020290-4822';

const rawLogLines: string[] = [];
const originalWrite = process.stdout.write;

let t: TestApp;
let f: CitizenFactory;
let citizenA = '';
let citizenB = '';
let louiseOnA = '';
let louiseOnB = '';
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

before(async () => {
  process.stdout.write = function captureLogs(chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.startsWith('{"level"')) {
      rawLogLines.push(chunk);
      return true;
    }
    return (originalWrite as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  } as typeof process.stdout.write;
  t = await createTestApp({ LOG_LEVEL: 'info' });
  f = citizenFactory(t.database, t.config.cprKey);
  citizenA = await f.citizen({ cpr: CPR_A, firstName: 'Aske', lastName: 'Andersen', persona: 'mikkel', targetGroups: ['autism'], team: [{ persona: 'mette', teamRole: 'case-officer' }, { persona: 'anders', teamRole: 'support-worker' }] });
  citizenB = await f.citizen({ cpr: CPR_B, firstName: 'Bodil', lastName: 'Bach', team: [{ persona: 'mette', teamRole: 'case-officer' }] });
  louiseOnA = await f.networkMember(citizenA, { name: 'Louise Sørensen', relation: 'søster', persona: 'louise' });
  louiseOnB = await f.networkMember(citizenB, { name: 'Louise Sørensen', relation: 'nabo', persona: 'louise' });
  await f.consent(citizenA, { granteeKind: 'network', granteeId: louiseOnA, part: 'domain:health' });
  void louiseOnB;
});

after(async () => {
  process.stdout.write = originalWrite;
  await t?.close();
});

type Who = 'self' | 'relative-consented' | 'relative-unconsented' | 'team-support' | 'team-case-officer' | 'elsewhere' | 'elsewhere-consented' | 'leader' | 'other-municipality';
const personaOf: Record<Who, string> = {
  self: 'mikkel',
  'relative-consented': 'louise',
  'relative-unconsented': 'louise',
  'team-support': 'anders',
  'team-case-officer': 'mette',
  elsewhere: 'anders',
  'elsewhere-consented': 'anders',
  leader: 'karen',
  'other-municipality': 'soeby-rasmus',
};
/** Which citizen the actor is asked about: B is the one anders is not on the team of and louise has no consent for. */
const citizenFor = (who: Who) => (who === 'relative-unconsented' || who === 'elsewhere' || who === 'elsewhere-consented' ? citizenB : citizenA);

interface Route {
  name: string;
  inject: (citizenId: string) => InjectOptions;
  expect: Partial<Record<Who, number>>;
}

const all404 = { 'relative-consented': 404, 'relative-unconsented': 404, elsewhere: 404, 'elsewhere-consented': 404, leader: 404, 'other-municipality': 404 } as const;

const routes: Route[] = [
  { name: 'GET /citizens/:id', inject: (id) => ({ method: 'GET', url: `/api/v1/citizens/${id}` }), expect: { self: 200, 'team-support': 200, 'team-case-officer': 200, ...all404 } },
  { name: 'PATCH /citizens/:id (stale version: authorised, then 409)', inject: (id) => ({ method: 'PATCH', url: `/api/v1/citizens/${id}`, payload: { version: 999, phone: '12345678' } }), expect: { self: 409, 'team-support': 409, 'team-case-officer': 409, ...all404 } },
  { name: 'PUT /citizens/:id/team (unknown user: authorised, then 400)', inject: (id) => ({ method: 'PUT', url: `/api/v1/citizens/${id}/team`, payload: { members: [{ userId: '01900000-0000-7000-8000-000000000000', teamRole: 'case-officer' }] } }), expect: { self: 404, 'team-support': 403, 'team-case-officer': 400, ...all404 } },
  { name: 'GET /citizens/:id/network', inject: (id) => ({ method: 'GET', url: `/api/v1/citizens/${id}/network` }), expect: { self: 200, 'team-support': 200, 'team-case-officer': 200, ...all404 } },
  { name: 'GET /citizens/:id/consents', inject: (id) => ({ method: 'GET', url: `/api/v1/citizens/${id}/consents` }), expect: { self: 200, 'team-support': 200, 'team-case-officer': 200, ...all404 } },
  {
    name: 'PUT /citizens/:id/consents (the unchanged set)',
    inject: (id) => ({ method: 'PUT', url: `/api/v1/citizens/${id}/consents`, payload: { consents: id === citizenA ? [{ granteeKind: 'network', granteeId: louiseOnA, part: 'domain:health', level: 'view' }] : [] } }),
    expect: { self: 200, 'team-support': 403, 'team-case-officer': 403, 'relative-consented': 403, 'relative-unconsented': 403, elsewhere: 404, 'elsewhere-consented': 404, leader: 404, 'other-municipality': 404 },
  },
  { name: 'GET /citizens/:id/transition-plan (none yet: 404 after the gate)', inject: (id) => ({ method: 'GET', url: `/api/v1/citizens/${id}/transition-plan` }), expect: { self: 404, 'team-support': 404, 'team-case-officer': 404, ...all404 } },
  { name: 'POST /citizens/:id/access-request-export', inject: (id) => ({ method: 'POST', url: `/api/v1/citizens/${id}/access-request-export`, payload: { format: 'json' } }), expect: { self: 404, 'team-support': 404, 'team-case-officer': 200, ...all404 } },
];

function assertNoFullCpr(res: LightMyRequestResponse, where: string) {
  for (const form of [CPR_A_DIGITS, CPR_A, CPR_B, CPR_B.replace('-', '')]) assert.ok(!res.body.includes(form), `${where}: a full CPR number must not be in the answer`);
}

/** Answers given after the gate let the request through: the work was refused, the transaction rolled back, nothing stays. */
const afterGate = (status: number, route: Route) => status === 409 || status === 400 || (status === 404 && route.name.includes('(none yet'));

describe('the access matrix of the citizen routes', () => {
  for (const route of routes) {
    for (const [who, status] of Object.entries(route.expect) as [Who, number][]) {
      test(`${route.name} as ${who} → ${status}`, async () => {
        if (who === 'elsewhere-consented' && !(await t.database.db.selectFrom('consent').select('consent_id').where('grantee_kind', '=', 'staff').executeTakeFirst())) {
          // A staff consent and a unit consent on B's plan parts: the plan part is shared, the record is not.
          await f.consent(citizenB, { granteeKind: 'staff', granteeId: await f.userId('anders'), part: 'domain:health' });
          await f.consent(citizenB, { granteeKind: 'unit', granteeId: await f.unitId('Mestringsvejledning Nord'), part: 'domain:work' });
        }
        const citizenId = citizenFor(who);
        const res = await t.request(await as(personaOf[who]), route.inject(citizenId));
        assert.equal(res.statusCode, status, `${who}: ${res.body}`);
        if (status === 404) assertProblem(res, 404, 'not_found');
        if (status === 403) assertProblem(res, 403, 'forbidden');
        if (personaOf[who] !== 'mette') assertNoFullCpr(res, `${route.name} as ${who}`);
        const audit = await auditOfRequest(t.database, requestIdOf(res));
        if (afterGate(status, route) && who !== 'relative-consented' && who !== 'relative-unconsented' && !who.startsWith('elsewhere') && who !== 'leader' && who !== 'other-municipality') {
          assert.equal(audit.length, 0, 'a refused change leaves nothing behind, its audit entry included');
          return;
        }
        assert.ok(audit.length >= 1, 'every access, allowed or denied, is audited');
        const entry = audit[0]!;
        assert.equal(entry.outcome, status === 200 ? 'allowed' : 'denied');
        assert.equal(entry.actor_user_id, (await as(personaOf[who])).userId);
        // Soeby's admin is refused in soeby, where randers' citizen does not exist.
        assert.equal(entry.citizen_id, who === 'other-municipality' ? null : citizenId);
      });
    }
  }
});

describe('staff-only routes', () => {
  test('the caseload lists the team’s citizens only, masked; a citizen or a leader is refused with 403', async () => {
    const res = await t.request(await as('anders'), { method: 'GET', url: '/api/v1/citizens?q=aske' });
    assert.equal(res.statusCode, 200, res.body);
    const items = (res.json() as { items: { id: string; cprMasked: string; teamRole: string }[] }).items;
    assert.deepEqual(items.map((i) => i.id), [citizenA]);
    assert.equal(items[0]!.cprMasked, '010180-****');
    assertNoFullCpr(res, 'caseload');
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    assert.ok(audit.some((a) => a.citizen_id === citizenA && a.action === 'caseload.read'), 'the listed citizen sees it in their log');
    for (const persona of ['mikkel', 'karen']) assertProblem(await t.request(await as(persona), { method: 'GET', url: '/api/v1/citizens' }), 403, 'forbidden');
  });

  test('search by CPR: case officers only, in the body, audited with the masked criterion', async () => {
    const res = await t.request(await as('mette'), { method: 'POST', url: '/api/v1/citizens/search-by-cpr', payload: { cpr: CPR_A_DIGITS } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual((res.json() as { items: { id: string; onMyTeam: boolean }[] }).items.map((i) => [i.id, i.onMyTeam]), [[citizenA, true]]);
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    assert.ok(audit.length >= 2);
    for (const entry of audit) {
      assert.equal((entry.details as { criterion: string }).criterion, '010180-****');
      assert.ok(!JSON.stringify(entry.details).includes('4711'));
    }
    assert.ok(audit.some((a) => a.citizen_id === citizenA));
    const denied = await t.request(await as('anders'), { method: 'POST', url: '/api/v1/citizens/search-by-cpr', payload: { cpr: CPR_A } });
    assertProblem(denied, 403, 'forbidden');
    const deniedAudit = await auditOfRequest(t.database, requestIdOf(denied));
    assert.equal(deniedAudit[0]!.outcome, 'denied');
    assert.equal((deniedAudit[0]!.details as { criterion: string }).criterion, '010180-****');
    const bad = await t.request(await as('mette'), { method: 'POST', url: '/api/v1/citizens/search-by-cpr', payload: { cpr: '311399-1234' } });
    assert.equal(assertProblem(bad, 400, 'validation_failed').errors?.[0]?.path, 'cpr');
  });

  test('the record: full CPR only for the case officer; masked for the support worker and the citizen; target groups for staff only', async () => {
    const mette = (await t.request(await as('mette'), { method: 'GET', url: `/api/v1/citizens/${citizenA}` })).json() as { cpr: string; targetGroups?: string[] };
    assert.equal(mette.cpr, CPR_A);
    assert.deepEqual(mette.targetGroups, ['autism']);
    const anders = (await t.request(await as('anders'), { method: 'GET', url: `/api/v1/citizens/${citizenA}` })).json() as { cpr: string; targetGroups?: string[] };
    assert.equal(anders.cpr, '010180-****');
    const self = (await t.request(await as('mikkel'), { method: 'GET', url: `/api/v1/citizens/${citizenA}` })).json() as { cpr: string; targetGroups?: string[] };
    assert.equal(self.cpr, '010180-****');
    assert.equal(self.targetGroups, undefined, 'target groups are never shown to the citizen');
  });

  test('registering a citizen: encrypted at rest, the creator on the team; a duplicate is 409, bad input 400, nothing stored', async () => {
    const mette = await as('mette');
    const res = await t.request(mette, { method: 'POST', url: '/api/v1/citizens', payload: { firstName: 'Carl', lastName: 'Clausen', cpr: '030375-1357', communicationNeeds: ['easy-read'] } });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json() as { id: string; cpr: string; birthDate: string; team: { userId: string; teamRole: string }[] };
    assert.equal(body.cpr, '030375-1357');
    assert.equal(body.birthDate, '1975-03-03');
    assert.deepEqual(body.team.map((m) => [m.userId, m.teamRole]), [[mette.userId, 'case-officer']]);
    const row = await t.database.db.selectFrom('citizen').selectAll().where('citizen_id', '=', body.id).executeTakeFirstOrThrow();
    assert.ok(row.cpr_encrypted && !row.cpr_encrypted.includes('1357') && !row.cpr_search_hash!.includes('0303751357'));
    assert.equal((await auditOfRequest(t.database, requestIdOf(res)))[0]!.citizen_id, body.id);
    const count = async () => Number((await t.database.db.selectFrom('citizen').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    assertProblem(await t.request(mette, { method: 'POST', url: '/api/v1/citizens', payload: { firstName: 'Carl', lastName: 'Igen', cpr: '0303751357' } }), 409, 'conflict');
    assertProblem(await t.request(mette, { method: 'POST', url: '/api/v1/citizens', payload: { firstName: 'x'.repeat(101), lastName: 'L', cpr: '040475-1111' } }), 400, 'validation_failed');
    assertProblem(await t.request(mette, { method: 'POST', url: '/api/v1/citizens', payload: { firstName: 'Dato', lastName: 'Fejl', cpr: '310275-1111' } }), 400, 'validation_failed');
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: '/api/v1/citizens', payload: { firstName: 'A', lastName: 'B', cpr: '050575-1111' } }), 403, 'forbidden');
    assert.equal(await count(), before);
  });

  test('a citizen may change only their own contact details; a stale version is 409 and changes nothing', async () => {
    const mikkel = await as('mikkel');
    const version = (await t.database.db.selectFrom('citizen').select('version').where('citizen_id', '=', citizenA).executeTakeFirstOrThrow()).version;
    const ok = await t.request(mikkel, { method: 'PATCH', url: `/api/v1/citizens/${citizenA}`, payload: { version, phone: '22 33 44 55', communicationNeeds: ['pictograms'] } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((ok.json() as { version: number }).version, version + 1);
    const refused = await t.request(mikkel, { method: 'PATCH', url: `/api/v1/citizens/${citizenA}`, payload: { version: version + 1, firstName: 'Andet' } });
    assert.equal(assertProblem(refused, 403, 'forbidden').errors?.[0]?.path, 'firstName');
    const stale = await t.request(await as('anders'), { method: 'PATCH', url: `/api/v1/citizens/${citizenA}`, payload: { version, city: 'Randers' } });
    assert.ok(assertProblem(stale, 409, 'conflict').detail);
    const row = await t.database.db.selectFrom('citizen').selectAll().where('citizen_id', '=', citizenA).executeTakeFirstOrThrow();
    assert.equal(row.phone, '22 33 44 55');
    assert.equal(row.city, null);
    assert.equal(row.first_name, 'Aske');
  });
});

describe('consent, network and invitations', () => {
  test('withdrawal takes effect on the very next request, and the history keeps both rows', async () => {
    const louise = await as('louise');
    const accessNow = () =>
      withTenant(t.database.db, louise.tenantId, async (trx) =>
        citizenAccessFor({ trx, tenantId: louise.tenantId, requestId: 'test', now: new Date(), language: 'da', actor: { userId: louise.userId, tenantId: louise.tenantId, displayName: 'Louise', kind: 'relative', roles: ['relative'], orgUnitId: null, language: 'da' } }, citizenA),
      );
    assert.deepEqual([...(await accessNow())!.visibleParts], ['domain:health']);
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'PUT', url: `/api/v1/citizens/${citizenA}/consents`, payload: { consents: [{ granteeKind: 'network', granteeId: louiseOnA, part: 'dreams', level: 'comment' }] } });
    assert.equal(res.statusCode, 200, res.body);
    const access = (await accessNow())!;
    assert.deepEqual([...access.visibleParts], ['dreams'], 'health is withdrawn, dreams granted, from this moment');
    assert.deepEqual([...access.commentableParts], ['dreams']);
    const rows = await t.database.db.selectFrom('consent').selectAll().where('citizen_id', '=', citizenA).orderBy('granted_at').execute();
    assert.equal(rows.length, 2);
    assert.ok(rows[0]!.withdrawn_at && rows[0]!.withdrawn_by === mikkel.userId);
    assert.equal(rows[1]!.withdrawn_at, null);
    const details = (await auditOfRequest(t.database, requestIdOf(res)))[0]!.details as { granted: unknown[]; withdrawn: unknown[] };
    assert.equal(details.granted.length, 1);
    assert.equal(details.withdrawn.length, 1);
    const view = res.json() as { history: { withdrawnByName: string | null }[]; active: unknown[] };
    assert.equal(view.active.length, 1);
    assert.equal(view.history.length, 2);
    // A relative trying to change consents is told why, and nothing changes.
    const refused = await t.request(louise, { method: 'PUT', url: `/api/v1/citizens/${citizenA}/consents`, payload: { consents: [] } });
    assert.match(assertProblem(refused, 403, 'forbidden').errors?.[0]?.message ?? '', /borgeren selv/);
    assert.equal((await t.database.db.selectFrom('consent').select('consent_id').where('citizen_id', '=', citizenA).where('withdrawn_at', 'is', null).execute()).length, 1);
    // An unknown grantee is a 400 and nothing changes.
    const unknown = await t.request(mikkel, { method: 'PUT', url: `/api/v1/citizens/${citizenA}/consents`, payload: { consents: [{ granteeKind: 'staff', granteeId: louise.userId, part: 'dreams', level: 'view' }] } });
    assertProblem(unknown, 400, 'validation_failed');
  });

  test('the citizen adds a network member and invites them; a staff account cannot accept, another person can, once', async () => {
    const mikkel = await as('mikkel');
    const added = await t.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${citizenA}/network`, payload: { name: 'Ole Nielsen', relation: 'ven', isRelative: false } });
    assert.equal(added.statusCode, 201, added.body);
    const memberId = (added.json() as { id: string }).id;
    const invited = await t.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${citizenA}/network/${memberId}/invitation` });
    assert.equal(invited.statusCode, 201, invited.body);
    const { code, path } = invited.json() as { code: string; path: string };
    assert.equal(path, `/invitation/${code}`);
    const stored = await t.database.db.selectFrom('network_member').selectAll().where('member_id', '=', memberId).executeTakeFirstOrThrow();
    assert.ok(stored.invitation_code_hash && !stored.invitation_code_hash.includes(code));
    assertProblem(await t.request(await as('anders'), { method: 'POST', url: '/api/v1/invitations/accept', payload: { code } }), 400, 'validation_failed');
    assertProblem(await t.request(await as('ole'), { method: 'POST', url: '/api/v1/invitations/accept', payload: { code: 'AAAA-BBBB-CCCC-DDDD' } }), 400, 'validation_failed');
    const accepted = await t.request(await as('ole'), { method: 'POST', url: '/api/v1/invitations/accept', payload: { code: code.toLowerCase() } });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual(accepted.json(), { citizenId: citizenA, firstName: 'Aske', relation: 'ven' });
    const ole = await as('ole');
    const roles = await t.database.db.selectFrom('role_grant').select('role').where('user_id', '=', ole.userId).execute();
    assert.ok(roles.some((r) => r.role === 'relative'));
    const me = (await t.request(ole, { method: 'GET', url: '/api/v1/me' })).json() as { relativeOf: { citizenId: string }[]; citizenId: string | null };
    assert.deepEqual(me.relativeOf.map((r) => r.citizenId), [citizenA]);
    assert.equal(me.citizenId, null);
    assertProblem(await t.request(ole, { method: 'POST', url: '/api/v1/invitations/accept', payload: { code } }), 400, 'validation_failed');
    const mikkelMe = (await t.request(mikkel, { method: 'GET', url: '/api/v1/me' })).json() as { citizenId: string };
    assert.equal(mikkelMe.citizenId, citizenA);
    // Removing the member withdraws their consents.
    await f.consent(citizenA, { granteeKind: 'network', granteeId: memberId, part: 'meetings' });
    const removed = await t.request(mikkel, { method: 'DELETE', url: `/api/v1/citizens/${citizenA}/network/${memberId}` });
    assert.equal(removed.statusCode, 204, removed.body);
    const left = await t.database.db.selectFrom('consent').select('consent_id').where('grantee_id', '=', memberId).where('withdrawn_at', 'is', null).execute();
    assert.equal(left.length, 0);
  });
});

describe('transition to adult services', () => {
  test('a 17-year-old without a plan is a candidate until a case officer starts the plan; a repeat or stale save is 409', async () => {
    const now = t.clock.now;
    const birth = new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth(), now.getUTCDate() + 40));
    const dd = String(birth.getUTCDate()).padStart(2, '0');
    const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
    const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
    const young = await f.citizen({ cpr: `${dd}${mm}${yy}-4${dd}1`.slice(0, 11), firstName: 'Ung', lastName: 'Overgang', team: [{ persona: 'mette', teamRole: 'case-officer' }] });
    const mette = await as('mette');
    const list = await t.request(mette, { method: 'GET', url: '/api/v1/transition/candidates' });
    assert.equal(list.statusCode, 200, list.body);
    assert.ok((list.json() as { items: { citizenId: string }[] }).items.some((i) => i.citizenId === young));
    assertProblem(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/transition/candidates' }), 403, 'forbidden');
    const body = { startedOn: '2026-01-05', responsibleUserId: mette.userId, parentsInvolved: true, adultServicesContact: 'Myndighed Voksen' };
    const put = await t.request(mette, { method: 'PUT', url: `/api/v1/citizens/${young}/transition-plan`, payload: body });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((put.json() as { version: number }).version, 1);
    assertProblem(await t.request(mette, { method: 'PUT', url: `/api/v1/citizens/${young}/transition-plan`, payload: body }), 409, 'conflict');
    assertProblem(await t.request(mette, { method: 'PUT', url: `/api/v1/citizens/${young}/transition-plan`, payload: { ...body, version: 7 } }), 409, 'conflict');
    assertProblem(await t.request(mette, { method: 'PUT', url: `/api/v1/citizens/${young}/transition-plan`, payload: { ...body, startedOn: '2026-02-30', version: 1 } }), 400, 'validation_failed');
    assertProblem(await t.request(mette, { method: 'PUT', url: `/api/v1/citizens/${citizenA}/transition-plan`, payload: body }), 400, 'validation_failed');
    const after = await t.request(mette, { method: 'GET', url: '/api/v1/transition/candidates' });
    assert.ok(!(after.json() as { items: { citizenId: string }[] }).items.some((i) => i.citizenId === young));
  });
});

describe('right of access', () => {
  test('the HTML export is Danish, complete and escaped, and itself audited', async () => {
    const res = await t.request(await as('mette'), { method: 'POST', url: `/api/v1/citizens/${citizenA}/access-request-export`, payload: { format: 'html' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html lang="da">/);
    assert.ok(res.body.includes(CPR_A));
    assert.ok(res.body.includes('Hvem har set dine oplysninger?'));
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(audit[0]!.action, 'citizen.export');
    const json = await t.request(await as('mette'), { method: 'POST', url: `/api/v1/citizens/${citizenA}/access-request-export`, payload: { format: 'json' } });
    const data = json.json() as { accessLog: { action: string }[]; consents: { history: unknown[] } };
    assert.ok(data.accessLog.some((a) => a.action === 'citizen.export'), 'the earlier export is in the next one');
    assert.ok(data.consents.history.length >= 2);
  });
});

describe("the citizen's access log", () => {
  test('every access by others is there in stable keys; staff unnamed (setting off), network named; own accesses left out', async () => {
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'GET', url: '/api/v1/me/access-log?limit=200' });
    assert.equal(res.statusCode, 200, res.body);
    const items = (res.json() as { items: { action: string; role: string | null; unitName: string | null; actorName: string | null; outcome: string; purpose: string }[] }).items;
    const anders = items.filter((i) => i.role === 'support-worker');
    assert.ok(anders.some((i) => i.action === 'citizen.read' && i.outcome === 'allowed' && i.unitName === 'Mestringsvejledning Nord'));
    assert.ok(anders.every((i) => i.actorName === null));
    assert.ok(items.some((i) => i.role === 'case-officer' && i.action === 'citizen.export'));
    const louise = items.filter((i) => i.role === 'relative');
    assert.ok(louise.some((i) => i.outcome === 'denied' && i.actorName === 'Louise Sørensen'), 'a relative’s refused attempt shows, with her name');
    assert.ok(items.every((i) => i.role !== 'citizen'), "the citizen's own accesses are left out");
    assert.ok(!res.body.includes('4711'));
    const empty = await t.request(mikkel, { method: 'GET', url: '/api/v1/me/access-log?from=2000-01-01&to=2000-01-31' });
    assert.deepEqual((empty.json() as { items: unknown[] }).items, []);
    assertProblem(await t.request(mikkel, { method: 'GET', url: '/api/v1/me/access-log?from=2026-02-01&to=2026-01-01' }), 400, 'validation_failed');
    assertProblem(await t.request(mikkel, { method: 'GET', url: '/api/v1/me/access-log?from=2026-02-30' }), 400, 'validation_failed');
    // Only citizens have an access log of their own; the others lack the permission (403).
    for (const persona of ['louise', 'anders', 'karen']) assertProblem(await t.request(await as(persona), { method: 'GET', url: '/api/v1/me/access-log' }), 403, 'forbidden');
  });

  test('with showStaffNamesToCitizens on, staff are named', async () => {
    const tenantId = (await as('mikkel')).tenantId;
    await t.database.db.updateTable('tenant').set({ settings: JSON.stringify({ showStaffNamesToCitizens: true }) }).where('tenant_id', '=', tenantId).execute();
    const res = await t.request(await as('mikkel'), { method: 'GET', url: '/api/v1/me/access-log?limit=200' });
    const items = (res.json() as { items: { role: string | null; actorName: string | null }[] }).items;
    assert.ok(items.some((i) => i.role === 'support-worker' && i.actorName === 'Anders Holm'));
    await t.database.db.updateTable('tenant').set({ settings: JSON.stringify({ showStaffNamesToCitizens: false }) }).where('tenant_id', '=', tenantId).execute();
  });

  test('no CPR number in any log line of the whole run', () => {
    assert.ok(rawLogLines.length > 0, 'the logs were captured');
    for (const line of rawLogLines) for (const form of [CPR_A_DIGITS, CPR_A, '030375-1357', '0303751357', CPR_B]) assert.ok(!line.includes(form), `log line leaks a CPR number: ${line}`);
  });
});
