import type { PriceUnit, ProviderKind } from '../../platform/db/schema-finance.js';
import { weightedChoice, type WeightedChoice } from './weighted-choice.js';

/**
 * The kinds of granted service the synthetic cases are made of (DOMAIN §5.11), priced as Danish municipalities buy
 * them: §85 support by the hour (hours a week) or as a monthly amount in shared housing, §103/§104 day offers,
 * §107/§108 residential offers and §110 shelter stays by the day. Prices are DKK at 2022 level; the generator
 * raises them by the yearly price regulation. Own providers are the units named here (the synthetic organisation),
 * falling back to any unit of the social area at scales where a unit is missing.
 */
export type ServiceKindKey = 'support-hours' | 'support-month' | 'day-offer' | 'sheltered-work' | 'temporary-residence' | 'long-term-residence' | 'shelter';

export interface ServiceKind {
  key: ServiceKindKey;
  legalBasis: string;
  priceUnit: PriceUnit;
  /** A residential placement: counts for self-sufficiency (DOMAIN §5.8). */
  residential: boolean;
  /** Service names when the decision names no catalogue offer. */
  names: readonly string[];
  /** Who provides it (relative weights). */
  providers: WeightedChoice<ProviderKind>;
  /** Unit price range in DKK (2022 level) by provider; hourly and daily rates, monthly amounts. */
  price: Record<ProviderKind, readonly [number, number]>;
  /** The municipality's own units that give it, by name. */
  ownUnits: readonly string[];
}

const kind = (k: Omit<ServiceKind, 'providers'> & { providers: readonly (readonly [ProviderKind, number])[] }): ServiceKind => ({ ...k, providers: weightedChoice(k.providers) });

export const serviceKinds: Record<ServiceKindKey, ServiceKind> = {
  'support-hours': kind({
    key: 'support-hours', legalBasis: 'SEL §85', priceUnit: 'hour', residential: false,
    names: ['Socialpædagogisk støtte i eget hjem', 'Bostøtte', 'Mestringsvejledning', 'Socialpædagogisk støtte efter § 85'],
    providers: [['own', 84], ['private', 10], ['other-municipality', 4], ['region', 2]],
    price: { own: [430, 520], 'other-municipality': [470, 600], region: [540, 690], private: [490, 680] },
    ownUnits: ['Bostøtte Nord', 'Bostøtte Syd', 'Mestringsvejledning Nord', 'Mestringsvejledning Syd', 'Hjerneskadeteamet'],
  }),
  'support-month': kind({
    key: 'support-month', legalBasis: 'SEL §85', priceUnit: 'month', residential: false,
    names: ['Socialpædagogisk støtte i bofællesskab', 'Støtte i botilbudslignende tilbud', 'Bofællesskab med døgndækning'],
    providers: [['own', 70], ['private', 18], ['other-municipality', 12]],
    price: { own: [14_000, 38_000], 'other-municipality': [18_000, 46_000], region: [20_000, 48_000], private: [18_000, 52_000] },
    ownUnits: ['Bofællesskabet Gl. Stationsvej', 'Bofællesskabet Lindegården'],
  }),
  'day-offer': kind({
    key: 'day-offer', legalBasis: 'SEL §104', priceUnit: 'day', residential: false,
    names: ['Aktivitets- og samværstilbud', 'Dagtilbud', 'Værested med aktiviteter'],
    providers: [['own', 72], ['private', 12], ['other-municipality', 10], ['region', 6]],
    price: { own: [450, 800], 'other-municipality': [550, 950], region: [650, 1_100], private: [600, 1_050] },
    ownUnits: ['Aktivitets- og fritidskoordinering', 'Autismecentret Gudenåcenteret'],
  }),
  'sheltered-work': kind({
    key: 'sheltered-work', legalBasis: 'SEL §103', priceUnit: 'month', residential: false,
    names: ['Beskyttet beskæftigelse', 'Beskyttet værksted'],
    providers: [['own', 55], ['private', 30], ['other-municipality', 15]],
    price: { own: [5_500, 11_000], 'other-municipality': [7_000, 13_500], region: [8_000, 14_000], private: [7_500, 15_000] },
    ownUnits: ['Autismecentret Gudenåcenteret', 'Aktivitets- og fritidskoordinering'],
  }),
  'temporary-residence': kind({
    key: 'temporary-residence', legalBasis: 'SEL §107', priceUnit: 'day', residential: true,
    names: ['Midlertidigt botilbud', 'Midlertidigt ophold i botilbud', 'Udredningsophold'],
    providers: [['own', 48], ['other-municipality', 20], ['private', 20], ['region', 12]],
    price: { own: [1_250, 2_050], 'other-municipality': [1_400, 2_400], region: [1_650, 2_550], private: [1_550, 2_550] },
    ownUnits: ['Slotsgården', 'Autismecentret Gudenåcenteret', 'Perron 4'],
  }),
  'long-term-residence': kind({
    key: 'long-term-residence', legalBasis: 'SEL §108', priceUnit: 'day', residential: true,
    names: ['Længerevarende botilbud', 'Botilbud med døgndækning', 'Længerevarende ophold i botilbud'],
    providers: [['own', 52], ['other-municipality', 20], ['private', 16], ['region', 12]],
    price: { own: [1_200, 2_000], 'other-municipality': [1_400, 2_350], region: [1_650, 2_500], private: [1_550, 2_500] },
    ownUnits: ['Botilbud Kastaniebo', 'Autismecentret Gudenåcenteret', 'Slotsgården'],
  }),
  shelter: kind({
    key: 'shelter', legalBasis: 'SEL §110', priceUnit: 'day', residential: false,
    names: ['Ophold på forsorgshjem', 'Herbergsophold', 'Ophold på krisecenter'],
    providers: [['own', 60], ['other-municipality', 30], ['private', 10]],
    price: { own: [850, 1_250], 'other-municipality': [950, 1_450], region: [1_000, 1_500], private: [1_000, 1_600] },
    ownUnits: ['Perron 4', 'Gadeteamet'],
  }),
};

