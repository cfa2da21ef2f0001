import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { ageOn } from '../../src/domain/age.js';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { deliverReferralNotices } from '../../src/features/referrals/deliver-referral-notices.js';
import { newId } from '../../src/platform/ids.js';
import { outboxHandlers } from '../../src/platform/outbox/handlers.js';
import { processOutboxOnce } from '../../src/platform/outbox/worker.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { createReferralWorld, expectStatus, insertReferralIn, sessionCache, type ReferralWorld } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Who may do what with referrals: the access matrix of every route (sender, staff of the receiving unit, staff of
 * another unit, the citizen, a relative, another municipality, no login), every access audited; what the receiver
 * sees of the citizen (name, age, the message and exactly the shared parts of the plan), the citizen's withdrawal
 * taking effect on the next request; and the notices the outbox delivers to the sender and the citizen.
 */

let t: TestApp;
let w: ReferralWorld;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const silent = { error() {}, warn() {}, info() {} };

before(async () => {
  t = await createTestApp();
  w = await createReferralWorld(t);
  sessions = sessionCache(t);
});

after(async () => {
  await t?.close();
});

type Who = 'sender' | 'receiver' | 'other-unit' | 'citizen' | 'relative' | 'other-municipality' | 'anonymous';
const personaOf: Record<Exclude<Who, 'anonymous'>, string> = {
  sender: 'anders',
  receiver: 'jesper',
  'other-unit': 'mette',
  citizen: 'mikkel',
  relative: 'louise',
  'other-municipality': 'soeby-camilla',
};

interface Route {
  name: string;
  /** Prepares what the request needs (a fresh referral for a change) and builds it. */
  request: (who: Who) => Promise<InjectOptions>;
  expected: Record<Who, number>;
  /** The audit action of an allowed request, per actor, when the request is about one citizen. */
  audited?: Partial<Record<Who, string>>;
}

let shared = '';

const routes: Route[] = [
  {
    name: 'POST /api/v1/referrals',
    request: async (who) => ({ method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: who === 'citizen' ? w.offers.perron4Self : await freshOffer(), message: 'Matrix' } }),
    expected: { sender: 201, receiver: 404, 'other-unit': 404, citizen: 201, relative: 404, 'other-municipality': 404, anonymous: 401 },
    audited: { sender: 'referral.send', citizen: 'referral.send' },
  },
  {
    name: 'GET /api/v1/referrals/{id}',
    request: async () => ({ method: 'GET', url: `/api/v1/referrals/${shared}` }),
    expected: { sender: 200, receiver: 200, 'other-unit': 404, citizen: 200, relative: 404, 'other-municipality': 404, anonymous: 401 },
    audited: { sender: 'referral.send', receiver: 'referral.receive', citizen: 'referral.read-own' },
  },
  {
    name: 'PATCH /api/v1/referrals/{id}',
    request: async (who) => {
      const id = await insertReferralIn(t, w, 'sent');
      const state = who === 'receiver' ? 'received' : 'stopped';
      return { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state, reason: 'Matrix', version: 1 } };
    },
    expected: { sender: 200, receiver: 200, 'other-unit': 404, citizen: 200, relative: 404, 'other-municipality': 404, anonymous: 401 },
    audited: { sender: 'referral.send', receiver: 'referral.receive', citizen: 'referral.send' },
  },
  {
    name: 'GET /api/v1/referrals?box=received',
    request: async () => ({ method: 'GET', url: '/api/v1/referrals?box=received' }),
    expected: { sender: 200, receiver: 200, 'other-unit': 200, citizen: 403, relative: 403, 'other-municipality': 200, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/referrals?box=sent',
    request: async () => ({ method: 'GET', url: '/api/v1/referrals?box=sent' }),
    expected: { sender: 200, receiver: 403, 'other-unit': 200, citizen: 403, relative: 403, 'other-municipality': 200, anonymous: 401 },
  },
  {
    name: 'GET /api/v1/citizens/{id}/referrals',
    request: async () => ({ method: 'GET', url: `/api/v1/citizens/${w.citizenId}/referrals` }),
    expected: { sender: 200, receiver: 404, 'other-unit': 404, citizen: 200, relative: 404, 'other-municipality': 404, anonymous: 401 },
    audited: { sender: 'referral.send', citizen: 'referral.read-own' },
  },
  {
    name: 'GET /api/v1/me/referrals',
    request: async () => ({ method: 'GET', url: '/api/v1/me/referrals' }),
    expected: { sender: 403, receiver: 403, 'other-unit': 403, citizen: 200, relative: 403, 'other-municipality': 403, anonymous: 401 },
    audited: { citizen: 'referral.read-own' },
  },
  {
    name: 'GET /api/v1/me/notifications',
    request: async () => ({ method: 'GET', url: '/api/v1/me/notifications' }),
    expected: { sender: 200, receiver: 200, 'other-unit': 200, citizen: 200, relative: 200, 'other-municipality': 200, anonymous: 401 },
  },
];

