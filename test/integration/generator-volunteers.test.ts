import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { localSpan } from '../../src/domain/volunteer-availability.js';
import { courseValidUntil, volunteerCourseKeys, volunteerInterestSuggestions } from '../../src/domain/volunteer-courses.js';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { buildMunicipality, sizeFor } from '../../src/features/generator/build-municipality.js';
import { buildCatalogue } from '../../src/features/generator/catalogue-model.js';
import { generateMunicipality, type GenerateReport } from '../../src/features/generator/generate-municipality.js';
import { insertBatchLoader } from '../../src/features/generator/insert-batch-loader.js';
import { periodEndInstant } from '../../src/features/generator/synthetic-period.js';
import { buildVolunteerData, volunteerRows, volunteerTables } from '../../src/features/generator/volunteer-rows.js';
import type { DatabaseHandle } from '../../src/platform/db/connect.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * The generator's volunteers and accompaniments (mestring generate; the matching benchmark's data) on the engine under
 * test at a small scale: counts, what the profiles hold, that every accompaniment lies in its volunteer's weekly
 * pattern and apart from their others, the benchmark's open requests, and the same rows from the same seed.
 */
const slug = 'gen-volunteers';
const scale = 0.01;
const seed = 11;
let database: DatabaseHandle;
let cleanup: () => Promise<void>;
let report: GenerateReport;
let tenantId: string;
const db = () => database.db;
const periodEnd = periodEndInstant();

before(async () => {
  ({ handle: database, cleanup } = await createTestDatabase());
  report = await generateMunicipality(db(), insertBatchLoader(db()), { scale, seed, tenantSlug: slug, engine: database.engine }, () => {});
  tenantId = report.tenantId;
});
after(async () => cleanup?.());

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return groups;
}

const profiles = () => db().selectFrom('volunteer_profile').selectAll().where('tenant_id', '=', tenantId).execute();
const requests = () => db().selectFrom('companion_request').selectAll().where('tenant_id', '=', tenantId).execute();

