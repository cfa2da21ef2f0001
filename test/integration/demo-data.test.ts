import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { turnsEighteenWithinAYear } from '../../src/domain/age.js';
import { lifeDomains } from '../../src/domain/plan-parts.js';
import { demoCprKey } from '../../src/features/demo/load-demo-citizens.js';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { cprProtection } from '../../src/platform/crypto/cpr-protection.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import type { Database } from '../../src/platform/db/schema.js';
import { demoIds } from '../support/platform-helpers.js';
import { createTestDatabase } from '../support/test-database.js';

/** The demo citizens (seed/citizens.json) as a newcomer meets them, read as the owner. The demo's "today" is 2026-11-22. */

const DEMO_TODAY = '2026-11-22';

let handle: DatabaseHandle;
let cleanup: () => Promise<void>;
let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let randers: string;
let soeby: string;
let fatima: string;

async function citizenNamed(tenantId: string, firstName: string, lastName: string) {
  return db.selectFrom('citizen').selectAll().where('tenant_id', '=', tenantId).where('first_name', '=', firstName).where('last_name', '=', lastName).executeTakeFirstOrThrow();
}

before(async () => {
  ({ handle, cleanup } = await createTestDatabase());
  db = handle.db;
  // Loaded as of the demo's own day, so the dates below are the ones written in seed/citizens.json.
  await loadDemoMunicipalities(db, new Date(`${DEMO_TODAY}T12:00:00Z`));
  ids = await demoIds(handle);
  randers = ids.tenant('randers');
  soeby = ids.tenant('soeby');
  fatima = (await db.selectFrom('app_user').select('user_id').where('display_name', '=', 'Fatima Yilmaz').executeTakeFirstOrThrow()).user_id;
});

after(async () => {
  await cleanup?.();
});

describe('Mikkel Sørensen', () => {
  test('is linked to the mikkel login, with the team of the story and his communication needs', async () => {
    const mikkel = await citizenNamed(randers, 'Mikkel', 'Sørensen');
    assert.equal(mikkel.user_id, ids.user('mikkel'));
    assert.equal(mikkel.contact_person_user_id, ids.user('anders'));
    assert.deepEqual(mikkel.communication_needs, ['easy-read', 'pictograms']);
    const team = await db.selectFrom('citizen_team_member as t').innerJoin('app_user as u', 'u.user_id', 't.user_id').select(['u.display_name', 't.team_role']).where('t.citizen_id', '=', mikkel.citizen_id).orderBy('u.display_name').execute();
    assert.deepEqual(team, [
      { display_name: 'Anders Holm', team_role: 'contact-person' },
      { display_name: 'Mads Pedersen', team_role: 'support-worker' },
      { display_name: 'Mette Lund', team_role: 'case-officer' },
    ]);
  });

  test('has dreams, goals in all five life domains each with steps, and a kept maintain goal', async () => {
    const { citizen_id } = await citizenNamed(randers, 'Mikkel', 'Sørensen');
    const dreams = await db.selectFrom('dream').select('text').where('citizen_id', '=', citizen_id).execute();
    assert.ok(dreams.length >= 2);
    assert.ok(dreams.some((d) => d.text.includes('havecenter')));
    const goals = await db.selectFrom('goal').selectAll().where('citizen_id', '=', citizen_id).execute();
    assert.deepEqual([...new Set(goals.map((g) => g.domain))].sort(), [...lifeDomains].sort());
    const steps = await db.selectFrom('step').selectAll().where('citizen_id', '=', citizen_id).execute();
    for (const goal of goals) {
      const own = steps.filter((s) => s.goal_id === goal.goal_id);
      assert.ok(own.length >= 2 && own.length <= 4, `${goal.title} has 2-4 steps`);
    }
    assert.ok(steps.some((s) => s.status === 'done') && steps.some((s) => s.status === 'planned'));
    assert.ok(steps.every((s) => (s.status === 'done') === (s.done_at !== null)));
    const sleep = goals.find((g) => g.title === 'Holde fast i gode søvnvaner');
    assert.equal(sleep?.goal_type, 'maintain');
    assert.equal(sleep?.citizen_rating, 4);
  });

  test('has two plan meetings: one held with agreements and a summary, one planned', async () => {
    const { citizen_id } = await citizenNamed(randers, 'Mikkel', 'Sørensen');
    const meetings = await db.selectFrom('plan_meeting').selectAll().where('citizen_id', '=', citizen_id).orderBy('starts_at').execute();
    assert.deepEqual(meetings.map((m) => [m.starts_at.toISOString().slice(0, 10), m.status]), [['2026-10-08', 'held'], ['2026-12-10', 'planned']]);
    assert.ok(meetings[0]!.agreements.length > 0 && meetings[0]!.agreements.every((a) => a.who && a.what));
    assert.ok(meetings[0]!.summary);
  });

  test('Louise sees exactly health and leisure (comment on leisure); his father sees nothing; the housing consent was withdrawn', async () => {
    const { citizen_id } = await citizenNamed(randers, 'Mikkel', 'Sørensen');
    const network = await db.selectFrom('network_member').selectAll().where('citizen_id', '=', citizen_id).execute();
    const louise = network.find((m) => m.name === 'Louise Sørensen');
    const henrik = network.find((m) => m.name === 'Henrik Sørensen');
    assert.equal(louise?.user_id, ids.user('louise'));
    assert.equal(network.find((m) => m.name === 'Jonas Bak')?.is_relative, false);
    const consents = await db.selectFrom('consent').selectAll().where('citizen_id', '=', citizen_id).execute();
    const active = consents.filter((c) => c.grantee_id === louise!.member_id && c.withdrawn_at === null);
    assert.deepEqual([...new Set(active.map((c) => c.part))].sort(), ['domain:health', 'domain:leisure']);
    assert.equal(active.find((c) => c.part === 'domain:leisure')?.level, 'comment');
    assert.equal(consents.filter((c) => c.grantee_id === henrik!.member_id).length, 0);
    const housing = consents.find((c) => c.part === 'domain:housing');
    assert.ok(housing?.withdrawn_at && housing.withdrawn_by === ids.user('mikkel'));
  });
});

