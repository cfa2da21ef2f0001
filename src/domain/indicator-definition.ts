import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';

/**
 * An indicator as data (DOMAIN §4.6): the definition names its source, a filter, how a row falls in a period and the
 * aggregation. Sources and their fields are a fixed catalogue the code knows, so a definition can only ever name
 * whitelisted columns; the SQL path (src/features/indicators/indicator-sql.ts) and the pure evaluation
 * (indicator-evaluation.ts) read the same catalogue. The JSON carries `format: 1` so a later shape can be told apart.
 */

export const indicatorSources = ['citizen-status', 'goals', 'referrals', 'companion-requests', 'enrolments'] as const;
export type IndicatorSource = (typeof indicatorSources)[number];

export const aggregations = ['count', 'distinct-citizens', 'share', 'mean'] as const;
export type Aggregation = (typeof aggregations)[number];

export const periodKinds = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const breakdowns = ['life-domain', 'unit'] as const;
export type Breakdown = (typeof breakdowns)[number];

export type FieldType = 'text' | 'number' | 'boolean';
export type FieldValue = string | number | boolean;

interface Words {
  da: string;
  en: string;
}

export interface SourceField {
  type: FieldType;
  /** The values a text field can hold; a filter naming another value is refused (a typo never silently counts 0). */
  values?: readonly string[];
  label: Words;
}

export interface SourceSpec {
  label: Words;
  /** What one row is, for the plain-words explanation ("observationer", "mål"). */
  rows: Words;
  fields: Readonly<Record<string, SourceField>>;
  /** The dates a row can fall in a period by. */
  dates: Readonly<Record<string, Words>>;
  /**
   * How a row belongs to an organisation unit: 'row' — the row names its unit (and can be broken down by it);
   * 'team' — through the citizen's team members' units (as volunteer statistics does).
   */
  unit: 'row' | 'team';
  breakdowns: readonly Breakdown[];
}

const lifeDomains = ['health', 'social', 'leisure', 'housing', 'work'] as const;

export const sourceCatalogue: Readonly<Record<IndicatorSource, SourceSpec>> = {
  'citizen-status': {
    label: { da: 'borgernes status (beskæftigelse og bolig)', en: "citizens' status (employment and housing)" },
    rows: { da: 'observationer', en: 'observations' },
    fields: {
      kind: { type: 'text', values: ['employment', 'housing'], label: { da: 'slags', en: 'kind' } },
      value: {
        type: 'text',
        values: ['job', 'education', 'flex-job', 'sheltered', 'none', 'own-home', 'residential', 'shelter', 'homeless'],
        label: { da: 'status', en: 'status' },
      },
    },
    dates: { 'observed-on': { da: 'observationsdagen', en: 'the day observed' } },
    unit: 'row',
    breakdowns: ['unit'],
  },
  goals: {
    label: { da: 'mål i borgernes planer', en: "goals in the citizens' plans" },
    rows: { da: 'mål', en: 'goals' },
    fields: {
      'life-domain': { type: 'text', values: lifeDomains, label: { da: 'livsområde', en: 'life domain' } },
      status: { type: 'text', values: ['active', 'achieved', 'not-achieved', 'paused', 'stopped'], label: { da: 'status', en: 'status' } },
      'goal-type': { type: 'text', values: ['develop', 'maintain', 'limit-loss'], label: { da: 'måltype', en: 'goal type' } },
      track: { type: 'text', values: ['adult', 'transition'], label: { da: 'spor', en: 'track' } },
      'citizen-rating': { type: 'number', label: { da: 'borgerens egen vurdering (1-5)', en: "the citizen's own rating (1-5)" } },
      'worker-level': { type: 'number', label: { da: 'medarbejderens vurdering af funktionsevne (0-4)', en: "the worker's assessment of function (0-4)" } },
    },
    dates: {
      'created-on': { da: 'dagen målet blev oprettet', en: 'the day the goal was made' },
      'updated-on': { da: 'dagen målet sidst blev ændret', en: 'the day the goal last changed' },
      'rated-on': { da: 'dagen borgeren vurderede målet', en: 'the day the citizen rated the goal' },
      'assessed-on': { da: 'dagen medarbejderen vurderede målet', en: 'the day the worker assessed the goal' },
      'review-on': { da: 'opfølgningsdatoen', en: 'the review date' },
    },
    unit: 'team',
    breakdowns: ['life-domain'],
  },
  referrals: {
    label: { da: 'henvisninger', en: 'referrals' },
    rows: { da: 'henvisninger', en: 'referrals' },
    fields: {
      state: { type: 'text', values: ['sent', 'received', 'accepted', 'declined', 'started', 'completed', 'stopped'], label: { da: 'tilstand', en: 'state' } },
      kind: { type: 'text', values: ['worker', 'self'], label: { da: 'slags', en: 'kind' } },
      answered: { type: 'boolean', label: { da: 'besvaret', en: 'answered' } },
      'answered-in-time': { type: 'boolean', label: { da: 'besvaret til tiden', en: 'answered in time' } },
    },
    dates: {
      'sent-on': { da: 'dagen den blev sendt', en: 'the day it was sent' },
      'answered-on': { da: 'dagen den blev besvaret', en: 'the day it was answered' },
      'answer-due-on': { da: 'fristen for svar', en: 'the day the answer was due' },
    },
    unit: 'row',
    breakdowns: ['unit'],
  },
  'companion-requests': {
    label: { da: 'ønsker om følgeskab', en: 'companion requests' },
    rows: { da: 'ønsker', en: 'requests' },
    fields: {
      status: { type: 'text', values: ['open', 'assigned', 'accepted', 'done', 'cancelled', 'missed'], label: { da: 'status', en: 'status' } },
      'requested-by': { type: 'text', values: ['citizen', 'relative', 'staff'], label: { da: 'hvem ønskede', en: 'requested by' } },
      matched: { type: 'boolean', label: { da: 'fik en frivillig', en: 'got a volunteer' } },
    },
    dates: {
      'requested-on': { da: 'dagen ønsket blev lavet', en: 'the day it was requested' },
      'matched-on': { da: 'dagen en frivillig blev sat på', en: 'the day a volunteer was matched' },
      'activity-on': { da: 'dagen for turen', en: 'the day of the activity' },
    },
    unit: 'team',
    breakdowns: [],
  },
  enrolments: {
    label: { da: 'forløb i tilbud', en: 'enrolments in offers' },
    rows: { da: 'forløb', en: 'enrolments' },
    fields: {
      'offer-type': { type: 'text', label: { da: 'tilbudstype', en: 'offer type' } },
      'legal-basis': { type: 'text', label: { da: 'lovgrundlag', en: 'legal basis' } },
      source: { type: 'text', values: ['referral', 'direct', 'walk-in'], label: { da: 'kom via', en: 'came through' } },
    },
    dates: {
      'started-on': { da: 'startdagen', en: 'the start day' },
      'ended-on': { da: 'slutdagen', en: 'the end day' },
    },
    unit: 'row',
    breakdowns: ['unit'],
  },
};