/** Neighbouring and nearby municipalities whose offers the synthetic municipality buys places in. */
export const otherMunicipalities = ['Favrskov Kommune', 'Norddjurs Kommune', 'Syddjurs Kommune', 'Viborg Kommune', 'Aarhus Kommune', 'Mariagerfjord Kommune', 'Silkeborg Kommune', 'Hedensted Kommune', 'Skive Kommune'] as const;

/**
 * The expensive tail: a residential placement with extra staffing (1:1 or 2:1 at times), typically bought from a
 * region, a private provider or another municipality, at a day rate far above the usual.
 */
export const tailDayRate: readonly [number, number] = [2_850, 6_200];
export const tailProviders = weightedChoice<ProviderKind>([['private', 35], ['region', 30], ['other-municipality', 25], ['own', 10]]);

/**
 * Yearly price regulation (pris- og lønregulering) of a decision's price, from the 2022 level: what a decision
 * starting in `year` is priced at. Around 2.5-4 % a year, as the state's regulation was in those years.
 */
const regulation: Record<number, number> = { 2021: 0.97, 2022: 1, 2023: 1.038, 2024: 1.071, 2025: 1.099, 2026: 1.127 };
export const priceIndex = (year: number) => regulation[Math.min(2026, Math.max(2021, year))]!;

/** The state's refusion limits (DKK) per year for the synthetic municipality: 0 % / 25 % / 50 % / 75 % above them. */
export const refusionLimits: Record<number, readonly [number, number, number]> = {
  2021: [840_000, 1_640_000, 2_070_000],
  2022: [860_000, 1_680_000, 2_120_000],
  2023: [880_000, 1_720_000, 2_170_000],
  2024: [900_000, 1_760_000, 2_220_000],
  2025: [920_000, 1_800_000, 2_280_000],
  2026: [940_000, 1_840_000, 2_330_000],
};
