import { accessibilityFeatures, offerTargetGroups, type OfferTargetGroup } from '../../domain/catalogue-vocabulary.js';
import { ffbOfferTypes } from '../../domain/ffb-offer-types.js';
import { postalDistricts } from '../../domain/geo.js';
import * as words from './catalogue-words.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { MunicipalityModel } from './municipality-model.js';
import { offerIdeas, type OfferIdea, type ProviderRole } from './offer-ideas.js';
import { schedulesOf, type GeneratedSchedule } from './offer-schedules.js';
import { streamFor, type Prng } from './prng.js';
import { apportion, weightedChoice, type WeightedChoice } from './weighted-choice.js';

/**
 * The synthetic offer catalogue (HSDS organisations, locations, offers with their places and schedules), deterministic
 * from the seed. A few thousand objects at scale 1, so it is held in memory like the staff and citizens; the rows are
 * streamed from it (catalogue-rows.ts). The municipality's own units are organisations of their own and keep their
 * offers; associations' and NGOs' offers are kept by the activity coordination, regional and private ones by the
 * authority that buys places, so every offer has an owner unit that answers referrals.
 */
const DAY_MS = 86_400_000;

export type OrganizationKind = 'municipal' | 'association' | 'ngo' | 'region' | 'private';

export interface GeneratedLocation {
  locationId: string;
  organizationId: string;
  type: 'physical' | 'virtual';
  name: string;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility: string[];
  transportation: string | null;
  createdAt: number;
  /** The town or quarter, for the offers' texts (not stored: the city is the postal district's name). */
  quarter: string | null;
}

export interface GeneratedOrganization {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  role: ProviderRole;
  orgUnitId: string | null;
  ownerUnitId: string | null;
  description: string;
  email: string;
  website: string | null;
  /** The postal code and quarter of its first place. */
  home: readonly [postalCode: string, quarter: string];
  createdAt: number;
  locations: GeneratedLocation[];
}

export interface GeneratedOffer {
  offerId: string;
  organizationId: string;
  ownerUnitId: string | null;
  name: string;
  description: string;
  easyRead: string;
  email: string;
  lifecycle: 'draft' | 'published' | 'archived';
  offerType: string;
  legalBasis: string | null;
  lifeDomains: string[];
  targetGroups: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  free: boolean;
  fees: string | null;
  application: string;
  eligibility: string | null;
  selfReferral: boolean;
  accessibility: string[];
  languages: string[];
  places: { places: number; free: number; waitingList: number } | null;
  pictogram: string;
  createdAt: number;
  publishedAt: number | null;
  confirmedAt: number | null;
  updatedAt: number;
  version: number;
  /** [offer_location id, location id] per place the offer is given. */
  locations: (readonly [string, string])[];
  schedules: GeneratedSchedule[];
}

export interface CatalogueSize {
  organizations: number;
  locations: number;
  offers: number;
}

export interface Catalogue {
  organizations: GeneratedOrganization[];
  offers: GeneratedOffer[];
}

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
const otherKinds = weightedChoice<Exclude<OrganizationKind, 'municipal'>>([['association', 55], ['ngo', 22], ['region', 8], ['private', 15]]);
const namesOf = { association: words.associationNames, ngo: words.ngoNames, region: words.regionNames, private: words.privateNames } as const;
const ffbCode = new Map(ffbOfferTypes.map((t) => [t.display, t.code]));
const ideasByRole = new Map<ProviderRole, WeightedChoice<OfferIdea>>();
function ideasFor(role: ProviderRole): WeightedChoice<OfferIdea> {
  let choice = ideasByRole.get(role);
  if (!choice) ideasByRole.set(role, (choice = weightedChoice(offerIdeas.filter((i) => (i.by[role] ?? 0) > 0).map((i) => [i, i.by[role]!] as const))));
  return choice;
}
/** A name as a host or mailbox name: ASCII, lower case, dashes. */
const slugOf = (name: string) =>
  name.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The units whose offers reach citizens; the staff functions (finance, secretariat, IT) give none. */
