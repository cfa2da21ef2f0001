import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { receptionFactory } from '../support/reception-factory.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createReportWorld, statusReportFactory } from '../support/status-report-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Status reports through the API, on both engines. A hand-made plan in Randers (test/support/status-report-factory.ts)
 * gives known answers for 2016 — long before any demo data — and nothing for 2012. Karen (leader) makes, edits and
 * publishes; Jens (Handicaprådet) and Birgit (committee) read what is published; Anders (support worker) gets 403;
 * nobody but a leader sees a draft; Søby's leader finds nothing of Randers'.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const f = () => statusReportFactory(t.database);
let world: Awaited<ReturnType<typeof createReportWorld>>;
let karen = '';
let firstReport = '';
const post = async (persona: string | null, strategyId: string, payload: unknown) =>
  t.request(persona ? await as(persona) : null, { method: 'POST', url: `/api/v1/strategies/${strategyId}/status-reports`, payload: payload as Record<string, unknown> });
const get = async (persona: string | null, url: string) => t.request(persona ? await as(persona) : null, { method: 'GET', url });

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-02T10:00:00Z');
  sessions = sessionCache(t);
  await receptionFactory(t.database).staffPersona({ key: 'soeby-rapportleder', name: 'Sanne Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });
  world = await createReportWorld(f());
  karen = await f().userId(world.tenantId, 'karen');
});
after(async () => t?.close());