describe('the other people of the story', () => {
  test('Sara is linked to her login; her aunt may see the meetings', async () => {
    const sara = await citizenNamed(randers, 'Sara', 'Ahmadi');
    assert.equal(sara.user_id, ids.user('sara'));
    const aunt = await db.selectFrom('network_member').selectAll().where('citizen_id', '=', sara.citizen_id).where('relation', '=', 'moster').executeTakeFirstOrThrow();
    const consents = await db.selectFrom('consent').select(['part', 'level']).where('grantee_id', '=', aunt.member_id).where('withdrawn_at', 'is', null).execute();
    assert.deepEqual(consents, [{ part: 'meetings', level: 'view' }]);
    const dreams = await db.selectFrom('dream').select('text').where('citizen_id', '=', sara.citizen_id).execute();
    assert.ok(dreams.some((d) => d.text.includes('ernæringsassistent')));
  });

  test('Jonas has a transition plan led by Fatima Yilmaz, goals on the transition track and both parents', async () => {
    const jonas = await citizenNamed(randers, 'Jonas', 'Kristensen');
    assert.equal(jonas.birth_date, '2009-05-14');
    assert.equal(jonas.user_id, null);
    const plan = await db.selectFrom('transition_plan as p').innerJoin('app_user as u', 'u.user_id', 'p.responsible_user_id').select(['p.started_on', 'p.parents_involved', 'u.display_name']).where('p.citizen_id', '=', jonas.citizen_id).executeTakeFirstOrThrow();
    assert.deepEqual(plan, { started_on: '2026-09-01', parents_involved: true, display_name: 'Fatima Yilmaz' });
    const goals = await db.selectFrom('goal').select(['domain', 'track']).where('citizen_id', '=', jonas.citizen_id).execute();
    assert.ok(goals.length >= 2 && goals.every((g) => g.track === 'transition'));
    const parents = await db.selectFrom('network_member').select('relation').where('citizen_id', '=', jonas.citizen_id).where('is_relative', '=', true).execute();
    assert.deepEqual(parents.map((p) => p.relation).sort(), ['far', 'mor']);
  });

  test('the case officers have transition candidates: 16-17-year-olds turning 18 within a year, without a plan', async () => {
    const young = await db
      .selectFrom('citizen as c')
      .leftJoin('transition_plan as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.citizen_id', '=', 'c.citizen_id'))
      .select(['c.citizen_id', 'c.birth_date', 'p.started_on'])
      .where('c.tenant_id', '=', randers)
      .execute();
    const candidates = young.filter((c) => c.started_on === null && turnsEighteenWithinAYear(c.birth_date, DEMO_TODAY));
    assert.ok(candidates.length >= 2, 'at least two candidates');
    const teams = await db.selectFrom('citizen_team_member').select(['citizen_id', 'user_id']).where('citizen_id', 'in', candidates.map((c) => c.citizen_id)).execute();
    for (const candidate of candidates) {
      assert.ok(teams.some((t) => t.citizen_id === candidate.citizen_id && [ids.user('mette'), fatima].includes(t.user_id)), 'on Mette\'s or Fatima\'s team');
    }
  });

  test('Birthe keeps swimming every Thursday and rates it 5', async () => {
    const birthe = await citizenNamed(randers, 'Birthe', 'Mortensen');
    const swimming = await db.selectFrom('goal').selectAll().where('citizen_id', '=', birthe.citizen_id).where('domain', '=', 'leisure').executeTakeFirstOrThrow();
    assert.equal(swimming.goal_type, 'maintain');
    assert.equal(swimming.citizen_rating, 5);
  });

  test("the support workers' caseloads are not empty", async () => {
    const rows = await db.selectFrom('citizen_team_member as t').innerJoin('app_user as u', 'u.user_id', 't.user_id').select('u.display_name').select((eb) => eb.fn.countAll<number>().as('n')).where('t.tenant_id', '=', randers).groupBy('u.display_name').execute();
    const caseload = new Map(rows.map((r) => [r.display_name, Number(r.n)]));
    for (const worker of ['Anders Holm', 'Sofie Laursen', 'Mads Pedersen', 'Anne Kofoed', 'Niels Mikkelsen']) assert.ok((caseload.get(worker) ?? 0) >= 3, `${worker} has a caseload`);
  });
});

