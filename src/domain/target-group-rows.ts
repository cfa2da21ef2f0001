import { ffbOfferTypes } from './ffb-offer-types.js';

/**
 * The rows of the target-group overview: Table 1 of the plan for socially vulnerable adults 2018–2021 (DOMAIN §5.5),
 * "how many citizens in each offer type per year". A fact — an enrolment, a referral or a granted service, each with
 * the legal basis and offer type it was given under — falls in at most one row. The rules are data, read in order,
 * first match wins; the same rules become the SQL CASE that sorts the facts in the database
 * (src/features/target-groups/target-group-sql.ts), so the count never leaves the database and the two cannot drift.
 * A fact with a legal basis no rule names gets a row of its own per paragraph ("Andre tilbud efter SEL § 82 b"); a
 * fact with neither a matching rule nor a legal basis (a leisure activity, a course) is not a target-group offer and
 * is not counted.
 */

export type TargetGroupRowKey =
  | 'sel85-day'
  | 'sel85-hour'
  | 'sel103'
  | 'sel104'
  | 'sel107'
  | 'sel108'
  | 'alcohol-residential'
  | 'alcohol-day'
  | 'drug-day'
  | 'drug-residential'
  | 'drug-youth'
  | 'sel110'
  | 'counselling'
  | 'drop-in';

export interface TargetGroupRowDefinition {
  key: TargetGroupRowKey;
  /** The paragraph the row is about, as offers carry it ('SEL §85'); null for a row across paragraphs. */
  legalBasis: string | null;
  /** What kind of offer, in words (Table 1's second column). */
  offerType: string | null;
  da: string;
  en: string;
}

/** In Table 1's order. */
export const targetGroupRows: readonly TargetGroupRowDefinition[] = [
  { key: 'sel85-day', legalBasis: 'SEL §85', offerType: 'Bostøtte, døgntakst', da: '§ 85 Bostøtte — døgntakst', en: '§ 85 housing support — day rate' },
  { key: 'sel85-hour', legalBasis: 'SEL §85', offerType: 'Bostøtte, timetakst', da: '§ 85 Bostøtte — timetakst', en: '§ 85 housing support — hourly rate' },
  { key: 'sel103', legalBasis: 'SEL §103', offerType: 'Beskyttet beskæftigelse', da: '§ 103 Beskyttet beskæftigelse', en: '§ 103 sheltered employment' },
  { key: 'sel104', legalBasis: 'SEL §104', offerType: 'Aktivitets- og samværstilbud', da: '§ 104 Aktivitets- og samværstilbud', en: '§ 104 activity and social offers' },
  { key: 'sel107', legalBasis: 'SEL §107', offerType: 'Midlertidigt botilbud', da: '§ 107 Midlertidigt botilbud', en: '§ 107 temporary residence' },
  { key: 'sel108', legalBasis: 'SEL §108', offerType: 'Længerevarende botilbud', da: '§ 108 Længerevarende botilbud', en: '§ 108 long-term residence' },
  { key: 'alcohol-residential', legalBasis: 'SUL §141', offerType: 'Alkoholbehandling, døgn', da: 'Alkoholbehandling — døgn', en: 'Alcohol treatment — residential' },
  { key: 'alcohol-day', legalBasis: 'SUL §141', offerType: 'Alkoholbehandling, dag', da: 'Alkoholbehandling — dag', en: 'Alcohol treatment — day' },
  { key: 'drug-day', legalBasis: 'SEL §101', offerType: 'Stofbehandling, dag', da: 'Stofbehandling, voksne — dag', en: 'Drug treatment, adults — day' },
  { key: 'drug-residential', legalBasis: 'SEL §101', offerType: 'Stofbehandling, døgn', da: 'Stofbehandling, voksne — døgn', en: 'Drug treatment, adults — residential' },
  { key: 'drug-youth', legalBasis: 'SEL §101', offerType: 'Stofbehandling, unge', da: 'Stofbehandling, unge under 18 år', en: 'Drug treatment, under 18' },
  { key: 'sel110', legalBasis: 'SEL §110', offerType: 'Forsorgshjem', da: '§ 110 Forsorgshjem', en: '§ 110 shelter' },
  { key: 'counselling', legalBasis: null, offerType: 'Rådgivning', da: 'Rådgivning', en: 'Counselling' },
  { key: 'drop-in', legalBasis: null, offerType: 'Værested', da: 'Værested', en: 'Drop-in centre' },
];

const definitionByKey = new Map(targetGroupRows.map((r) => [r.key, r]));

/** What a fact says about the offer it is in. */
export interface TargetGroupFact {
  legalBasis: string | null;
  /** A KL FFB code or an offer type's name. */
  offerType: string | null;
  /** The offer's or the service's name. */
  offerName: string | null;
  /** A granted service's price unit ('hour', 'day', 'month'); null for enrolments and referrals. */
  rate: string | null;
  /** The citizen was under 18 on 1 January of the year counted. */
  youth: boolean;
}

/** A rule: every condition given must hold. Offer types are FFB display names; a fact may carry the code or the name. */
export interface TargetGroupRule {
  row: TargetGroupRowKey;
  legalBases?: readonly string[];
  offerTypes?: readonly string[];
  /** A case-insensitive regular expression on the offer's name (only alternations of plain words: PostgreSQL reads it the same). */
  namePattern?: string;
  rates?: readonly string[];
  youth?: boolean;
}

/** Kinds of offer where the citizen stays the night: residential treatment rather than day treatment. */
export const residentialOfferTypes: readonly string[] = [
  'Ophold', 'Længerevarende ophold', 'Midlertidigt ophold', 'Akut ophold',
  'Botilbud til voksne', 'Midlertidigt botilbud til voksne', 'Længerevarende botilbud til voksne', 'Sikret længerevarende botilbud til voksne', 'Almindeligt længerevarende botilbud til voksne',
];