/** A published Perron 4 offer nobody has referred to yet, so each worker referral in the matrix is new. */
async function freshOffer(): Promise<string> {
  const { catalogueFactory } = await import('../support/catalogue-factory.js');
  return catalogueFactory(t.database).offer(w.tenantId, { name: 'Nyt tilbud på Perron 4', owner_unit_id: w.units.perron4 });
}

describe('the access matrix', () => {
  before(async () => {
    shared = await insertReferralIn(t, w, 'sent');
  });
  for (const route of routes) {
    for (const who of Object.keys(route.expected) as Who[]) {
      const status = route.expected[who];
      test(`${route.name} as ${who}: ${status}`, async () => {
        const session = who === 'anonymous' ? null : await as(personaOf[who]);
        const res = await t.request(session, await route.request(who));
        assert.equal(res.statusCode, status, res.body);
        if (status === 404) assertProblem(res, 404, 'not_found');
        if (status === 403) assertProblem(res, 403, 'forbidden');
        if (status === 401) assertProblem(res, 401, 'unauthenticated');
        const audit = await auditOfRequest(t.database, requestIdOf(res));
        if (who === 'anonymous') return assert.equal(audit.length, 0);
        const action = route.audited?.[who];
        if (action) {
          const entry = await assertAudited(t.database, res, { action, actor: session!.userId, outcome: 'allowed' });
          assert.equal(entry.citizen_id, w.citizenId);
        }
        // Refusals of a citizen's data are on record too (in the other municipality the citizen does not exist).
        if (status === 404 && who !== 'other-municipality' && route.audited) {
          assert.equal(audit.length, 1, JSON.stringify(audit));
          assert.equal(audit[0]!.outcome, 'denied');
          assert.equal(audit[0]!.citizen_id, w.citizenId);
        }
      });
    }
  }

  test('the receiver in the receiving unit is audited as the receiver', async () => {
    const res = await t.request(await as('jesper'), { method: 'GET', url: `/api/v1/referrals/${shared}` });
    const entry = await assertAudited(t.database, res, { action: 'referral.receive', actor: (await as('jesper')).userId, outcome: 'allowed', resourceId: shared });
    assert.equal((entry.details as Record<string, unknown>).reason, 'relation-receiver');
  });

  test('a referral of another municipality is not found, and the ids of this one are not found there', async () => {
    const camilla = await as('soeby-camilla');
    const res = await t.request(camilla, { method: 'PATCH', url: `/api/v1/referrals/${shared}`, payload: { state: 'received', version: 1 } });
    assertProblem(res, 404, 'not_found');
    const row = await t.database.db.selectFrom('referral').select('state').where('referral_id', '=', shared).executeTakeFirstOrThrow();
    assert.equal(row.state, 'sent');
  });
});

