import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { referralStates, type ReferralState } from '../../src/domain/referral-state.js';
import { addDanishWorkingDays } from '../../src/domain/working-days.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { assertNothingChanged, createReferralWorld, eventsOf, expectStatus, insertReferralIn, outboxOf, sessionCache, type ReferralWorld } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The referral routes: sending (rows, consents, history, outbox, audit), every legal and illegal state change through
 * the API, the overdue flag on the test clock, and bad input that is refused with a clear message and changes nothing.
 */

let t: TestApp;
let w: ReferralWorld;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);

before(async () => {
  t = await createTestApp();
  w = await createReferralWorld(t);
  sessions = sessionCache(t);
});

after(async () => {
  await t?.close();
});

describe('sending a referral', () => {
  test('a worker on the team refers the citizen: 201, the row, the consents for the receiving unit, the history, the outbox and the audit entry', async () => {
    const anders = await as('anders');
    const res = await t.request(anders, {
      method: 'POST',
      url: '/api/v1/referrals',
      payload: { citizenId: w.citizenId, offerId: w.offers.perron4, message: 'Mikkel vil gerne mødes med andre.', sharedParts: ['domain:health', 'dreams'], citizenConsented: true },
    });
    const body = expectStatus(res, 201);
    assert.equal(body.state, 'sent');
    assert.equal(body.kind, 'worker');
    assert.deepEqual(body.receivingUnit, { id: w.units.perron4, name: 'Perron 4' });
    assert.deepEqual(body.sharedParts, ['dreams', 'domain:health']);
    assert.deepEqual(body.sharedNow, ['dreams', 'domain:health']);
    assert.deepEqual(body.sides, ['sender']);
    assert.deepEqual(body.moves, [{ to: 'stopped', reasonRequired: true }]);
    assert.equal(body.citizen.firstName, 'Mikkel');
    assert.equal(body.overdue, false);

    const row = await t.database.db.selectFrom('referral').selectAll().where('referral_id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.sender_user_id, anders.userId);
    assert.equal(row.receiving_unit_id, w.units.perron4);
    assert.equal(row.message, 'Mikkel vil gerne mødes med andre.');
    assert.equal(row.answer_due_on, addDanishWorkingDays(copenhagenToday(t.clock.now), t.config.referralAnswerWorkingDays));
    const consents = await t.database.db.selectFrom('consent').selectAll().where('referral_id', '=', body.id).orderBy('part').execute();
    assert.deepEqual(
      consents.map((c) => [c.grantee_kind, c.grantee_id, c.part, c.level, c.granted_by, c.withdrawn_at]),
      [
        ['unit', w.units.perron4, 'domain:health', 'view', anders.userId, null],
        ['unit', w.units.perron4, 'dreams', 'view', anders.userId, null],
      ],
    );
    const events = await eventsOf(t, body.id);
    assert.deepEqual(events.map((e) => [e.from_state, e.to_state, e.actor_user_id]), [[null, 'sent', anders.userId]]);
    const outbox = await outboxOf(t, body.id);
    assert.equal(outbox.length, 1);
    assert.deepEqual(outbox[0]!.payload, { referralId: body.id, fromState: null, toState: 'sent', actorUserId: anders.userId });
    const entry = await assertAudited(t.database, res, { action: 'referral.send', actor: anders.userId, outcome: 'allowed', resourceId: body.id });
    assert.equal(entry.citizen_id, w.citizenId);
    assert.equal(entry.purpose, 'care-coordination');
  });

  test('the citizen applies to a self-referral offer: kind self, the citizen is the sender', async () => {
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: w.offers.perron4Self, message: 'Jeg vil gerne spise morgenmad med andre.' } });
    const body = expectStatus(res, 201);
    assert.equal(body.kind, 'self');
    assert.deepEqual(body.sides, ['sender', 'citizen']);
    const row = await t.database.db.selectFrom('referral').selectAll().where('referral_id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.sender_user_id, mikkel.userId);
    assert.equal(row.sender_unit_id, null);
    const entry = await assertAudited(t.database, res, { action: 'referral.send', actor: mikkel.userId, outcome: 'allowed', resourceId: body.id });
    assert.equal(entry.by_subject, true);
  });

  test('bad input is refused with a clear message and changes nothing', async () => {
    const anders = await as('anders');
    const mikkel = await as('mikkel');
    const send = (session: typeof anders, payload: Record<string, unknown>) => assertNothingChanged(t, () => t.request(session, { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, ...payload } }));
    const cases: [string, typeof anders, Record<string, unknown>, string, string][] = [
      ['an unknown offer', anders, { offerId: newId() }, 'offerId', 'Tilbuddet findes ikke.'],
      ['a draft offer', anders, { offerId: w.offers.draft }, 'offerId', 'Tilbuddet er ikke offentliggjort. Man kan kun henvise til offentlige tilbud.'],
      ['an offer no unit receives', anders, { offerId: w.offers.ownerless }, 'offerId', 'Tilbuddet har ingen enhed, der kan tage imod henvisninger.'],
      ['a self-referral to an offer that needs a referral', mikkel, { offerId: w.offers.slotsgaarden }, 'offerId', 'Du kan ikke selv søge om dette tilbud. Tal med din kontaktperson om en henvisning.'],
      ['shared parts without the citizen\'s consent', anders, { offerId: w.offers.slotsgaarden, sharedParts: ['dreams'] }, 'citizenConsented', 'Borgeren skal have sagt ja til at dele de valgte dele af planen.'],
      ['a part twice', anders, { offerId: w.offers.slotsgaarden, sharedParts: ['dreams', 'dreams'], citizenConsented: true }, 'sharedParts', 'Samme del står der flere gange.'],
      ['an over-long message', anders, { offerId: w.offers.slotsgaarden, message: 'x'.repeat(4001) }, 'message', 'Teksten er for lang. Højst 4000 tegn.'],
      ['an unknown part', anders, { offerId: w.offers.slotsgaarden, sharedParts: ['finances'], citizenConsented: true }, 'sharedParts.0', 'Vælg en af de mulige værdier.'],
      ['a second open referral to the same offer', anders, { offerId: w.offers.perron4 }, 'offerId', 'Borgeren har allerede en åben henvisning til dette tilbud.'],
    ];
    for (const [name, session, payload, path, message] of cases) {
      const problem = assertProblem(await send(session, payload), 400, 'validation_failed');
      assert.deepEqual(problem.errors, [{ path, message }], name);
    }
    const unknownField = assertProblem(await send(anders, { offerId: w.offers.slotsgaarden, urgent: true }), 400, 'validation_failed');
    assert.deepEqual(unknownField.errors?.map((e) => e.path), ['urgent']);
  });

  test('the answer is due a configured number of Danish working days after today', async () => {
    const saved = t.clock.now;
    try {
      // Wednesday before Easter 2026: skærtorsdag, langfredag and 2. påskedag do not count.
      t.clock.now = new Date('2026-04-01T10:00:00+02:00');
      sessions.forget();
      const res = await t.request(await as('anders'), { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: w.offers.slotsgaarden } });
      assert.equal(expectStatus(res, 201).answerDueOn, '2026-04-13');
    } finally {
      t.clock.now = saved;
      sessions.forget();
    }
  });
});

