import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lix } from '../../src/domain/readability.js';
import { buildDemoCatalogueRows, copenhagenLocalInstant, readDemoCatalogueSeed } from '../../src/features/demo/load-demo-catalogue.js';
import { readDemoSeed } from '../../src/features/demo/load-demo-municipalities.js';
import { DEMO_REFERENCE_DATE } from '../../src/features/demo/shift-demo-dates.js';
import { newId } from '../../src/platform/ids.js';
import { pictogramNames } from '../../src/web/components/pictograms/pictograms.js';

/** seed/catalogue.json as a newcomer meets it: rich, readable, consistent, and with events ahead whenever it loads. */

const DAY = 86_400_000;
const reference = new Date(`${DEMO_REFERENCE_DATE}T12:00:00Z`);
const seed = readDemoCatalogueSeed(reference);
const randers = seed.randers!;
const soeby = seed.soeby!;
const municipalities = readDemoSeed().municipalities;

function unitKeys(slug: string): Set<string> {
  const m = municipalities.find((x) => x.slug === slug)!;
  return new Set(m.units.flatMap((c) => [c.key, ...c.units.map((u) => u.key)]));
}
const fakeUnitIds = (slug: string) => new Map([...unitKeys(slug)].map((k) => [k, newId()]));
const localTime = (at: Date) => new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).replace('.', ':');

const namedOffers: [name: string, organization: string, owner: string | undefined][] = [
  ['Perron 4 — værested og modtagecenter', 'perron4', undefined],
  ['Slotsgården — værested og modtagecenter', 'slotsgaarden', undefined],
  ['Modtagecenter Gl. Hadsundvej 1', 'hadsundvej', undefined],
  ['Ungegruppen på Autismecentret Gudenåcenteret', 'gudenaacenteret', undefined],
  ['Forberedende forløb til uddannelse', 'jobcenter', 'job-unge'],
  ['Pårørendegruppe for pårørende til mennesker med hjerneskade', 'hjerneskade', undefined],
  ['Svømning for alle i Randers Svømmehal', 'svoemmeklub', undefined],
  ['Håndbold for alle — Randers HK', 'randers-hk', undefined],
  ['Socialpædagogisk støtte i eget hjem (§ 85)', 'bostotte-nord', undefined],
  ['Rusmiddelcenter Randers — ambulant behandling', 'rusmiddel', undefined],
];

describe('every offer', () => {
  for (const [slug, m] of Object.entries(seed)) {
    test(`${slug}: every easy-read text reads at LIX 30 or below`, () => {
      const hard = m.offers.map((o) => ({ key: o.key, lix: lix(o.easyRead).lix })).filter((r) => r.lix > 30);
      assert.deepEqual(hard, []);
      assert.ok(m.offers.length > 0);
    });

    test(`${slug}: pictograms are keys of the plan's pictogram set`, () => {
      for (const o of m.offers) assert.ok((pictogramNames as readonly string[]).includes(o.pictogram), `${o.key}: ${o.pictogram}`);
    });

    test(`${slug}: unit keys exist in seed/municipalities.json`, () => {
      const units = unitKeys(slug);
      assert.ok(units.has(m.defaultOwner));
      for (const o of m.organizations) if (o.unit) assert.ok(units.has(o.unit), `organization ${o.key}: unit ${o.unit}`);
      for (const o of m.offers) if (o.owner) assert.ok(units.has(o.owner), `offer ${o.key}: owner ${o.owner}`);
    });

    test(`${slug}: descriptions are 2-5 sentences and contacts use demo numbers and addresses`, () => {
      for (const o of m.offers) {
        const sentences = o.description.split(/(?<=[.!?])\s+/).length;
        assert.ok(sentences >= 2 && sentences <= 5, `${o.key} has ${sentences} sentences`);
        for (const c of o.contacts) if (c.email) assert.match(c.email, /\.demo$/);
      }
      for (const o of m.organizations) if (o.email) assert.match(o.email, /\.demo$/);
    });
  }
});