describe('making a draft', () => {
  test('POST computes the content now: focus areas by track, selection, working group, activities, notes, roll-up and key figures', async () => {
    const res = await post('karen', world.strategyId, { year: 2016 });
    const body = expectStatus(res, 201);
    firstReport = body.id;
    assert.deepEqual([body.year, body.version, body.state, body.summary, body.revision], [2016, 1, 'draft', '', 1]);
    assert.equal(body.title, 'Status for 2016: Testplanen for rapporter');
    assert.equal(body.pdfUrl, `/api/v1/status-reports/${body.id}/pdf`);
    assert.equal(body.htmlUrl, `/api/v1/status-reports/${body.id}/print`);
    const c = body.content;
    assert.deepEqual(c.tracks.map((tr: any) => [tr.name, tr.focusAreas.map((a: any) => a.name)]), [
      ['Engagement i dig', ['Koordinering og sammenhæng', 'Pårørendesamarbejde']],
      ['Udvikling i dit liv', ['Velfærdsteknologi']],
    ]);
    const [area1, area2] = c.tracks[0].focusAreas;
    assert.equal(area1.selected, true);
    assert.deepEqual(area1.selection, { decidedOn: '2015-12-10', body: 'Social- og Arbejdsmarkedsudvalget (test)', agendaReference: 'Punkt 7' });
    assert.equal(area1.workingGroup, 'Arbejdsgruppen for koordinering');
    assert.equal(area1.goal, 'Borgeren oplever én samlet indsats.');
    assert.equal(area1.rollUp.status, 'in-progress');
    assert.deepEqual(area1.indicatorKeys, ['rpt-homeless', 'rpt-unknown']);
    assert.deepEqual(area1.activities.map((a: any) => [a.title, a.status, a.notes.map((n: any) => n.notedOn)]), [
      ['Fælles plan på tværs', 'done', ['2016-03-14']],
      ['Én koordinator pr. borger', 'in-progress', ['2016-06-02']],
    ]);
    assert.deepEqual(area1.activities[0].owner, { workingGroup: 'Arbejdsgruppen for koordinering', unit: 'Myndighed Voksen', responsible: null });
    assert.equal(area2.selected, false);
    assert.equal(area2.selection, null);
    assert.equal(area2.rollUp.status, 'not-started');
    assert.equal(c.tracks[1].focusAreas[0].rollUp.status, 'no-activities');
    assert.deepEqual([c.rollUp.status, c.rollUp.total, c.rollUp.counts.done, c.rollUp.counts['in-progress'], c.rollUp.counts['not-started']], ['in-progress', 3, 1, 1, 1]);
    assert.equal(c.keyFigures.length, 1, 'the unknown indicator key is left out');
    const figure = c.keyFigures[0];
    assert.deepEqual([figure.key, figure.name, figure.measure, figure.points.length], ['rpt-homeless', 'Borgere i hjemløshed (test)', 'count', 12]);
    assert.deepEqual(figure.points.find((p: any) => p.period === '2016-03'), { period: '2016-03', value: 6, suppressed: false });
    assert.deepEqual(figure.points.find((p: any) => p.period === '2016-05'), { period: '2016-05', value: null, suppressed: true });
    assert.deepEqual([c.notesInYear, c.noData, c.noDataText, c.targetGroups], [2, false, null, null]);

    const row = await f().report(body.id);
    assert.deepEqual([row.state, row.version, row.created_by, row.published_at], ['draft', 1, karen, null]);
    await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: world.strategyId });
  });

  test('a second draft for the same year is refused while the first is a draft', async () => {
    const res = await post('karen', world.strategyId, { year: 2016 });
    const problem = assertProblem(res, 409, 'conflict');
    assert.match(problem.errors![0]!.message, /allerede en kladde til 2016 \(version 1\)/);
    assert.equal((await f().reportsOf(world.strategyId, 2016)).length, 1);
  });

  test('a year without notes and figures says so plainly', async () => {
    const body = expectStatus(await post('karen', world.strategyId, { year: 2012 }), 201);
    assert.equal(body.content.noData, true);
    assert.equal(body.content.notesInYear, 0);
    assert.match(body.content.noDataText, /^Der er ingen data for 2012\. Ingen har skrevet fremskridtsnoter/);
    const list = expectStatus(await get('karen', '/api/v1/status-reports'), 200);
    assert.equal(list.items.find((i: any) => i.id === body.id).noData, true);
  });

  test('the plan for socially vulnerable adults quotes the target groups for the year and the four before', async () => {
    const id = await f().strategy(world.tenantId, { key: 'rpt-vulnerable-plan', name: 'Testplan for socialt udsatte' });
    const body = expectStatus(await post('karen', id, { year: 2016 }), 201);
    assert.deepEqual([body.content.targetGroups.fromYear, body.content.targetGroups.toYear], [2012, 2016]);
  });

  test('a bad year is refused with the reason, and nothing is made', async () => {
    const before = (await f().reportsOf(world.strategyId, 2027)).length;
    const future = assertProblem(await post('karen', world.strategyId, { year: 2027 }), 400, 'validation_failed');
    assert.deepEqual(future.errors, [{ path: 'year', message: 'Året er ikke begyndt endnu. Vælg 2026 eller et år før.' }]);
    assert.equal((await f().reportsOf(world.strategyId, 2027)).length, before);
    for (const payload of [{ year: 1999 }, { year: 'sidste år' }, {}, { year: 2016.5 }]) {
      const problem = assertProblem(await post('karen', world.strategyId, payload), 400, 'validation_failed');
      assert.equal(problem.errors![0]!.path, 'year');
    }
  });

  test('an unknown strategy, or one of another municipality, is not found', async () => {
    assertProblem(await post('karen', '01890000-0000-7000-8000-000000000000', { year: 2016 }), 404, 'not_found');
    assertProblem(await post('soeby-rapportleder', world.strategyId, { year: 2015 }), 404, 'not_found');
    assert.equal((await f().reportsOf(world.strategyId, 2015)).length, 0);
  });

  test('only leaders make reports: 401 without a login, 403 for a support worker and a council member (audited)', async () => {
    assertProblem(await post(null, world.strategyId, { year: 2015 }), 401, 'unauthenticated');
    const anders = await post('anders', world.strategyId, { year: 2015 });
    assertProblem(anders, 403, 'forbidden');
    await assertAudited(t.database, anders, { action: 'status-report.manage', actor: await f().userId(world.tenantId, 'anders'), outcome: 'denied' });
    assertProblem(await post('jens', world.strategyId, { year: 2015 }), 403, 'forbidden');
    assert.equal((await f().reportsOf(world.strategyId, 2015)).length, 0);
  });
});