/** Who makes a move in the table below: a persona per side. */
const personaOf = { receiver: 'jesper', sender: 'anders', citizen: 'mikkel' } as const;
type Side = keyof typeof personaOf;
const legal = new Map<string, boolean>([
  ['sent>received:receiver', false],
  ['sent>accepted:receiver', false],
  ['sent>declined:receiver', true],
  ['received>accepted:receiver', false],
  ['received>declined:receiver', true],
  ['accepted>started:receiver', false],
  ['accepted>stopped:receiver', true],
  ['started>completed:receiver', false],
  ['started>stopped:receiver', true],
  ['sent>stopped:sender', true],
  ['sent>stopped:citizen', true],
  ['received>stopped:sender', true],
  ['received>stopped:citizen', true],
]);

describe('every state change through the API', () => {
  for (const from of referralStates) {
    for (const to of referralStates) {
      for (const side of Object.keys(personaOf) as Side[]) {
        const key = `${from}>${to}:${side}`;
        const isLegal = legal.has(key);
        const moveExists = (['receiver', 'sender', 'citizen'] as const).some((s) => legal.has(`${from}>${to}:${s}`));
        test(`${key}: ${isLegal ? '200' : moveExists ? '403' : '409'}`, async () => {
          const session = await as(personaOf[side]);
          const id = await insertReferralIn(t, w, from);
          const send = () => t.request(session, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: to, reason: 'Der er ikke plads før til sommer', version: 1 } });
          if (!isLegal) {
            const problem = assertProblem(await assertNothingChanged(t, send), moveExists ? 403 : 409, moveExists ? 'forbidden' : 'conflict');
            assert.match(problem.detail ?? '', moveExists ? /Det er den modtagende enhed, der svarer/ : /Henvisningen kan ikke skifte til den status nu/);
            return;
          }
          const res = await send();
          const body = expectStatus(res, 200);
          assert.equal(body.state, to);
          assert.equal(body.version, 2);
          const row = await t.database.db.selectFrom('referral').selectAll().where('referral_id', '=', id).executeTakeFirstOrThrow();
          assert.equal(row.state, to);
          assert.equal(row.reason, legal.get(key) ? 'Der er ikke plads før til sommer' : null);
          assert.equal(row.answered_at !== null, to === 'accepted' || to === 'declined');
          const steps = (await eventsOf(t, id)).slice(1).map((e) => [e.from_state, e.to_state, e.actor_user_id]);
          const expectedSteps: [ReferralState, ReferralState][] = from === 'sent' && (to === 'accepted' || to === 'declined') ? [['sent', 'received'], ['received', to]] : [[from, to]];
          assert.deepEqual(steps, expectedSteps.map(([a, b]) => [a, b, session.userId]));
          const outbox = await outboxOf(t, id);
          assert.deepEqual(outbox.map((m) => m.payload), [{ referralId: id, fromState: from, toState: to, actorUserId: session.userId }]);
          const entry = await assertAudited(t.database, res, { action: side === 'receiver' ? 'referral.receive' : 'referral.send', actor: session.userId, outcome: 'allowed', resourceId: id });
          assert.deepEqual({ from: (entry.details as Record<string, unknown>).from, to: (entry.details as Record<string, unknown>).to }, { from, to });
        });
      }
    }
  }

  test('declining without a reason: 400 on the reason field, nothing changed', async () => {
    const jesper = await as('jesper');
    const id = await insertReferralIn(t, w, 'received');
    for (const reason of [undefined, null, '   ']) {
      const res = await assertNothingChanged(t, () => t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'declined', version: 1, ...(reason !== undefined && { reason }) } }));
      assert.deepEqual(assertProblem(res, 400, 'validation_failed').errors, [{ path: 'reason', message: 'Skriv en begrundelse.' }]);
    }
    const long = await assertNothingChanged(t, () => t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'declined', version: 1, reason: 'x'.repeat(2001) } }));
    assert.deepEqual(assertProblem(long, 400, 'validation_failed').errors?.map((e) => e.path), ['reason']);
    const unknown = await assertNothingChanged(t, () => t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'archived', version: 1 } }));
    assert.deepEqual(assertProblem(unknown, 400, 'validation_failed').errors?.map((e) => e.path), ['state']);
  });

  test('a stale version: 409 version.stale, nothing changed', async () => {
    const jesper = await as('jesper');
    const id = await insertReferralIn(t, w, 'sent');
    expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'received', version: 1 } }), 200);
    const res = await assertNothingChanged(t, () => t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'accepted', version: 1 } }));
    assert.match(assertProblem(res, 409, 'conflict').detail ?? '', /Nogen har ændret dette/);
  });

  test('closing a referral ends the sharing given for it', async () => {
    const anders = await as('anders');
    const jesper = await as('jesper');
    const sent = expectStatus(await t.request(anders, { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: w.offers.centre, sharedParts: ['domain:work'], citizenConsented: true } }), 201);
    const declined = expectStatus(await t.request(jesper, { method: 'PATCH', url: `/api/v1/referrals/${sent.id}`, payload: { state: 'declined', reason: 'Passer bedre i et andet tilbud', version: 1 } }), 200);
    assert.deepEqual(declined.sharedParts, ['domain:work']);
    assert.deepEqual(declined.sharedNow, []);
    const consent = await t.database.db.selectFrom('consent').selectAll().where('referral_id', '=', sent.id).executeTakeFirstOrThrow();
    assert.ok(consent.withdrawn_at);
    assert.equal(consent.withdrawn_by, jesper.userId);
  });
});