const alcohol = ['SUL §141'];
const drugs = ['SEL §101', 'SEL §101a', 'SUL §142'];

export const targetGroupRules: readonly TargetGroupRule[] = [
  // Slotsgården and Perron 4 are §104 offers, but Table 1 counts the drop-in centres on their own.
  { row: 'drop-in', namePattern: 'værested|varmestue' },
  { row: 'alcohol-residential', legalBases: alcohol, offerTypes: residentialOfferTypes },
  { row: 'alcohol-day', legalBases: alcohol },
  { row: 'drug-youth', legalBases: drugs, youth: true },
  { row: 'drug-residential', legalBases: drugs, offerTypes: residentialOfferTypes },
  { row: 'drug-day', legalBases: drugs },
  // §85 by the day or month (shared housing, housing-like offers) against §85 by the hour in one's own home.
  { row: 'sel85-day', legalBases: ['SEL §85'], rates: ['day', 'month'] },
  { row: 'sel85-day', legalBases: ['SEL §85'], offerTypes: ['Botilbudslignende tilbud', 'Almen ældre- og handicapvenlig bolig'] },
  { row: 'sel85-hour', legalBases: ['SEL §85'] },
  { row: 'sel103', legalBases: ['SEL §103'] },
  { row: 'sel104', legalBases: ['SEL §104'] },
  { row: 'sel107', legalBases: ['SEL §107'] },
  { row: 'sel108', legalBases: ['SEL §108'] },
  { row: 'sel110', legalBases: ['SEL §110'] },
  { row: 'counselling', legalBases: ['SEL §10', 'SEL §12'] },
  { row: 'counselling', offerTypes: ['Akut rådgivning, omsorg og støtte'] },
];

/** 'SEL § 85', 'sel §85' and 'SEL §85' are one paragraph: no spaces, upper case (the SQL does the same). */
export function normalizeLegalBasis(legalBasis: string): string {
  return legalBasis.replace(/\s+/g, '').toUpperCase();
}

const displayByCode = new Map(ffbOfferTypes.map((t) => [t.code, t.display]));
const codeByDisplay = new Map(ffbOfferTypes.map((t) => [t.display, t.code]));

/** The offer type as its FFB name, whether the fact carries the code or the name. */
export function offerTypeName(offerType: string): string {
  return displayByCode.get(offerType) ?? offerType;
}

/** Both ways an offer type may be stored: its name and, when it is an FFB type, its code. */
export function offerTypeSpellings(name: string): string[] {
  const code = codeByDisplay.get(name);
  return code ? [name, code] : [name];
}

function ruleMatches(rule: TargetGroupRule, fact: TargetGroupFact): boolean {
  if (rule.legalBases && (fact.legalBasis === null || !rule.legalBases.map(normalizeLegalBasis).includes(normalizeLegalBasis(fact.legalBasis)))) return false;
  if (rule.offerTypes && (fact.offerType === null || !rule.offerTypes.includes(offerTypeName(fact.offerType)))) return false;
  if (rule.namePattern && (fact.offerName === null || !new RegExp(rule.namePattern, 'i').test(fact.offerName))) return false;
  if (rule.rates && (fact.rate === null || !rule.rates.includes(fact.rate))) return false;
  if (rule.youth !== undefined && rule.youth !== fact.youth) return false;
  return true;
}

/** The key of an "other" row: the paragraph, normalised. */
export const OTHER_PREFIX = 'other:';

/** The row a fact counts in, or null when it is no target-group offer. */
export function targetGroupRowOf(fact: TargetGroupFact): string | null {
  const rule = targetGroupRules.find((r) => ruleMatches(r, fact));
  if (rule) return rule.row;
  if (fact.legalBasis !== null && fact.legalBasis.trim() !== '') return `${OTHER_PREFIX}${normalizeLegalBasis(fact.legalBasis)}`;
  return null;
}

/** 'SEL§82B' → 'SEL § 82 b', as the documents write it; anything else as it is. */
export function prettyLegalBasis(normalized: string): string {
  const m = /^([A-ZÆØÅ]+)§(\d+)([A-ZÆØÅ]*)$/u.exec(normalized);
  if (!m) return normalized;
  return `${m[1]} § ${m[2]}${m[3] ? ` ${m[3].toLowerCase()}` : ''}`;
}

export interface TargetGroupRowLabel {
  legalBasis: string | null;
  offerType: string | null;
  da: string;
  en: string;
}

/** The labels of a row key, Table 1's rows and the "other" rows alike; null for a key that is neither. */
export function targetGroupRowLabel(key: string): TargetGroupRowLabel | null {
  const known = definitionByKey.get(key as TargetGroupRowKey);
  if (known) return { legalBasis: known.legalBasis, offerType: known.offerType, da: known.da, en: known.en };
  if (!key.startsWith(OTHER_PREFIX) || key.length === OTHER_PREFIX.length) return null;
  const paragraph = prettyLegalBasis(key.slice(OTHER_PREFIX.length));
  return { legalBasis: paragraph, offerType: null, da: `Andre tilbud efter ${paragraph}`, en: `Other offers under ${paragraph}` };
}

/** Table 1's rows first in its order, then the other paragraphs by name. */
export function compareTargetGroupRows(a: string, b: string): number {
  const order = (key: string) => {
    const index = targetGroupRows.findIndex((r) => r.key === key);
    return index === -1 ? targetGroupRows.length : index;
  };
  return order(a) - order(b) || a.localeCompare(b, 'da');
}