describe('integrity', () => {
  test('every CPR number is encrypted for its municipality, searchable, and matches the birth date', async () => {
    const cpr = cprProtection(demoCprKey());
    const citizens = await db.selectFrom('citizen').selectAll().execute();
    assert.ok(citizens.length >= 12);
    for (const c of citizens) {
      assert.ok(c.cpr_encrypted && c.cpr_search_hash, `${c.first_name} has a protected CPR number`);
      const digits = cpr.decrypt(c.tenant_id, c.cpr_encrypted);
      assert.equal(digits.slice(0, 6), `${c.birth_date.slice(8, 10)}${c.birth_date.slice(5, 7)}${c.birth_date.slice(2, 4)}`);
      assert.equal(cpr.searchHash(c.tenant_id, digits), c.cpr_search_hash);
    }
  });

  test("the two municipalities' citizens do not mix", async () => {
    const ahmad = await citizenNamed(soeby, 'Ahmad', 'Nasser');
    assert.equal(ahmad.user_id, ids.user('soeby-ahmad'));
    assert.equal((await db.selectFrom('goal').select('goal_id').where('citizen_id', '=', ahmad.citizen_id).execute()).length, 1);
    assert.equal((await db.selectFrom('step').select('step_id').where('citizen_id', '=', ahmad.citizen_id).execute()).length, 1);
    assert.deepEqual((await db.selectFrom('citizen').select('first_name').where('tenant_id', '=', soeby).execute()).map((c) => c.first_name), ['Ahmad']);
    // Every reference from a citizen's data stays inside the citizen's own municipality.
    const users = await db.selectFrom('app_user').select(['user_id', 'tenant_id']).execute();
    const tenantOfUser = new Map(users.map((u) => [u.user_id, u.tenant_id]));
    const citizens = await db.selectFrom('citizen').select(['citizen_id', 'tenant_id', 'user_id', 'contact_person_user_id']).execute();
    const tenantOfCitizen = new Map(citizens.map((c) => [c.citizen_id, c.tenant_id]));
    for (const c of citizens) for (const u of [c.user_id, c.contact_person_user_id]) if (u) assert.equal(tenantOfUser.get(u), c.tenant_id);
    for (const table of ['citizen_team_member', 'network_member', 'consent', 'dream', 'goal', 'step', 'plan_meeting', 'plan_comment', 'plan_change', 'transition_plan'] as const) {
      const rows = await db.selectFrom(table).select(['tenant_id', 'citizen_id']).execute();
      for (const row of rows) assert.equal(tenantOfCitizen.get(row.citizen_id), row.tenant_id, `${table} row in its citizen's municipality`);
    }
    for (const row of await db.selectFrom('citizen_team_member').select(['tenant_id', 'user_id']).execute()) assert.equal(tenantOfUser.get(row.user_id), row.tenant_id);
    for (const row of await db.selectFrom('plan_change').select(['tenant_id', 'actor_user_id']).execute()) assert.equal(tenantOfUser.get(row.actor_user_id!), row.tenant_id);
    for (const row of await db.selectFrom('plan_comment').select(['tenant_id', 'author_user_id']).execute()) assert.equal(tenantOfUser.get(row.author_user_id), row.tenant_id);
  });

  test('every plan_change points at an existing subject of its citizen, and every subject has its create row', async () => {
    const subjects = new Map<string, { citizenId: string; type: string; createdAt: Date }>();
    const add = (type: string, rows: { id: string; citizen_id: string; created_at: Date }[]) => rows.forEach((r) => subjects.set(r.id, { citizenId: r.citizen_id, type, createdAt: r.created_at }));
    add('dream', await db.selectFrom('dream').select(['dream_id as id', 'citizen_id', 'created_at']).execute());
    add('goal', await db.selectFrom('goal').select(['goal_id as id', 'citizen_id', 'created_at']).execute());
    add('step', await db.selectFrom('step').select(['step_id as id', 'citizen_id', 'created_at']).execute());
    add('meeting', await db.selectFrom('plan_meeting').select(['meeting_id as id', 'citizen_id', 'created_at']).execute());
    add('comment', await db.selectFrom('plan_comment').select(['comment_id as id', 'citizen_id', 'created_at']).execute());
    const changes = await db.selectFrom('plan_change').selectAll().execute();
    assert.ok(changes.length > 50);
    for (const change of changes) {
      const subject = subjects.get(change.subject_id);
      assert.ok(subject, `${change.subject_type} ${change.subject_id} exists`);
      assert.equal(subject.type, change.subject_type);
      assert.equal(subject.citizenId, change.citizen_id);
      assert.ok(change.occurred_at >= subject.createdAt);
      assert.ok(change.actor_user_id && change.actor_role);
    }
    for (const [id, subject] of subjects) {
      const create = changes.filter((c) => c.subject_id === id && c.operation === 'create');
      assert.equal(create.length, 1, `${subject.type} ${id} has one create row`);
      assert.equal(create[0]!.occurred_at.getTime(), subject.createdAt.getTime());
    }
    // The versions agree with the history: one more than the updates recorded.
    const steps = await db.selectFrom('step').select(['step_id', 'version']).execute();
    for (const step of steps) assert.equal(step.version, changes.filter((c) => c.subject_id === step.step_id).length);
    // Mikkel's own changes are recorded as his, Louise's comment as a relative's.
    assert.ok(changes.some((c) => c.actor_user_id === ids.user('mikkel') && c.actor_role === 'citizen'));
    assert.ok(changes.some((c) => c.actor_user_id === ids.user('louise') && c.actor_role === 'relative' && c.subject_type === 'comment' && c.part === 'domain:leisure'));
  });

  test('every consent points at an existing network member of its citizen and was given after the member was added', async () => {
    const members = new Map((await db.selectFrom('network_member').selectAll().execute()).map((m) => [m.member_id, m]));
    // Consents given for a referral (to its receiving unit) are checked in referrals-demo.test.ts.
    const consents = await db.selectFrom('consent').selectAll().where('referral_id', 'is', null).execute();
    assert.ok(consents.length >= 5);
    for (const consent of consents) {
      assert.equal(consent.grantee_kind, 'network');
      const member = members.get(consent.grantee_id);
      assert.ok(member, 'grantee exists');
      assert.equal(member.citizen_id, consent.citizen_id);
      assert.ok(consent.granted_at >= member.created_at);
      if (consent.withdrawn_at) assert.ok(consent.withdrawn_at > consent.granted_at && consent.withdrawn_by);
    }
  });

  test('comments sit in the part of their subject', async () => {
    const comments = await db.selectFrom('plan_comment').selectAll().execute();
    const goals = new Map((await db.selectFrom('goal').select(['goal_id', 'domain']).execute()).map((g) => [g.goal_id, g.domain]));
    const steps = new Map((await db.selectFrom('step').select(['step_id', 'goal_id']).execute()).map((s) => [s.step_id, s.goal_id]));
    for (const c of comments) {
      const expected = c.subject_type === 'dream' ? 'dreams' : c.subject_type === 'meeting' ? 'meetings' : `domain:${goals.get(c.subject_type === 'step' ? steps.get(c.subject_id)! : c.subject_id)}`;
      assert.equal(c.part, expected);
    }
  });

  test('loading again changes nothing', async () => {
    const before = (await db.selectFrom('citizen').select('citizen_id').execute()).length;
    assert.deepEqual(await loadDemoMunicipalities(db), []);
    assert.equal((await db.selectFrom('citizen').select('citizen_id').execute()).length, before);
  });
});