describe('the overdue flag', () => {
  test('an unanswered referral is flagged to the sender once its last day to answer has passed, and no longer once answered', async () => {
    const saved = t.clock.now;
    try {
      t.clock.now = new Date('2026-03-06T09:00:00+01:00'); // a Friday: due the next Friday with 5 working days
      sessions.forget();
      const sent = expectStatus(await t.request(await as('anders'), { method: 'POST', url: '/api/v1/referrals', payload: { citizenId: w.citizenId, offerId: w.offers.centre } }), 201);
      assert.equal(sent.answerDueOn, '2026-03-13');
      const flagged = async () => {
        const box = expectStatus(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/referrals?box=sent' }), 200);
        return box.items.find((item: { id: string }) => item.id === sent.id)?.overdue as boolean;
      };
      assert.equal(await flagged(), false);
      t.clock.now = new Date('2026-03-13T23:30:00+01:00'); // the last day itself, late in the evening
      sessions.forget();
      assert.equal(await flagged(), false);
      t.clock.now = new Date('2026-03-14T00:30:00+01:00');
      sessions.forget();
      assert.equal(await flagged(), true);
      const received = expectStatus(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/referrals?box=received' }), 200);
      assert.equal(received.items.find((item: { id: string }) => item.id === sent.id)?.overdue, true);
      expectStatus(await t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/referrals/${sent.id}`, payload: { state: 'received', version: 1 } }), 200);
      assert.equal(await flagged(), true, 'received is not an answer');
      expectStatus(await t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/referrals/${sent.id}`, payload: { state: 'accepted', version: 2 } }), 200);
      assert.equal(await flagged(), false);
    } finally {
      t.clock.now = saved;
      sessions.forget();
    }
  });
});