describe('Randers', () => {
  test('has 60 or more published offers, a few drafts, one archived and a few not confirmed for over a year', () => {
    const published = randers.offers.filter((o) => o.lifecycle === 'published');
    assert.ok(published.length >= 60, `${published.length} published`);
    assert.ok(randers.offers.filter((o) => o.lifecycle === 'draft').length >= 2);
    assert.equal(randers.offers.filter((o) => o.lifecycle === 'archived').length, 1);
    const yearAgo = new Date(reference.getTime() - 365 * DAY).toISOString().slice(0, 10);
    const outdated = published.filter((o) => (o.confirmedAt ?? randers.confirmedAt) < yearAgo);
    assert.ok(outdated.length >= 2 && outdated.length <= 3, `${outdated.length} possibly outdated`);
  });

  test('has the ten offers other features refer to by name, with their organisation and owner', () => {
    for (const [name, organization, owner] of namedOffers) {
      const offer = randers.offers.find((o) => o.name === name);
      assert.ok(offer, name);
      assert.equal(offer.lifecycle, 'published', name);
      assert.equal(offer.organization, organization, name);
      assert.equal(offer.owner, owner, name);
    }
  });

  test('covers the paragraphs, target groups, age groups and kinds of provider of the documents', () => {
    const published = randers.offers.filter((o) => o.lifecycle === 'published');
    for (const paragraph of ['SEL §85', 'SEL §103', 'SEL §104', 'SEL §107', 'SEL §108', 'SEL §110']) {
      assert.ok(published.some((o) => o.legalBasis === paragraph), paragraph);
    }
    for (const group of ['substance-abuse', 'mental-vulnerability', 'physical-disability', 'intellectual-disability', 'acquired-brain-injury', 'autism', 'adhd', 'homelessness']) {
      assert.ok(published.some((o) => o.targetGroups.includes(group as never)), group);
    }
    assert.ok(published.filter((o) => o.targetGroups.includes('relatives')).length >= 4, 'offers for relatives');
    assert.ok(published.some((o) => (o.minimumAge ?? 0) <= 16 && (o.maximumAge ?? 130) >= 17 && (o.maximumAge ?? 130) <= 25), 'for 16-17-year-olds on the transition track');
    assert.ok(published.some((o) => o.minimumAge === 16 && o.maximumAge === 17), 'only for 16-17-year-olds');
    assert.ok(published.some((o) => (o.minimumAge ?? 0) >= 65), 'for seniors 65+');
    const kinds = new Set(randers.organizations.map((o) => o.kind));
    for (const kind of ['municipal', 'association', 'ngo', 'region', 'private']) assert.ok(kinds.has(kind as never), kind);
    assert.ok(published.some((o) => o.capacity && o.capacity.waitingList > 0), 'a waiting list');
    assert.ok(published.some((o) => o.schedules.some((s) => s.freq === 'MONTHLY')), 'a monthly activity');
    assert.ok(published.some((o) => o.schedules.length > 0 && o.schedules.every((s) => !s.freq)), 'by appointment only');
  });

  test('the offer "svømning" leads to is step-free, and companions are welcome', () => {
    const swim = randers.offers.find((o) => o.key === 'svoemning')!;
    const hall = randers.locations.find((l) => l.key === swim.locations[0])!;
    assert.ok(hall.accessibility.includes('step-free'));
    assert.ok(swim.accessibility.includes('companion-welcome'));
    assert.match(swim.description, /[Ss]vømning/);
  });

  test("an offer carries the physical features that hold at all of its locations, which is what the search filters on", () => {
    const rows = buildDemoCatalogueRows({ tenantId: newId(), slug: 'randers', unitIds: fakeUnitIds('randers') }, reference);
    const features = (name: string) => rows.offer.find((o) => o.name === name)!.accessibility;
    assert.deepEqual(features('Svømning for alle i Randers Svømmehal'), ['step-free', 'accessible-toilet', 'accessible-parking', 'lift', 'companion-welcome', 'easy-read-info']);
    // Perron 4 is step-free, Slotsgården has steps: help given at both is not promised step-free.
    assert.deepEqual(features('Her og nu-støtte: en medarbejder går med dig'), ['accessible-toilet', 'fixed-contact-person']);
    // Given on the net only: no physical features.
    assert.deepEqual(features('Alkoholrådgivning på nettet'), []);
  });

  test('every location lies in or around Randers', () => {
    for (const l of randers.locations.filter((x) => x.type === 'physical')) {
      assert.ok(Math.abs(l.latitude! - 56.46) < 0.25 && Math.abs(l.longitude! - 10.04) < 0.3, l.key);
      assert.match(l.postalCode!, /^8(8|9)\d\d$/);
    }
  });
});

