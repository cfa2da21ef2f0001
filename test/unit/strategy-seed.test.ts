import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shippedIndicatorKeys } from '../../src/contracts/strategies.js';
import { readDemoStrategies } from '../../src/features/demo/load-demo-strategies.js';

/** The demo's strategies follow the documents (DOMAIN §5.4, §5.5) and are consistent with themselves. */

const randers = readDemoStrategies('randers')!;
const byKey = (key: string) => randers.strategies.find((s) => s.key === key)!;

test('the disability plan: 3 tracks and the 9 focus areas named as in DOMAIN §5.4', () => {
  const plan = byKey('disability-plan');
  assert.deepEqual(
    plan.focusAreas.map((f) => [f.track, f.name]),
    [
      ['Engagement i dig', 'Koordinering og sammenhæng'],
      ['Engagement i dig', 'Pårørendesamarbejde'],
      ['Engagement i dig', 'Frivillighed'],
      ['Kvalitet i dit liv', 'Et socialt og aktivt liv for dig'],
      ['Kvalitet i dit liv', 'Et sundt liv i fællesskab'],
      ['Kvalitet i dit liv', 'Fortsat udvikling af vores botilbud'],
      ['Udvikling i dit liv', 'Beskæftigelses- og uddannelsesmuligheder'],
      ['Udvikling i dit liv', 'Sæt borgerguides i spil'],
      ['Udvikling i dit liv', 'Velfærdsteknologi'],
    ],
  );
  assert.equal(plan.periodTo, '2026-12-31', 'extended through 2026');
});

test('the plan for socially vulnerable adults has 7 focus areas; its successor 8 and names it', () => {
  assert.deepEqual(byKey('vulnerable-plan-2018').focusAreas.map((f) => f.name), [
    'Hurtig og fleksibel støtte',
    'Fleksible og individuelle boligløsninger',
    'Større effekt af rusmiddelbehandlingen',
    'Tidlig indsats for unge på kanten',
    'Flere i job eller uddannelse',
    'Randers for alle',
    'Lige muligheder for sundhed',
  ]);
  const successor = byKey('psychiatry-strategy');
  assert.equal(successor.succeeds, 'vulnerable-plan-2018');
  assert.equal(successor.focusAreas.length, 8);
  for (const name of ['Brobygning til meningsfulde fællesskaber', 'Lighed i sundhed', 'Styrke peerfagligheden', 'Styrket rusmiddelindsats på boområdet', 'Koordinerede og ressourcefokuserede indsatser', 'Socialbæredygtig byudvikling', 'Flere i uddannelse og beskæftigelse']) {
    assert.ok(successor.focusAreas.some((f) => f.name === name), name);
  }
});

test('the policy: its four values and the five life domains by the plan’s keys', () => {
  const policy = byKey('policy-2023');
  assert.deepEqual(policy.values, ['ordentlighed', 'ligeværdighed', 'udvikling', 'frihed']);
  assert.deepEqual(policy.lifeDomains, ['health', 'social', 'leisure', 'housing', 'work']);
});

test('every activity: 2–4 per focus area, known indicators, and notes whose status changes end in its status', () => {
  for (const strategy of randers.strategies) {
    for (const area of strategy.focusAreas) {
      assert.ok(area.purpose && area.why && area.goal, `${area.name}: purpose, why, goal`);
      assert.ok(area.activities.length >= 2 && area.activities.length <= 4, `${area.name}: ${area.activities.length} activities`);
      for (const activity of area.activities) {
        for (const key of activity.indicatorKeys) assert.ok((shippedIndicatorKeys as readonly string[]).includes(key), `${activity.title}: ${key}`);
        const changes = [...activity.notes].sort((a, b) => b.daysAgo - a.daysAgo).filter((n) => n.statusTo !== undefined);
        const last = changes.at(-1)?.statusTo ?? 'not-started';
        assert.equal(last, activity.status, `${activity.title}: the notes end in its status`);
      }
    }
  }
});

test('the selections name focus areas that exist; a second municipality gets one small plan', () => {
  const keys = new Set(randers.strategies.flatMap((s) => s.focusAreas.map((f) => `${s.key}:${f.number}`)));
  for (const selection of randers.selections ?? []) for (const key of selection.focusAreas) assert.ok(keys.has(key), key);
  assert.deepEqual((randers.selections ?? []).map((s) => s.yearOffset), [-3, -2, -1, 0]);
  const soeby = readDemoStrategies('soeby')!;
  assert.equal(soeby.strategies.length, 1);
  assert.equal(soeby.committee, undefined);
});