describe('the lists', () => {
  test('received: the referrals to the actor\'s unit and the units above it; every listed citizen is audited', async () => {
    const jesper = await as('jesper');
    const toCentre = await insertReferralIn(t, w, 'sent', { offerId: w.offers.centre, receivingUnitId: w.units.psychiatryCentre });
    const toSlotsgaarden = await insertReferralIn(t, w, 'sent', { offerId: w.offers.slotsgaarden, receivingUnitId: w.units.slotsgaarden });
    const res = await t.request(jesper, { method: 'GET', url: '/api/v1/referrals?box=received' });
    const ids = expectStatus(res, 200).items.map((item: { id: string }) => item.id);
    assert.ok(ids.includes(toCentre), 'a referral to the centre above Perron 4');
    assert.ok(!ids.includes(toSlotsgaarden), 'not one to Slotsgården');
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    assert.deepEqual(audit.map((a) => [a.action, a.resource_type, a.citizen_id]), [
      ['referral.receive', 'referral-list', null],
      ['referral.receive', 'referral', w.citizenId],
    ]);
    const filtered = expectStatus(await t.request(jesper, { method: 'GET', url: '/api/v1/referrals?box=received&state=completed' }), 200);
    assert.ok(filtered.items.every((item: { state: string }) => item.state === 'completed'));
  });

  test("sent: the actor's own referrals, and only while they are on the citizen's team", async () => {
    const anders = await as('anders');
    const id = await insertReferralIn(t, w, 'sent');
    const ids = async () => expectStatus(await t.request(anders, { method: 'GET', url: '/api/v1/referrals?box=sent' }), 200).items.map((item: { id: string }) => item.id);
    assert.ok((await ids()).includes(id));
    await t.database.db.deleteFrom('citizen_team_member').where('citizen_id', '=', w.citizenId).where('user_id', '=', anders.userId).execute();
    try {
      assert.ok(!(await ids()).includes(id));
    } finally {
      await t.database.db.insertInto('citizen_team_member').values({ tenant_id: w.tenantId, citizen_id: w.citizenId, user_id: anders.userId, team_role: 'support-worker', added_at: new Date() }).execute();
    }
  });

  test('the citizen\'s own page says where each referral stands in plain words, with its history', async () => {
    const mikkel = await as('mikkel');
    const id = await insertReferralIn(t, w, 'sent');
    expectStatus(await t.request(await as('jesper'), { method: 'PATCH', url: `/api/v1/referrals/${id}`, payload: { state: 'accepted', version: 1 } }), 200);
    const res = await t.request(mikkel, { method: 'GET', url: '/api/v1/me/referrals' });
    const mine = expectStatus(res, 200).items.find((item: { id: string }) => item.id === id);
    assert.equal(mine.stateText, 'Perron 4 har sagt ja til dig.');
    assert.equal(mine.canWithdraw, false);
    assert.deepEqual(mine.history.map((h: { text: string }) => h.text), ['Den blev sendt.', 'Perron 4 læste den.', 'Perron 4 sagde ja.']);
    const entry = await assertAudited(t.database, res, { action: 'referral.read-own', actor: mikkel.userId, outcome: 'allowed' });
    assert.equal(entry.by_subject, true);
  });

  test("the team's overview shows the citizen's referrals with state and overdue flag", async () => {
    const id = await insertReferralIn(t, w, 'received', { answerDueOn: '2000-01-03' });
    const overview = expectStatus(await t.request(await as('anders'), { method: 'GET', url: `/api/v1/citizens/${w.citizenId}/overview` }), 200);
    const shown = overview.referrals.find((r: { id: string }) => r.id === id);
    assert.deepEqual({ ...shown, sentAt: undefined }, { id, offerName: 'Samtalegruppe på Perron 4', state: 'received', overdue: true, sentAt: undefined });
    assert.ok(overview.referrals.length <= 10);
  });
});