describe('what the receiver sees', () => {
  let referralId = '';

  test('the referral: name, age, the message and the shared parts, and the moves of a receiver', async () => {
    const anders = await as('anders');
    const sent = expectStatus(
      await t.request(anders, { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: await freshOffer(), message: 'Mikkel sover dårligt.', sharedParts: ['domain:health', 'dreams'], citizenConsented: true } }),
      201,
    );
    referralId = sent.id;
    const seen = expectStatus(await t.request(await as('jesper'), { method: 'GET', url: `/api/v1/referrals/${referralId}` }), 200);
    assert.deepEqual(Object.keys(seen.citizen).sort(), ['age', 'firstName', 'id', 'lastName']);
    assert.equal(seen.citizen.age, ageOn('1991-04-12', copenhagenToday(t.clock.now)));
    assert.equal(seen.message, 'Mikkel sover dårligt.');
    assert.deepEqual(seen.sharedNow, ['dreams', 'domain:health']);
    assert.deepEqual(seen.sides, ['receiver']);
    assert.deepEqual(seen.moves.map((m: { to: string }) => m.to), ['received', 'accepted', 'declined']);
  });

  test('the plan as the receiver: exactly the shared parts', async () => {
    const jesper = await as('jesper');
    const res = await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` });
    const plan = expectStatus(res, 200);
    assert.equal(plan.relation, 'none');
    assert.equal(plan.canWrite, false);
    assert.deepEqual(plan.dreams.map((d: { text: string }) => d.text), ['Arbejde i et havecenter']);
    assert.deepEqual(plan.domains.map((d: { domain: string }) => d.domain), ['health']);
    assert.deepEqual(plan.domains[0].goals.map((g: { title: string }) => g.title), ['Sove bedre om natten']);
    assert.equal(plan.meetings, null);
    assert.deepEqual(plan.hiddenParts, ['meetings', 'domain:social', 'domain:leisure', 'domain:housing', 'domain:work']);
    const entry = await assertAudited(t.database, res, { action: 'plan.read', actor: jesper.userId, outcome: 'allowed' });
    assert.equal((entry.details as Record<string, unknown>).reason, 'consent-none');
    const overview = expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/overview` }), 200);
    assert.equal(overview.citizen.cprMasked, null);
    assert.deepEqual(overview.domains.map((d: { domain: string }) => d.domain), ['health']);
    assert.deepEqual([overview.network, overview.team, overview.referrals, overview.upcoming.meetings], [[], [], [], []]);
  });

  test("the citizen's record and referral list stay closed to the receiver", async () => {
    const jesper = await as('jesper');
    assertProblem(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}` }), 404, 'not_found');
    assertProblem(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/consents` }), 404, 'not_found');
    assertProblem(await t.request(jesper, { method: 'PATCH', url: `/api/v1/citizens/${w.citizenId}/goals/${(await anyGoal()).goal_id}`, payload: { version: 1, title: 'Ændret af modtageren' } }), 404, 'not_found');
  });

  test('staff of the receiving unit of another referral see nothing of this plan', async () => {
    assertProblem(await t.request(await as('mette'), { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` }), 404, 'not_found');
  });

  test("the citizen's withdrawal takes effect on the next request; the referral itself stays readable", async () => {
    const mikkel = await as('mikkel');
    const current = expectStatus(await t.request(mikkel, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/consents` }), 200);
    const kept = current.active.filter((c: { granteeId: string; part: string }) => !(c.granteeId === w.units.perron4 && c.part === 'dreams'));
    expectStatus(await t.request(mikkel, { method: 'PUT', url: `/api/v1/citizens/${w.citizenId}/consents`, payload: { consents: kept.map((c: Record<string, string>) => ({ granteeKind: c.granteeKind, granteeId: c.granteeId, part: c.part, level: c.level })) } }), 200);
    const jesper = await as('jesper');
    const plan = expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` }), 200);
    assert.equal(plan.dreams, null);
    assert.deepEqual(plan.domains.map((d: { domain: string }) => d.domain), ['health']);
    const seen = expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/referrals/${referralId}` }), 200);
    assert.deepEqual(seen.sharedParts, ['dreams', 'domain:health']);
    assert.deepEqual(seen.sharedNow, ['domain:health']);

    expectStatus(await t.request(mikkel, { method: 'PUT', url: `/api/v1/citizens/${w.citizenId}/consents`, payload: { consents: [] } }), 200);
    assertProblem(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` }), 404, 'not_found');
    expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/referrals/${referralId}` }), 200);
  });

  test('staff of a unit below the receiving unit act for it and see what was shared with it', async () => {
    const sent = expectStatus(
      await t.request(await as('anders'), { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: w.offers.centre, sharedParts: ['domain:housing'], citizenConsented: true } }),
      201,
    );
    const jesper = await as('jesper');
    assert.deepEqual(expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/referrals/${sent.id}` }), 200).sides, ['receiver']);
    const plan = expectStatus(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` }), 200);
    assert.deepEqual(plan.domains.map((d: { domain: string }) => d.domain), ['housing']);
    expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${sent.id}`, payload: { state: 'declined', reason: 'Ingen ledige pladser', version: 1 } }), 200);
    assertProblem(await t.request(jesper, { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/plan` }), 404, 'not_found');
  });
});