describe('a draft is for leaders only', () => {
  test('the council member, the politician and another municipality get 404 for a draft; the leader gets it', async () => {
    for (const path of ['', '/pdf', '/print']) {
      for (const persona of ['jens', 'birgit', 'soeby-rapportleder']) assertProblem(await get(persona, `/api/v1/status-reports/${firstReport}${path}`), 404, 'not_found');
      assertProblem(await get(null, `/api/v1/status-reports/${firstReport}${path}`), 401, 'unauthenticated');
    }
    const hidden = await get('jens', `/api/v1/status-reports/${firstReport}`);
    await assertAudited(t.database, hidden, { action: 'status-report.manage', actor: await f().userId(world.tenantId, 'jens'), outcome: 'denied', resourceId: firstReport });
    const res = await get('karen', `/api/v1/status-reports/${firstReport}`);
    expectStatus(res, 200);
    await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: firstReport });
    const archive = expectStatus(await get('jens', '/api/v1/status-reports'), 200);
    assert.ok(!archive.items.some((i: any) => i.state === 'draft'), 'the archive shows a council member no draft');
    assert.deepEqual(archive.strategies, []);
    assertProblem(await get('anders', '/api/v1/status-reports'), 403, 'forbidden');
    assertProblem(await get(null, '/api/v1/status-reports'), 401, 'unauthenticated');
  });
});

describe('the summary and publishing', () => {
  test('PATCH changes the summary of a draft and counts the revision; a stale revision is 409', async () => {
    const patch = async (payload: unknown, persona = 'karen') => t.request(await as(persona), { method: 'PATCH', url: `/api/v1/status-reports/${firstReport}`, payload: payload as Record<string, unknown> });
    const res = await patch({ summary: '  Året gik godt.\n\nKoordineringen er i gang.  ', revision: 1 });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.summary, body.revision], ['Året gik godt.\n\nKoordineringen er i gang.', 2]);
    await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: firstReport });
    const stale = assertProblem(await patch({ summary: 'Gammel', revision: 1 }), 409, 'conflict');
    assert.equal(stale.errors![0]!.path, 'revision');
    assertProblem(await patch({ summary: 'x'.repeat(20001), revision: 2 }), 400, 'validation_failed');
    assertProblem(await patch({ summary: 'Ikke mig', revision: 2 }, 'jens'), 403, 'forbidden');
    assert.equal((await f().report(firstReport)).summary, 'Året gik godt.\n\nKoordineringen er i gang.');
  });

  test('publishing sets published, who and when; then the summary is frozen (409)', async () => {
    const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${firstReport}/publish`, payload: { revision: 2 } });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.state, body.publishedBy, body.publishedAt], ['published', 'Karen Vestergaard', '2026-03-02T10:00:00.000Z']);
    const row = await f().report(firstReport);
    assert.deepEqual([row.state, row.published_by], ['published', karen]);
    await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: firstReport });
    const frozen = assertProblem(await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/status-reports/${firstReport}`, payload: { summary: 'Ny', revision: 2 } }), 409, 'conflict');
    assert.equal(frozen.errors![0]!.path, 'state');
    assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${firstReport}/publish`, payload: { revision: 2 } }), 409, 'conflict');
  });

  test('the council member and the politician read the published report', async () => {
    for (const persona of ['jens', 'birgit']) {
      const res = await get(persona, `/api/v1/status-reports/${firstReport}`);
      assert.equal(expectStatus(res, 200).state, 'published');
      await assertAudited(t.database, res, { action: 'status-report.read', actor: await f().userId(world.tenantId, persona), outcome: 'allowed', resourceId: firstReport });
      const archive = expectStatus(await get(persona, '/api/v1/status-reports'), 200);
      assert.ok(archive.items.some((i: any) => i.id === firstReport));
    }
    assertProblem(await get('anders', `/api/v1/status-reports/${firstReport}`), 403, 'forbidden');
    assertProblem(await get('soeby-rapportleder', `/api/v1/status-reports/${firstReport}`), 404, 'not_found');
  });

  test('a new version supersedes the published one when it is published', async () => {
    const second = expectStatus(await post('karen', world.strategyId, { year: 2016 }), 201);
    assert.equal(second.version, 2);
    expectStatus(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${second.id}/publish`, payload: { revision: 1 } }), 200);
    assert.deepEqual((await f().reportsOf(world.strategyId, 2016)).map((r) => [r.version, r.state]), [[1, 'superseded'], [2, 'published']]);
    const archive = expectStatus(await get('jens', '/api/v1/status-reports'), 200);
    assert.deepEqual(archive.items.filter((i: any) => i.strategy.id === world.strategyId && i.year === 2016).map((i: any) => [i.version, i.state]), [[2, 'published'], [1, 'superseded']]);
  });

  test('nothing half-published: a failure after the earlier version was superseded leaves the draft a draft', async () => {
    const third = expectStatus(await post('karen', world.strategyId, { year: 2016 }), 201);
    const db = t.database.db;
    await sql`CREATE FUNCTION rpt_fail_publish() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.state = 'published' AND OLD.state = 'draft' THEN RAISE EXCEPTION 'publishing failed'; END IF; RETURN NEW; END $$`.execute(db);
    await sql`CREATE TRIGGER rpt_fail_publish BEFORE UPDATE ON status_report FOR EACH ROW EXECUTE FUNCTION rpt_fail_publish()`.execute(db);
    try {
      const res = await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${third.id}/publish`, payload: { revision: 1 } });
      assertProblem(res, 500, 'internal');
    } finally {
      await sql`DROP TRIGGER rpt_fail_publish ON status_report`.execute(db);
      await sql`DROP FUNCTION rpt_fail_publish()`.execute(db);
    }
    assert.deepEqual((await f().reportsOf(world.strategyId, 2016)).map((r) => [r.version, r.state, r.published_at]), [[1, 'superseded', (await f().report(firstReport)).published_at], [2, 'published', (await f().reportsOf(world.strategyId, 2016))[1]!.published_at], [3, 'draft', null]]);
    expectStatus(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${third.id}/publish`, payload: { revision: 1 } }), 200);
    assert.deepEqual((await f().reportsOf(world.strategyId, 2016)).map((r) => r.state), ['superseded', 'superseded', 'published']);
  });
});

