/**
 * The citizen's plan is shared part by part: each life domain (DOMAIN §5.2), the dreams, and the plan meetings.
 * A consent names one part; the part keys are stored in the database and used by the web app.
 */
export const lifeDomains = ['health', 'social', 'leisure', 'housing', 'work'] as const;
export type LifeDomain = (typeof lifeDomains)[number];

export const planParts = ['dreams', 'meetings', 'domain:health', 'domain:social', 'domain:leisure', 'domain:housing', 'domain:work'] as const;
export type PlanPart = (typeof planParts)[number];

export function domainPart(domain: LifeDomain): PlanPart {
  return `domain:${domain}` as PlanPart;
}

export function isPlanPart(value: string): value is PlanPart {
  return (planParts as readonly string[]).includes(value);
}

/** KL's FFB Måltype (urn:oid:1.2.208.176.2.22): what a goal aims at. */
export const goalTypes = {
  develop: { code: 'd41c8072-52f8-42b5-9375-ddbea454d27f', display: 'Udvikle funktionsevne' },
  maintain: { code: '10752a63-00b4-4958-b7f4-9f3a18f74266', display: 'Fastholde funktionsevne' },
  'limit-loss': { code: 'e47c22bd-d88d-48ab-882b-419923e1f44e', display: 'Begrænse tab af funktionsevne' },
} as const;
export type GoalType = keyof typeof goalTypes;

/** KL's FFB Funktionsevneniveau 0-4, the worker's optional assessment of a goal's area. */
export const functionLevels = [
  { level: 0, code: 'b508ff66-6326-4862-a6d7-7bbf184c9823', display: 'Ingen nedsat funktionsevne' },
  { level: 1, code: '8328ce4a-6238-4f73-bf1a-74aadb68eff8', display: 'Let nedsat funktionsevne' },
  { level: 2, code: '5bdde847-2837-416b-ab63-bbff8b7aa531', display: 'Moderat nedsat funktionsevne' },
  { level: 3, code: 'cae545f5-2813-4d79-98fc-0a7d770af3cd', display: 'Svært nedsat funktionsevne' },
  { level: 4, code: '832ae90b-23b5-4063-80aa-0b81bdce680e', display: 'Fuldstændig nedsat funktionsevne' },
] as const;

export const FFB_SYSTEM = 'urn:oid:1.2.208.176.2.22';