async function anyGoal() {
  return t.database.db.selectFrom('goal').select('goal_id').where('citizen_id', '=', w.citizenId).executeTakeFirstOrThrow();
}

describe('notices closing the loop', () => {
  test('after a change the outbox tells the citizen in plain words and the sender, but not the one who made it', async () => {
    const anders = await as('anders');
    const mikkel = await as('mikkel');
    const jesper = await as('jesper');
    const offer = await freshOffer();
    const sent = expectStatus(await t.request(anders, { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: offer } }), 201);
    expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${sent.id}`, payload: { state: 'accepted', version: 1 } }), 200);
    while ((await processOutboxOnce(t.database.db, outboxHandlers(silent), silent, new Date(Date.now() + 1000))) > 0);

    const notices = (await t.database.db.selectFrom('notification').selectAll().execute()).filter((n) => (n.payload as Record<string, unknown>).referralId === sent.id);
    assert.deepEqual(notices.map((n) => [n.user_id, n.kind, (n.payload as Record<string, unknown>).state]).sort(), [
      [mikkel.userId, 'referral.citizen', 'accepted'],
      [mikkel.userId, 'referral.citizen', 'sent'],
      [anders.userId, 'referral.sender', 'accepted'],
    ].sort());
    assert.ok(!notices.some((n) => n.user_id === jesper.userId));

    const mine = expectStatus(await t.request(mikkel, { method: 'GET', url: '/api/v1/me/notifications' }), 200);
    assert.ok(mine.items.some((n: { text: string; link: string }) => n.text === 'Perron 4 har sagt ja til dig.' && n.link === '/mine-henvisninger'));
    const his = expectStatus(await t.request(anders, { method: 'GET', url: '/api/v1/me/notifications' }), 200);
    const notice = his.items.find((n: { link: string }) => n.link === `/henvisninger/${sent.id}`);
    assert.equal(notice.text, 'Din henvisning til Nyt tilbud på Perron 4 er nu accepteret.');
    assert.equal(notice.read, false);
    assert.ok(!notice.text.includes('Mikkel'), "the sender's notice names no citizen");

    const read = await t.request(anders, { method: 'POST', url: '/api/v1/me/notifications/read' });
    assert.equal(read.statusCode, 204, read.body);
    const after = expectStatus(await t.request(anders, { method: 'GET', url: '/api/v1/me/notifications' }), 200);
    assert.ok(after.items.every((n: { read: boolean }) => n.read));
  });

  test('delivering the same message twice writes each notice once', async () => {
    const id = await insertReferralIn(t, w, 'sent');
    const message = { tenantId: w.tenantId, messageId: newId(), topic: 'referral.changed', payload: { referralId: id, fromState: 'sent', toState: 'received', actorUserId: w.users.jesper } };
    await t.database.db.transaction().execute(async (trx) => {
      await deliverReferralNotices(message, trx);
      await deliverReferralNotices(message, trx);
    });
    const rows = await t.database.db.selectFrom('notification').select(['user_id']).where('source_message_id', '=', message.messageId).execute();
    assert.deepEqual(rows.map((r) => r.user_id).sort(), [w.users.anders, w.users.mikkel].sort());
  });
});