const fieldName = z.string().min(1).max(60);
const scalar = z.union([z.string().min(1).max(100), z.number().finite(), z.boolean()]);
const condition = z.discriminatedUnion('op', [
  z.strictObject({ field: fieldName, op: z.literal('eq'), value: scalar }),
  z.strictObject({ field: fieldName, op: z.literal('in'), values: z.array(scalar).min(1).max(50) }),
]);
export type Condition = z.infer<typeof condition>;

export const indicatorDefinitionSchema = z.strictObject({
  format: z.literal(1),
  source: z.enum(indicatorSources),
  filter: z.array(condition).max(20).default([]),
  period: z.strictObject({
    /** The date a row falls in a period by (one of the source's dates). */
    date: fieldName,
    /** 'all': every row dated in the period; 'latest-per-citizen': only each citizen's latest row in the period. */
    rows: z.enum(['all', 'latest-per-citizen']).default('all'),
    /** The period shown when the reader does not choose one. */
    default: z.enum(periodKinds).default('month'),
  }),
  aggregation: z.enum(aggregations),
  /** For 'share': the rows counted over the rows in the period. */
  numerator: z.array(condition).min(1).max(20).optional(),
  /** For 'mean': the numeric field averaged (rows without a value do not count). */
  field: fieldName.optional(),
  breakdown: z.enum(breakdowns).nullable().default(null),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export interface DefinitionProblem {
  /** Where in the definition, e.g. "filter.0.field". */
  path: string;
  da: string;
  en: string;
}

export type DefinitionCheck = { ok: true; definition: IndicatorDefinition } | { ok: false; problems: DefinitionProblem[] };

const list = (values: readonly string[]) => values.map((v) => `«${v}»`).join(', ');

/** A structural problem zod found, worded for a person in both languages. */
function shapeProblem(issue: $ZodIssue): DefinitionProblem {
  const path = issue.path.join('.');
  const where = path === '' ? { da: 'Definitionen', en: 'The definition' } : { da: `«${path}»`, en: `"${path}"` };
  if (issue.code === 'unrecognized_keys') {
    return { path, da: `${where.da} har et ukendt felt: ${list(issue.keys)}.`, en: `${where.en} has an unknown field: ${list(issue.keys)}.` };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    return { path, da: `${where.da} skal være en af ${list(values)}.`, en: `${where.en} must be one of ${list(values)}.` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { path, da: `${where.da} mangler.`, en: `${where.en} is missing.` };
  if (issue.code === 'too_small') return { path, da: `${where.da} er tom eller for kort.`, en: `${where.en} is empty or too short.` };
  if (issue.code === 'too_big') return { path, da: `${where.da} er for lang.`, en: `${where.en} is too long.` };
  if (issue.code === 'invalid_union') {
    return { path, da: `${where.da} skal være {"field", "op": "eq", "value"} eller {"field", "op": "in", "values": [...]}.`, en: `${where.en} must be {"field", "op": "eq", "value"} or {"field", "op": "in", "values": [...]}.` };
  }
  return { path, da: `${where.da} har ikke den rigtige form.`, en: `${where.en} does not have the right form.` };
}

function checkConditions(source: IndicatorSource, conditions: readonly Condition[], at: string, problems: DefinitionProblem[]) {
  const spec = sourceCatalogue[source];
  conditions.forEach((c, index) => {
    const path = `${at}.${index}`;
    const field = spec.fields[c.field];
    if (!field) {
      const known = list(Object.keys(spec.fields));
      problems.push({ path: `${path}.field`, da: `Kilden «${source}» har ikke feltet «${c.field}». Brug et af ${known}.`, en: `The source "${source}" has no field "${c.field}". Use one of ${known}.` });
      return;
    }
    const values = c.op === 'eq' ? [c.value] : c.values;
    for (const value of values) {
      if (typeof value !== (field.type === 'text' ? 'string' : field.type)) {
        const type = { text: { da: 'en tekst', en: 'a text' }, number: { da: 'et tal', en: 'a number' }, boolean: { da: 'true eller false', en: 'true or false' } }[field.type];
        problems.push({ path: `${path}.${c.op === 'eq' ? 'value' : 'values'}`, da: `Feltet «${c.field}» skal sammenlignes med ${type.da}.`, en: `The field "${c.field}" must be compared with ${type.en}.` });
      } else if (field.values && !field.values.includes(value as string)) {
        problems.push({ path: `${path}.${c.op === 'eq' ? 'value' : 'values'}`, da: `Feltet «${c.field}» kan ikke have værdien «${value}». Brug en af ${list(field.values)}.`, en: `The field "${c.field}" cannot have the value "${value}". Use one of ${list(field.values)}.` });
      }
    }
  });
}

/**
 * Checks a definition: its shape, then the rules zod cannot see (fields the source has, a share with a numerator, a
 * mean of a numeric field, a breakdown the source offers). Every problem is given in Danish and English.
 */
export function checkIndicatorDefinition(input: unknown): DefinitionCheck {
  const parsed = indicatorDefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(shapeProblem) };
  const definition = parsed.data;
  const spec = sourceCatalogue[definition.source];
  const problems: DefinitionProblem[] = [];
  checkConditions(definition.source, definition.filter, 'filter', problems);
  if (!spec.dates[definition.period.date]) {
    const known = list(Object.keys(spec.dates));
    problems.push({ path: 'period.date', da: `Kilden «${definition.source}» har ikke datoen «${definition.period.date}». Brug en af ${known}.`, en: `The source "${definition.source}" has no date "${definition.period.date}". Use one of ${known}.` });
  }
  if (definition.aggregation === 'share') {
    if (!definition.numerator) problems.push({ path: 'numerator', da: 'En andel skal have en tæller («numerator»): hvilke rækker tælles med over alle.', en: 'A share needs a numerator: which rows count over all rows.' });
    else checkConditions(definition.source, definition.numerator, 'numerator', problems);
  } else if (definition.numerator) {
    problems.push({ path: 'numerator', da: 'Kun en andel («share») har en tæller («numerator»).', en: 'Only a share has a numerator.' });
  }
  if (definition.aggregation === 'mean') {
    const field = definition.field === undefined ? undefined : spec.fields[definition.field];
    if (definition.field === undefined) problems.push({ path: 'field', da: 'Et gennemsnit («mean») skal nævne det talfelt, der regnes gennemsnit af («field»).', en: 'A mean needs the numeric field it averages ("field").' });
    else if (!field) problems.push({ path: 'field', da: `Kilden «${definition.source}» har ikke feltet «${definition.field}».`, en: `The source "${definition.source}" has no field "${definition.field}".` });
    else if (field.type !== 'number') problems.push({ path: 'field', da: `Feltet «${definition.field}» er ikke et tal, så der kan ikke regnes gennemsnit af det.`, en: `The field "${definition.field}" is not a number, so it cannot be averaged.` });
  } else if (definition.field !== undefined) {
    problems.push({ path: 'field', da: 'Kun et gennemsnit («mean») nævner et talfelt («field»).', en: 'Only a mean names a numeric field ("field").' });
  }
  if (definition.breakdown !== null && !spec.breakdowns.includes(definition.breakdown)) {
    const known = spec.breakdowns.length === 0 ? { da: 'ingen opdeling', en: 'no breakdown' } : { da: list(spec.breakdowns), en: list(spec.breakdowns) };
    problems.push({ path: 'breakdown', da: `Kilden «${definition.source}» kan ikke deles op efter «${definition.breakdown}». Den kan: ${known.da}.`, en: `The source "${definition.source}" cannot be broken down by "${definition.breakdown}". It offers: ${known.en}.` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition };
}

/** What a definition measures, for the series: a count, a share (0-1) or a mean. */
export function measureOf(definition: IndicatorDefinition): 'count' | 'share' | 'mean' {
  return definition.aggregation === 'share' ? 'share' : definition.aggregation === 'mean' ? 'mean' : 'count';
}

const opWords = {
  da: (c: Condition, field: SourceField) => `${field.label.da} ${c.op === 'eq' ? `er ${String(c.value)}` : `er en af ${c.values.map(String).join(', ')}`}`,
  en: (c: Condition, field: SourceField) => `${field.label.en} ${c.op === 'eq' ? `is ${String(c.value)}` : `is one of ${c.values.map(String).join(', ')}`}`,
};

/** The definition in plain words, for the page that shows the indicator ("Tæller ... hvor ..."). */
export function describeDefinition(definition: IndicatorDefinition, language: 'da' | 'en'): string {
  const spec = sourceCatalogue[definition.source];
  const words = (cs: readonly Condition[]) => cs.map((c) => opWords[language](c, spec.fields[c.field]!)).join(language === 'da' ? ' og ' : ' and ');
  const filter = definition.filter.length > 0 ? (language === 'da' ? `, hvor ${words(definition.filter)}` : `, where ${words(definition.filter)}`) : '';
  const date = spec.dates[definition.period.date]?.[language] ?? definition.period.date;
  const rows = spec.rows[language];
  const latest = definition.period.rows === 'latest-per-citizen';
  const parts: string[] = [];
  if (language === 'da') {
    parts.push(`Kilde: ${spec.label.da}${filter}.`);
    parts.push(`En række hører til den periode, ${date} ligger i${latest ? '; for hver borger tæller kun den seneste i perioden' : ''}.`);
    if (definition.aggregation === 'count') parts.push(`Tallet er antal ${rows}.`);
    if (definition.aggregation === 'distinct-citizens') parts.push('Tallet er antal forskellige borgere.');
    if (definition.aggregation === 'share') parts.push(`Tallet er andelen af ${rows}, hvor ${words(definition.numerator ?? [])}.`);
    if (definition.aggregation === 'mean') parts.push(`Tallet er gennemsnittet af ${spec.fields[definition.field ?? '']?.label.da ?? definition.field}.`);
    if (definition.breakdown === 'life-domain') parts.push('Tallet vises også for hvert livsområde.');
    if (definition.breakdown === 'unit') parts.push('Tallet vises også for hver enhed.');
    parts.push('Tal bygget på 1-4 borgere vises ikke.');
  } else {
    parts.push(`Source: ${spec.label.en}${filter}.`);
    parts.push(`A row belongs to the period ${date} falls in${latest ? "; for each citizen only the latest in the period counts" : ''}.`);
    if (definition.aggregation === 'count') parts.push(`The figure is the number of ${rows}.`);
    if (definition.aggregation === 'distinct-citizens') parts.push('The figure is the number of different citizens.');
    if (definition.aggregation === 'share') parts.push(`The figure is the share of ${rows} where ${words(definition.numerator ?? [])}.`);
    if (definition.aggregation === 'mean') parts.push(`The figure is the mean of ${spec.fields[definition.field ?? '']?.label.en ?? definition.field}.`);
    if (definition.breakdown === 'life-domain') parts.push('It is also shown for each life domain.');
    if (definition.breakdown === 'unit') parts.push('It is also shown for each unit.');
    parts.push('Figures built on 1-4 citizens are not shown.');
  }
  return parts.join(' ');
}
