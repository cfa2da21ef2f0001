import { offerLifeDomains, offerTargetGroups } from '../src/domain/catalogue-vocabulary.js';
import { ffbOfferTypes } from '../src/domain/ffb-offer-types.js';
import { legalBasisTerm, mestringTaxonomyId, mestringTermId } from '../src/interop/hsds/mestring-taxonomies.js';
import { uuidV5 } from '../src/interop/hsds/name-based-id.js';

/**
 * A synthetic HSDS API page of `services` fully nested services, the same for the same seed: one organization per
 * 20 services (two locations each), every service at one of its organization's locations with two weekly schedules,
 * a phone and a contact, Mestring's attributes (target group, life domain, legal basis, FFB offer type, free of
 * charge, capacity) and one attribute of a taxonomy of another system.
 */

const namespace = 'f4b1f6f2-7f0c-5b61-9b1f-3c3c3b6f0a10';

function random(seed: number): () => number {
  // mulberry32: small, fast and the same everywhere.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['samvær', 'bolig', 'støtte', 'fællesskab', 'motion', 'svømning', 'rådgivning', 'værested', 'job', 'uddannelse', 'pårørende', 'netværk', 'madklub', 'gåtur', 'krea'];
const legalBases = ['SEL §85', 'SEL §103', 'SEL §104', 'SEL §107', 'SEL §108', 'SEL §110'];

export function syntheticHsdsPage(services: number, seed: number): Record<string, unknown> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const id = (kind: string, n: number | string) => uuidV5(`${seed}/${kind}/${n}`, namespace);
  const foreignTaxonomy = { id: id('taxonomy', 'open-eligibility'), name: 'Open Eligibility', description: 'Another system’s taxonomy', uri: 'https://example.org/open-eligibility', version: '1' };
  const organizationCount = Math.max(1, Math.ceil(services / 20));
  const organizations = Array.from({ length: organizationCount }, (_, o) => ({
    id: id('organization', o),
    name: `Forening ${o + 1} for ${pick(words)}`,
    description: `Forening nummer ${o + 1}, der laver ${pick(words)} og ${pick(words)}.`,
    website: `https://forening${o + 1}.example.dk`,
    email: `kontakt@forening${o + 1}.example.dk`,
  }));
  const location = (o: number, l: number) => ({
    id: id('location', `${o}/${l}`),
    location_type: 'physical',
    name: `${organizations[o]!.name}, hus ${l + 1}`,
    latitude: Math.round((56.3 + next() * 0.3) * 1e5) / 1e5,
    longitude: Math.round((9.9 + next() * 0.4) * 1e5) / 1e5,
    addresses: [{ id: id('address', `${o}/${l}`), address_1: `Testvej ${o * 2 + l + 1}`, city: 'Randers C', state_province: '', postal_code: '8900', country: 'DK', address_type: 'physical' }],
  });
  const locations = organizations.map((_, o) => [location(o, 0), location(o, 1)]);
  const contents = Array.from({ length: services }, (_, s) => {
    const o = s % organizationCount;
    const serviceId = id('service', s);
    const ffb = pick(ffbOfferTypes);
    const legal = legalBasisTerm(pick(legalBases));
    const attribute = (n: number, termId: string, extra: Record<string, unknown> = {}) => ({ id: id('attribute', `${s}/${n}`), taxonomy_term_id: termId, ...extra });
    const schedule = (n: number, byday: string, opens: string, closes: string) => ({ id: id('schedule', `${s}/${n}`), freq: 'WEEKLY', interval: 1, byday, opens_at: opens, closes_at: closes, valid_from: '2026-01-01', timezone: 1 });
    return {
      id: serviceId,
      name: `${pick(words)} og ${pick(words)} ${s + 1}`.replace(/^./, (c) => c.toUpperCase()),
      description: `Et tilbud om ${pick(words)}, ${pick(words)} og ${pick(words)} for borgere i kommunen. Tilbud nummer ${s + 1}.`,
      status: 'active',
      email: `tilbud${s + 1}@example.dk`,
      minimum_age: 18,
      last_modified: new Date(Date.UTC(2026, 0, 1) + s * 60_000).toISOString(),
      phones: [{ id: id('phone', s), number: `+45 ${String(20000000 + s)}`, type: 'voice' }],
      contacts: [{ id: id('contact', s), name: `Kontakt ${s + 1}`, email: `kontakt${s + 1}@example.dk` }],
      organization: organizations[o],
      service_at_locations: [{ id: id('service_at_location', s), location: locations[o]![s % 2] }],
      schedules: [schedule(0, 'MO,WE', '10:00', '14:00'), schedule(1, 'FR', '09:00', '12:00')],
      attributes: [
        attribute(0, mestringTermId('target-group', pick(offerTargetGroups))),
        attribute(1, mestringTermId('life-domain', pick(offerLifeDomains))),
        attribute(2, legal.id, { taxonomy_term: { id: legal.id, code: legal.code, name: legal.name, description: '', taxonomy_id: mestringTaxonomyId('legal-basis') } }),
        attribute(3, mestringTermId('offer-type', ffb.code)),
        attribute(4, mestringTermId('offer-conditions', 'free-of-charge')),
        attribute(5, mestringTermId('offer-conditions', 'capacity-places'), { value: String(5 + Math.floor(next() * 20)) }),
        attribute(6, id('term', s % 7), { taxonomy_term: { id: id('term', s % 7), code: `OE-${s % 7}`, name: `Område ${s % 7}`, description: '', taxonomy_detail: foreignTaxonomy } }),
      ],
    };
  });
  return { total_items: services, total_pages: 1, page_number: 1, size: services, first_page: true, last_page: true, empty: services === 0, contents };
}