describe('events', () => {
  test('at the worst moment (just before the next whole-week shift) 20 or more planned events still lie ahead', () => {
    for (const sinceReference of [0, 6 * DAY + 23 * 3_600_000, 40 * DAY + 6 * 3_600_000, 400 * DAY + 5 * DAY]) {
      const now = new Date(reference.getTime() - 12 * 3_600_000 + sinceReference);
      const rows = buildDemoCatalogueRows({ tenantId: newId(), slug: 'randers', unitIds: fakeUnitIds('randers') }, now);
      const ahead = rows.offer_event.filter((e) => e.status === 'planned' && e.starts_at > now);
      assert.ok(ahead.length >= 20, `${ahead.length} ahead at ${now.toISOString()}`);
      assert.ok(rows.offer_event.every((e) => new Date(e.created_at as Date) <= now), 'announced before now');
      assert.ok(rows.offer_event.some((e) => e.signup_required && e.capacity), 'some with sign-up and a capacity');
    }
  });

  test('keep their Danish local time and weekday in summer and winter', () => {
    for (const now of [reference, new Date('2027-06-20T12:00:00Z'), new Date('2028-03-26T12:00:00Z')]) {
      const events = readDemoCatalogueSeed(now).randers!.events;
      const rows = buildDemoCatalogueRows({ tenantId: newId(), slug: 'randers', unitIds: fakeUnitIds('randers') }, now);
      events.forEach((e, i) => {
        assert.equal(localTime(rows.offer_event[i]!.starts_at), e.start, `${e.title} starts at ${e.start}`);
        assert.equal(localTime(rows.offer_event[i]!.ends_at), e.end);
      });
      // Whole weeks: the first event is on the weekday it was written for (a Tuesday).
      assert.equal(new Date(`${events[0]!.date}T12:00:00Z`).getUTCDay(), 2);
    }
  });

  test('copenhagenLocalInstant is right on both sides of a daylight-saving change', () => {
    assert.equal(copenhagenLocalInstant('2027-03-27', '10:00').toISOString(), '2027-03-27T09:00:00.000Z');
    assert.equal(copenhagenLocalInstant('2027-03-28', '10:00').toISOString(), '2027-03-28T08:00:00.000Z');
    assert.equal(copenhagenLocalInstant('2027-10-30', '19:00').toISOString(), '2027-10-30T17:00:00.000Z');
    assert.equal(copenhagenLocalInstant('2027-10-31', '19:00').toISOString(), '2027-10-31T18:00:00.000Z');
  });
});

describe('Søby', () => {
  test('has a small catalogue of its own: 5-8 offers and a few events', () => {
    assert.ok(soeby.offers.length >= 5 && soeby.offers.length <= 8);
    assert.ok(soeby.events.length >= 3);
    const randersNames = new Set(randers.offers.map((o) => o.name));
    assert.ok(soeby.offers.every((o) => !randersNames.has(o.name)));
  });
});

describe('unit keys', () => {
  test('an unknown unit fails the load of a new municipality, but is skipped for an older demo database', () => {
    const unitIds = fakeUnitIds('randers');
    unitIds.delete('perron4');
    assert.throws(() => buildDemoCatalogueRows({ tenantId: newId(), slug: 'randers', unitIds }, reference), /unknown unit perron4/);
    const rows = buildDemoCatalogueRows({ tenantId: newId(), slug: 'randers', unitIds }, reference, { missingUnits: 'skip' });
    const perron4 = rows.offer.find((o) => o.name === 'Perron 4 — værested og modtagecenter')!;
    assert.equal(perron4.owner_unit_id, null);
    assert.equal(rows.organization.find((o) => o.name === 'Perron 4')!.org_unit_id, null);
  });
});