function buildOrganizations(model: MunicipalityModel, count: number, emailDomain: string, prng: Prng): GeneratedOrganization[] {
  const goLive = model.tenant.createdAt.getTime();
  const unitNamed = (name: string, profile: string) => (model.units.find((u) => u.name === name) ?? model.units.find((u) => u.profile === profile))?.unitId ?? null;
  const keepers: Record<Exclude<OrganizationKind, 'municipal'>, string | null> = {
    association: unitNamed('Aktivitets- og fritidskoordinering', 'activity'),
    ngo: unitNamed('Aktivitets- og fritidskoordinering', 'activity'),
    region: unitNamed('Visitation og Bevilling', 'authority'),
    private: unitNamed('Visitation og Bevilling', 'authority'),
  };
  const organizations: GeneratedOrganization[] = [];
  const add = (o: Omit<GeneratedOrganization, 'organizationId' | 'createdAt' | 'locations'>) => {
    // Most providers were in the catalogue imported at go-live; the rest joined over the years.
    const createdAt = prng.chance(0.85) ? goLive + organizations.length : goLive + Math.floor(prng.next() * (model.periodEndMs - goLive - 60 * DAY_MS));
    organizations.push({ ...o, organizationId: deterministicUuidV7(createdAt, prng), createdAt, locations: [] });
  };
  for (const unit of model.units.filter((u) => u.kind === 'unit' && u.citizenWeight > 0)) {
    add({
      name: unit.name, kind: 'municipal', role: unit.profile!, orgUnitId: unit.unitId, ownerUnitId: unit.unitId,
      description: pick(words.organizationDescriptions.municipal, prng), email: `${slugOf(unit.name)}@${emailDomain}`, website: null, home: words.districts.pick(prng),
    });
  }
  const others = Math.max(4, count - organizations.length);
  for (let i = 0; i < others; i++) {
    // At the smallest scales one of each kind, so every kind of provider is there.
    const kind = i < 4 ? (['association', 'ngo', 'region', 'private'] as const)[i]! : otherKinds.pick(prng);
    const home = words.districts.pick(prng);
    const name = namesOf[kind].pick(prng)(home[1]);
    const slug = slugOf(name);
    add({
      name, kind, role: kind, orgUnitId: null, ownerUnitId: keepers[kind],
      description: pick(words.organizationDescriptions[kind], prng), email: `kontakt@${slug}.example`, website: kind === 'region' ? null : `https://${slug}.example`, home,
    });
  }
  return organizations;
}

function physicalFeatures(prng: Prng): string[] {
  const stepFree = prng.chance(0.65);
  return [
    ...(stepFree ? ['step-free'] : []),
    ...(prng.chance(stepFree ? 0.65 : 0.2) ? ['accessible-toilet'] : []),
    ...(prng.chance(0.15) ? ['hearing-loop'] : []),
    ...(prng.chance(0.4) ? ['accessible-parking'] : []),
    ...(prng.chance(0.2) ? ['lift'] : []),
  ];
}

/** Every provider has a place or more; the municipality's units and the region have the most. */
function buildLocations(organizations: GeneratedOrganization[], count: number, prng: Prng): void {
  const weight: Record<OrganizationKind, number> = { municipal: 4, region: 3, ngo: 1.5, private: 1.5, association: 1 };
  const extra = apportion(Math.max(0, count - organizations.length), organizations.map((o) => weight[o.kind] * (0.4 + prng.next() * 1.2)));
  organizations.forEach((org, i) => {
    for (let n = 0; n <= extra[i]!; n++) {
      const createdAt = org.createdAt + n;
      const locationId = deterministicUuidV7(createdAt, prng);
      if (n > 0 && (org.kind === 'ngo' || org.kind === 'region' || org.role === 'service') && prng.chance(0.1)) {
        org.locations.push({ locationId, organizationId: org.organizationId, type: 'virtual', name: 'Online og telefon', addressLine: null, postalCode: null, city: null, latitude: null, longitude: null, accessibility: [], transportation: null, createdAt, quarter: null });
        continue;
      }
      const [postalCode, quarter] = n === 0 ? org.home : words.districts.pick(prng);
      const centre = postalDistricts[postalCode]!;
      org.locations.push({
        locationId, organizationId: org.organizationId, type: 'physical',
        name: n === 0 ? org.name : `${pick(words.venues, prng)} i ${quarter}`,
        addressLine: `${pick(words.streets, prng)} ${1 + prng.below(140)}`, postalCode, city: centre.name,
        // Within a couple of kilometres of the district's centre.
        latitude: Math.round((centre.latitude + (prng.next() - 0.5) * 0.024) * 1e6) / 1e6,
        longitude: Math.round((centre.longitude + (prng.next() - 0.5) * 0.04) * 1e6) / 1e6,
        accessibility: physicalFeatures(prng), transportation: prng.chance(0.7) ? pick(words.transportation, prng) : null, createdAt, quarter,
      });
    }
  });
}