describe('generated volunteers and accompaniments', () => {
  test('as many volunteers, accompaniments and open requests as the scale asks, as the report counts them', async () => {
    const size = sizeFor(scale);
    const users = await db().selectFrom('app_user').select(['user_id', 'email']).where('tenant_id', '=', tenantId).where('kind', '=', 'volunteer').execute();
    assert.equal(users.length, size.volunteers);
    assert.equal(report.rows.volunteers.volunteerUser, size.volunteers);
    assert.ok(users.every((u) => u.email?.endsWith('@frivillig.example')));
    assert.equal(new Set(users.map((u) => u.email)).size, users.length, 'one e-mail address each');
    const roles = await db().selectFrom('role_grant').select('user_id').where('tenant_id', '=', tenantId).where('role', '=', 'volunteer').execute();
    assert.deepEqual(roles.map((r) => r.user_id).sort(), users.map((u) => u.user_id).sort());
    assert.equal((await profiles()).length, size.volunteers);

    const rows = await requests();
    assert.equal(rows.length, report.rows.volunteers.companionRequest);
    assert.ok(rows.length >= size.accompaniments * 0.97 && rows.length <= size.accompaniments + size.openCompanionRequests, `${rows.length} requests`);
    const open = rows.filter((r) => r.status === 'open');
    assert.equal(open.length, size.openCompanionRequests);
    assert.equal(report.companions.openRequests, open.length);
    const evaluations = await db().selectFrom('companion_evaluation').select(['request_id', 'by_side', 'smiley']).where('tenant_id', '=', tenantId).execute();
    assert.equal(evaluations.length, report.rows.volunteers.evaluation);
  });

  test('profiles: Danish interests, Danish among the languages, 5-30 km, a home around Randers, ~85 % active, some checks expired', async () => {
    const rows = await profiles();
    const vocabulary = new Set(volunteerInterestSuggestions);
    for (const p of rows) {
      assert.ok(p.interests.length >= 1 && p.interests.every((i) => vocabulary.has(i)), p.interests.join());
      assert.ok(p.languages.includes('da'));
      assert.ok(p.max_distance_km! >= 5 && p.max_distance_km! <= 30);
      assert.ok(p.home_lat! > 56.1 && p.home_lat! < 56.7 && p.home_lon! > 9.3 && p.home_lon! < 10.9, `${p.home_lat},${p.home_lon}`);
      if (p.status === 'stopped') assert.ok(p.stop_reason && p.status_changed_on);
      if (p.record_check_on) assert.ok(p.record_check_expires_on! >= p.record_check_on);
    }
    const active = rows.filter((p) => p.status === 'active').length / rows.length;
    assert.ok(active > 0.7 && active < 0.97, `${active} active`);
    const endDay = copenhagenToday(periodEnd);
    const expired = rows.filter((p) => p.record_check_expires_on !== null && p.record_check_expires_on < endDay).length;
    assert.ok(expired > 0 && expired < rows.length / 3, `${expired} expired checks`);
    const guidelines = await db().selectFrom('volunteer_guidelines').select('version').where('tenant_id', '=', tenantId).orderBy('version').execute();
    assert.deepEqual(guidelines.map((g) => g.version), [1, 2]);
  });

  test('courses from the course list with their validity; 1-4 weekly slots on different days in quarter hours', async () => {
    const courses = await db().selectFrom('volunteer_course').selectAll().where('tenant_id', '=', tenantId).execute();
    assert.ok(courses.length > 0);
    for (const c of courses) {
      assert.ok(volunteerCourseKeys.includes(c.course_key), c.course_key);
      assert.equal(c.valid_until, courseValidUntil(c.course_key, c.completed_on));
    }
    assert.ok(courses.some((c) => c.valid_until !== null && c.valid_until < copenhagenToday(periodEnd)), 'some first aid has lapsed');
    const slots = await db().selectFrom('volunteer_weekly_slot').selectAll().where('tenant_id', '=', tenantId).execute();
    const byUser = groupBy(slots, (s) => s.user_id);
    assert.equal(byUser.size, sizeFor(scale).volunteers);
    for (const own of byUser.values()) {
      assert.ok(own.length >= 1 && own.length <= 4);
      assert.equal(new Set(own.map((s) => s.weekday)).size, own.length);
      for (const s of own) assert.ok(s.from_minute % 15 === 0 && s.to_minute % 15 === 0 && s.to_minute > s.from_minute);
    }
  });

  test('every accompaniment lies in its volunteer\'s weekly pattern, apart from the volunteer\'s and the citizen\'s others', async () => {
    const rows = await requests();
    const slots = await db().selectFrom('volunteer_weekly_slot').selectAll().where('tenant_id', '=', tenantId).execute();
    const slotsOf = groupBy(slots, (s) => s.user_id);
    const volunteers = new Set(slots.map((s) => s.user_id));
    for (const r of rows.filter((x) => x.volunteer_user_id !== null)) {
      assert.ok(volunteers.has(r.volunteer_user_id!), 'the volunteer is a generated volunteer');
      const span = localSpan(r.starts_at, r.ends_at)!;
      assert.ok(span, 'within one Danish day');
      assert.ok(slotsOf.get(r.volunteer_user_id!)!.some((s) => s.weekday === span.weekday && s.from_minute <= span.fromMinute && s.to_minute >= span.toMinute), `${r.request_id} in the pattern`);
    }
    const overlapping = (list: typeof rows) => {
      const sorted = [...list].sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime());
      return sorted.some((r, i) => i > 0 && r.starts_at < sorted[i - 1]!.ends_at);
    };
    const taking = rows.filter((r) => ['assigned', 'accepted', 'done'].includes(r.status));
    for (const own of groupBy(taking, (r) => r.volunteer_user_id!).values()) assert.ok(!overlapping(own), 'a volunteer is never in two places');
    for (const own of groupBy(rows.filter((r) => r.status !== 'cancelled'), (r) => r.citizen_id).values()) assert.ok(!overlapping(own), 'a citizen is never on two trips at once');
  });

  test('lived to the end of the period: mostly done and evaluated, some cancelled by someone, some missed, the ones ahead assigned or accepted', async () => {
    const rows = await requests();
    const past = rows.filter((r) => r.starts_at < periodEnd);
    const share = (status: string) => past.filter((r) => r.status === status).length / past.length;
    assert.ok(share('done') > 0.75, `${share('done')} done`);
    assert.ok(share('cancelled') > 0.03 && share('missed') > 0, `${share('cancelled')} cancelled, ${share('missed')} missed`);
    for (const r of past) {
      assert.ok(['done', 'cancelled', 'missed'].includes(r.status), r.status);
      if (r.status !== 'done') assert.ok(r.cancelled_by_role && r.cancel_reason && r.closed_at, 'who called it off and why');
      if (r.status === 'done') assert.ok(r.volunteer_user_id && r.accepted_at && r.closed_at! > r.ends_at);
      assert.ok(r.created_at < r.starts_at);
    }
    const ahead = rows.filter((r) => r.starts_at >= periodEnd && r.status !== 'open');
    assert.ok(ahead.length > 0 && ahead.every((r) => r.status === 'assigned' || r.status === 'accepted'));
    const evaluations = await db().selectFrom('companion_evaluation').selectAll().where('tenant_id', '=', tenantId).execute();
    const statusOf = new Map(rows.map((r) => [r.request_id, r.status]));
    assert.ok(evaluations.every((e) => statusOf.get(e.request_id) === 'done'));
    const happy = evaluations.filter((e) => e.by_side === 'citizen' && e.smiley === 3).length / evaluations.filter((e) => e.by_side === 'citizen').length;
    assert.ok(happy > 0.6, `${happy} happy citizens`);
    // Continuity: the same volunteer with the same citizen again and again.
    const pairs = groupBy(past.filter((r) => r.status === 'done'), (r) => `${r.citizen_id}/${r.volunteer_user_id}`);
    assert.ok([...pairs.values()].some((p) => p.length >= 4), 'recurring pairs');
    const fromCatalogue = rows.filter((r) => r.offer_id !== null).length;
    assert.ok(fromCatalogue > 0 && fromCatalogue < rows.length, 'catalogue offers and activities in words');
  });

  test('the benchmark\'s open requests lie after the period with a meeting place; a coordinator assigns', async () => {
    const open = (await requests()).filter((r) => r.status === 'open');
    for (const r of open) {
      assert.ok(r.starts_at > periodEnd && r.volunteer_user_id === null && r.meeting_lat !== null && r.version === 1);
      if (r.required_course !== null) assert.ok(volunteerCourseKeys.includes(r.required_course));
    }
    const coordinator = report.companions.coordinatorUserId!;
    const role = await db().selectFrom('role_grant').select('role').where('tenant_id', '=', tenantId).where('user_id', '=', coordinator).where('role', '=', 'volunteer-coordinator').executeTakeFirst();
    assert.ok(role, 'the coordinator has the role');
  });

  test('the same seed gives the same rows; another seed other rows', () => {
    const rowsOf = (s: number) => {
      const size = sizeFor(scale);
      const model = buildMunicipality({ seed: s, slug, size });
      const data = buildVolunteerData(model, buildCatalogue(model, size, s), size, s);
      return volunteerTables.map((table) => [...volunteerRows(data, table)]);
    };
    const first = rowsOf(seed);
    assert.deepEqual(rowsOf(seed), first);
    assert.notDeepEqual(rowsOf(seed + 1), first);
  });
});