describe('the report as PDF and as a printable page', () => {
  test("the PDF's text holds the focus areas' names and the figures, made well under 3 s", async () => {
    const started = Date.now();
    const res = await get('jens', `/api/v1/status-reports/${firstReport}/pdf`);
    const took = Date.now() - started;
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.ok(took < 3000, `the PDF took ${took} ms`);
    await assertAudited(t.database, res, { action: 'status-report.read', actor: await f().userId(world.tenantId, 'jens'), outcome: 'allowed', resourceId: firstReport });
    const dir = mkdtempSync(join(tmpdir(), 'status-report-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), res.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
      for (const expected of [
        'Status for 2016: Testplanen for rapporter',
        'Version 1. Erstattet af en nyere version',
        'Året gik godt.',
        'Engagement i dig',
        '1. Koordinering og sammenhæng',
        '2. Pårørendesamarbejde',
        '3. Velfærdsteknologi',
        'Valgt af Social- og Arbejdsmarkedsudvalget (test) for 2016 (10. december 2015, Punkt 7).',
        'Arbejdsgruppe: Arbejdsgruppen for koordinering.',
        'Fælles plan på tværs',
        '14. marts 2016: Planen er taget i brug i alle teams.',
        'I gang. 1 af 3 aktiviteter er gennemført eller i drift.',
        'Borgere i hjemløshed (test) pr. måned i 2016',
      ]) assert.ok(text.includes(expected), `the PDF says «${expected}»:\n${text}`);
      assert.match(text, /\n\s*6\s*\n/, 'the bar of March carries its figure, 6');
      assert.ok(!text.includes('Stillingerne er slået op'), "a note from the year before is not the year's");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the printable page is self-contained Danish HTML with charts that have text alternatives', async () => {
    const res = await get('birgit', `/api/v1/status-reports/${firstReport}/print`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    const html = res.body;
    assert.match(html, /^<!doctype html><html lang="da">/);
    assert.ok(!/<(script|link)\b/.test(html) && !/src="http/.test(html), 'nothing loaded from elsewhere');
    for (const expected of ['<h1>Status for 2016: Testplanen for rapporter</h1>', 'Koordinering og sammenhæng', 'role="img"', 'marts: 6', 'maj: skjult (under 5)', '<th scope="row">Fælles plan på tværs</th>']) {
      assert.ok(html.includes(expected), `the page has ${expected}`);
    }
  });

  test('an unknown report is not found', async () => {
    assertProblem(await get('karen', '/api/v1/status-reports/01890000-0000-7000-8000-000000000000/pdf'), 404, 'not_found');
  });
});

describe('updating the figures of a draft and discarding it', () => {
  // 2016 has versions 1 and 2 superseded and 3 published by now; this draft is version 4.
  let draft = '';
  const refresh = async (id: string, payload: unknown, persona: string | null = 'karen') =>
    t.request(persona ? await as(persona) : null, { method: 'POST', url: `/api/v1/status-reports/${id}/refresh`, payload: payload as Record<string, unknown> });
  const discard = async (id: string, persona: string | null = 'karen') => t.request(persona ? await as(persona) : null, { method: 'DELETE', url: `/api/v1/status-reports/${id}` });
  const notDraft = 'Rapporten er offentliggjort og kan ikke ændres. Lav en ny version, hvis der skal rettes noget.';
  const cafe = (content: any) => content.tracks[0].focusAreas[1].activities[0];
  const september = (content: any) => content.keyFigures[0].points.find((p: any) => p.period === '2016-09');

  test("refresh computes the draft's figures again from the live data, keeps the summary and counts the revision", async () => {
    const made = expectStatus(await post('karen', world.strategyId, { year: 2016 }), 201);
    draft = made.id;
    assert.equal(made.version, 4);
    assert.deepEqual([cafe(made.content).status, cafe(made.content).notes, made.content.notesInYear, september(made.content)], ['not-started', [], 2, { period: '2016-09', value: 0, suppressed: false }]);
    expectStatus(await t.request(await as('karen'), { method: 'PATCH', url: `/api/v1/status-reports/${draft}`, payload: { summary: 'Skrevet før tallene blev opdateret.', revision: 1 } }), 200);

    // After the draft was made: the relatives' café starts (a note in 2016 moves it on) and six more citizens are homeless.
    const db = t.database.db;
    const activity = await db.selectFrom('strategy_activity').select('activity_id').where('tenant_id', '=', world.tenantId).where('focus_area_id', '=', world.areas.area2).executeTakeFirstOrThrow();
    await db.updateTable('strategy_activity').set({ status: 'in-progress' }).where('activity_id', '=', activity.activity_id).execute();
    await f().note(world.tenantId, activity.activity_id, '2016-10-04', 'Caféen holder åbent hver anden torsdag.', 'in-progress');
    await f().homelessCitizens(world.tenantId, 6, '2016-09-10');

    const madeAt = t.clock.now;
    t.clock.now = new Date('2026-03-02T10:05:00Z');
    try {
      const res = await refresh(draft, { revision: 2 });
      const body = expectStatus(res, 200);
      assert.deepEqual([body.id, body.state, body.version, body.revision, body.summary], [draft, 'draft', 4, 3, 'Skrevet før tallene blev opdateret.']);
      assert.deepEqual([cafe(body.content).status, cafe(body.content).notes.map((n: any) => n.body)], ['in-progress', ['Caféen holder åbent hver anden torsdag.']]);
      assert.equal(body.content.tracks[0].focusAreas[1].rollUp.status, 'in-progress');
      assert.deepEqual([body.content.rollUp.counts['in-progress'], body.content.rollUp.counts['not-started'], body.content.notesInYear], [2, 0, 3]);
      assert.deepEqual(september(body.content), { period: '2016-09', value: 6, suppressed: false });
      assert.equal(body.content.computedAt, '2026-03-02T10:05:00.000Z');
      assert.equal(body.createdAt, madeAt.toISOString(), 'the draft keeps when it was made');

      const row = await f().report(draft);
      assert.deepEqual([row.state, row.version, row.revision, row.summary, new Date(row.updated_at!).toISOString()], ['draft', 4, 3, 'Skrevet før tallene blev opdateret.', '2026-03-02T10:05:00.000Z']);
      const entry = await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: draft });
      assert.equal((entry.details as { step: string }).step, 'refresh-figures');
    } finally {
      t.clock.now = madeAt;
    }
  });

  test('a refresh from a stale revision is 409, and so is publishing figures one has not seen', async () => {
    const stale = assertProblem(await refresh(draft, { revision: 2 }), 409, 'conflict');
    assert.equal(stale.errors![0]!.path, 'revision');
    const publish = assertProblem(await t.request(await as('karen'), { method: 'POST', url: `/api/v1/status-reports/${draft}/publish`, payload: { revision: 2 } }), 409, 'conflict');
    assert.equal(publish.errors![0]!.path, 'revision');
    assert.deepEqual([(await f().report(draft)).revision, (await f().report(draft)).state], [3, 'draft']);
    for (const payload of [{}, { revision: 0 }, { revision: '3' }, { revision: 3, summary: 'x' }]) assertProblem(await refresh(draft, payload), 400, 'validation_failed');
  });

  test('a published or superseded report keeps its figures and stays: refresh and delete are 409 with the plain reason', async () => {
    const before = await f().reportsOf(world.strategyId, 2016);
    const published = before.find((r) => r.state === 'published')!.report_id;
    const contentBefore = (await f().report(published)).content;
    for (const id of [firstReport, published]) {
      const refused = assertProblem(await refresh(id, { revision: (await f().report(id)).revision }), 409, 'conflict');
      assert.deepEqual(refused.errors, [{ path: 'state', message: notDraft }]);
      const kept = assertProblem(await discard(id), 409, 'conflict');
      assert.deepEqual(kept.errors, [{ path: 'state', message: notDraft }]);
    }
    assert.deepEqual(await f().reportsOf(world.strategyId, 2016), before);
    assert.deepEqual((await f().report(published)).content, contentBefore);
  });

  test('an unknown report is not found', async () => {
    const unknown = '01890000-0000-7000-8000-000000000000';
    assertProblem(await refresh(unknown, { revision: 1 }), 404, 'not_found');
    assertProblem(await discard(unknown), 404, 'not_found');
  });

  test('only leaders refresh or discard: 401 without a login, 403 for the council member, the politician and a support worker (audited), 404 for another municipality; nothing changes', async () => {
    const before = await f().report(draft);
    assertProblem(await refresh(draft, { revision: 3 }, null), 401, 'unauthenticated');
    assertProblem(await discard(draft, null), 401, 'unauthenticated');
    for (const persona of ['jens', 'birgit', 'anders']) {
      const refused = await refresh(draft, { revision: 3 }, persona);
      assertProblem(refused, 403, 'forbidden');
      await assertAudited(t.database, refused, { action: 'status-report.manage', actor: await f().userId(world.tenantId, persona), outcome: 'denied', resourceId: draft });
      const kept = await discard(draft, persona);
      assertProblem(kept, 403, 'forbidden');
      await assertAudited(t.database, kept, { action: 'status-report.manage', actor: await f().userId(world.tenantId, persona), outcome: 'denied', resourceId: draft });
    }
    assertProblem(await refresh(draft, { revision: 3 }, 'soeby-rapportleder'), 404, 'not_found');
    assertProblem(await discard(draft, 'soeby-rapportleder'), 404, 'not_found');
    assert.deepEqual(await f().report(draft), before);
  });

  test('DELETE discards the draft (204, audited); it is gone, and a new draft for the same year takes its free version', async () => {
    const res = await discard(draft);
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(res.body, '');
    const entry = await assertAudited(t.database, res, { action: 'status-report.manage', actor: karen, outcome: 'allowed', resourceId: draft });
    assert.equal((entry.details as { step: string }).step, 'discard-draft');
    assertProblem(await get('karen', `/api/v1/status-reports/${draft}`), 404, 'not_found');
    assertProblem(await discard(draft), 404, 'not_found');
    assert.deepEqual((await f().reportsOf(world.strategyId, 2016)).map((r) => [r.version, r.state]), [[1, 'superseded'], [2, 'superseded'], [3, 'published']]);
    const archive = expectStatus(await get('karen', '/api/v1/status-reports'), 200);
    assert.ok(!archive.items.some((i: any) => i.id === draft));

    const again = expectStatus(await post('karen', world.strategyId, { year: 2016 }), 201);
    assert.deepEqual([again.version, again.state, again.revision, again.summary], [4, 'draft', 1, '']);
    assert.equal(cafe(again.content).status, 'in-progress');
  });

  test('a draft made for the wrong year is discarded, and the one for the right year is made', async () => {
    const wrong = expectStatus(await post('karen', world.strategyId, { year: 2015 }), 201);
    assertProblem(await post('karen', world.strategyId, { year: 2015 }), 409, 'conflict');
    assert.equal((await discard(wrong.id)).statusCode, 204);
    assert.equal((await f().reportsOf(world.strategyId, 2015)).length, 0);
    assert.equal(expectStatus(await post('karen', world.strategyId, { year: 2015 }), 201).version, 1);
  });
});