interface OfferPlace {
  quarter: string;
  venue: string;
  nature: string;
}
const fill = (text: string, names: { group: string; who: string; org: string } & OfferPlace) => text.replace(/\{(group|who|quarter|venue|nature|org)\}/g, (_, key: keyof typeof names) => names[key]);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A name without a place or group in it says where or by whom, as a catalogue of many providers must. */
const nameOf = (template: string, org: GeneratedOrganization, prng: Prng) => {
  if (template.includes('{')) return template;
  const r = prng.next();
  return r < 0.4 ? `${template} i {quarter}` : r < 0.7 ? `${template} i {venue}, {quarter}` : `${template}, ${org.name}`;
};
const relativesOf = offerTargetGroups.filter((g) => g !== 'relatives');

function drawSome<T>(list: readonly T[], n: number, prng: Prng): T[] {
  const copy = [...list];
  const out: T[] = [];
  for (let i = 0; i < Math.min(n, copy.length); i++) out.push(copy.splice(prng.below(copy.length), 1)[0]!);
  return out;
}

/** One offer of a provider: its kind of offer drawn by the provider's role, its texts from the word pools. */
function drawOffer(org: GeneratedOrganization, first: boolean, model: MunicipalityModel, prng: Prng): GeneratedOffer {
  const goLive = model.tenant.createdAt.getTime();
  const end = model.periodEndMs;
  const idea = ideasFor(org.role).pick(prng);
  const groups: OfferTargetGroup[] = idea.targetGroups.length === 1 ? [...idea.targetGroups] : prng.chance(0.08) ? [] : drawSome(idea.targetGroups, 1 + prng.below(3), prng);
  // An offer for relatives is named by whom they care for ("pårørende til voksne med autisme").
  const named = groups[0] === 'relatives' && groups.length === 1 ? pick(relativesOf, prng) : groups[0];
  const [groupName, who] = named ? pick(words.groupPhrases[named], prng) : ['alle', 'alle voksne, der har lyst'];

  // Where it is given: offers in the citizen's home have no place, the rest one or two of the provider's.
  const placeCount = idea.schedule === 'appointment' && prng.chance(0.6) ? 0 : prng.chance(0.15) && org.locations.length > 1 ? 2 : 1;
  const at = drawSome(org.locations, placeCount, prng);
  const atPhysical = at.filter((l) => l.type === 'physical');
  const physicalEverywhere = atPhysical.length === 0 ? [] : accessibilityFeatures.physical.filter((f) => atPhysical.every((l) => l.accessibility.includes(f)));
  const cognitive = accessibilityFeatures.cognitive.filter((f) => prng.chance({ 'easy-read-info': 0.25, pictograms: 0.15, 'quiet-room': 0.15, 'companion-welcome': 0.35, 'fixed-contact-person': 0.3, 'sign-language': 0.03 }[f]));
  const place: OfferPlace = { quarter: atPhysical[0]?.quarter ?? org.home[1], venue: pick(words.venues, prng), nature: pick(words.natureSpots, prng) };
  const names = { group: groupName, who, org: org.name, ...place };

  const [minimumAge, maximumAge] = groupName.startsWith('unge') ? [16, 29] : weightedChoice(idea.ages.map(([min, max, w]) => [[min, max] as const, w] as const)).pick(prng);
  const free = prng.chance(idea.free);
  const description = [fill(pick(idea.intro, prng), names), ...drawSome(idea.about, 1 + prng.below(2), prng).map((s) => fill(s, names)), ...drawSome([0, 1, 2].map(() => words.extraSentences.pick(prng)), prng.below(4), prng)]
    .filter((s, i, all) => all.indexOf(s) === i)
    .join(' ');
  const easyRead = [...drawSome(idea.easyRead, 2 + prng.below(2), prng), ...(free ? ['Det er gratis.'] : []), pick(words.easyReadEndings, prng)].join(' ');

  const lifecycle = first ? 'published' : weightedChoice<GeneratedOffer['lifecycle']>([['published', 90], ['archived', 6], ['draft', 4]]).pick(prng);
  // Two in three offers came with the catalogue at go-live; the rest were created over the years.
  const createdAt = prng.chance(0.65) ? Math.max(goLive, org.createdAt) + prng.below(3_600_000) : Math.max(org.createdAt, goLive + Math.floor(prng.next() * (end - goLive - 45 * DAY_MS)));
  const publishedAt = lifecycle === 'draft' ? null : Math.min(end - DAY_MS, createdAt + prng.below(20) * DAY_MS);
  // Confirmed within the last two years, most within the last; confirming is what a yearly check asks for.
  const confirmedAt = publishedAt === null ? null : Math.max(publishedAt, end - Math.floor(prng.next() ** 1.6 * 730 * DAY_MS));
  const updatedAt = Math.max(createdAt, publishedAt ?? 0, confirmedAt ?? 0);
  const offerId = deterministicUuidV7(createdAt, prng);
  const places = idea.places ? 6 + prng.below(35) : 0;
  const freePlaces = places > 0 && !prng.chance(0.3) ? 1 + prng.below(Math.max(1, Math.floor(places / 3))) : 0;
  const displayType = pick(idea.offerTypes, prng);
  const code = ffbCode.get(displayType);
  if (!code) throw new Error(`offer-ideas: "${displayType}" is not a KL FFB offer type in domain/ffb-offer-types.ts`);
  return {
    offerId, organizationId: org.organizationId, ownerUnitId: org.ownerUnitId,
    name: capitalised(fill(nameOf(pick(idea.names, prng), org, prng), names)), description, easyRead, email: org.email, lifecycle,
    offerType: code, legalBasis: org.kind === 'association' ? null : pick(idea.legalBases, prng),
    lifeDomains: [idea.lifeDomains[0]!, ...idea.lifeDomains.slice(1).filter(() => prng.chance(0.6))], targetGroups: groups,
    minimumAge, maximumAge, free, fees: free ? null : pick(words.fees, prng), application: pick(words.applicationProcesses, prng),
    eligibility: prng.chance(0.4) ? `For ${who}${minimumAge !== null ? ` fra ${minimumAge} år` : ''}.` : null,
    selfReferral: prng.chance(idea.selfReferral), accessibility: [...physicalEverywhere, ...cognitive],
    languages: prng.chance(0.85) ? ['da'] : prng.chance(0.8) ? ['da', 'en'] : ['da', 'en', 'ar'],
    places: places > 0 ? { places, free: freePlaces, waitingList: freePlaces > 0 ? (prng.chance(0.7) ? 0 : prng.below(4)) : prng.below(16) } : null,
    pictogram: idea.pictogram, createdAt, publishedAt, confirmedAt, updatedAt,
    version: 1 + (publishedAt !== null ? 1 : 0) + (confirmedAt !== null && confirmedAt > (publishedAt ?? 0) ? 1 : 0) + (lifecycle === 'archived' ? 1 : 0),
    locations: at.map((l) => [deterministicUuidV7(createdAt, prng), l.locationId] as const),
    schedules: schedulesOf(idea, createdAt, prng),
  };
}

/**
 * Providers, their places and their offers. Each municipal unit gets at least one offer, published, so every unit
 * can receive referrals; otherwise the municipality's units give two in five offers and the other providers the rest.
 */
export function buildCatalogue(model: MunicipalityModel, size: CatalogueSize, seed: number): Catalogue {
  const emailDomain = `${model.tenant.slug}.example`;
  const organizations = buildOrganizations(model, size.organizations, emailDomain, streamFor(seed, 'catalogue:organizations'));
  buildLocations(organizations, size.locations, streamFor(seed, 'catalogue:locations'));
  const prng = streamFor(seed, 'catalogue:offers');
  const citizenWeight = new Map(model.units.map((u) => [u.unitId, u.citizenWeight]));
  const municipal = organizations.filter((o) => o.kind === 'municipal');
  const base = Math.min(size.offers, municipal.length);
  const shareOfMunicipal = 0.4;
  const weights = organizations.map((o) =>
    o.kind === 'municipal' ? (shareOfMunicipal * (citizenWeight.get(o.orgUnitId!) ?? 1)) / municipal.reduce((n, m) => n + (citizenWeight.get(m.orgUnitId!) ?? 1), 0) : ((1 - shareOfMunicipal) * (0.3 + prng.next() * 1.4)) / (organizations.length - municipal.length),
  );
  const perOrganization = apportion(size.offers - base, weights).map((n, i) => n + (organizations[i]!.kind === 'municipal' && i < base ? 1 : 0));
  const offers: GeneratedOffer[] = [];
  organizations.forEach((org, i) => {
    for (let n = 0; n < perOrganization[i]!; n++) offers.push(drawOffer(org, org.kind === 'municipal' && n === 0, model, prng));
  });
  return { organizations, offers };
}
