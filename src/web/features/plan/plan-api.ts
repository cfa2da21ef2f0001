/**
 * The citizen plan API (docs/citizen-plan-api.md) as the citizen's screens use it. The shapes are written
 * here by hand from that document; when the contracts land in src/contracts they should replace these.
 */
import { ApiError } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import type { PictogramName } from '../../components/pictograms/pictograms.js';

export const lifeDomains = ['health', 'social', 'leisure', 'housing', 'work'] as const;
export type LifeDomain = (typeof lifeDomains)[number];
export const planParts = ['dreams', 'meetings', 'domain:health', 'domain:social', 'domain:leisure', 'domain:housing', 'domain:work'] as const;
export type PlanPart = (typeof planParts)[number];
export const goalTypes = ['develop', 'maintain', 'limit-loss'] as const;
export type GoalType = (typeof goalTypes)[number];

/** The Danish address of each life domain: /min-plan/sundhed and so on. */
export const domainSlugs: Record<LifeDomain, string> = {
  health: 'sundhed',
  social: 'sociale-relationer',
  leisure: 'fritid',
  housing: 'bolig',
  work: 'uddannelse-og-job',
};
export function domainOfSlug(slug: string | undefined): LifeDomain | undefined {
  return lifeDomains.find((domain) => domainSlugs[domain] === slug);
}
export const domainPictograms: Record<LifeDomain, PictogramName> = { health: 'heart', social: 'people', leisure: 'star', housing: 'house', work: 'briefcase' };
export function domainPart(domain: LifeDomain): PlanPart {
  return `domain:${domain}` as PlanPart;
}

/** /me with the fields the plan API adds. */
export type PlanMe = Me & { citizenId?: string | null; relativeOf?: { citizenId: string; firstName: string; relation: string }[] };

export interface CitizenRecord {
  id: string;
  firstName: string;
  lastName: string;
  communicationNeeds?: string[] | null;
  version: number;
}

export interface Step {
  id: string;
  text: string;
  whoHelps: string | null;
  dueDate: string | null;
  pictogram: string | null;
  /** The catalogue offer the step is about, when it came from one. */
  offerId?: string | null;
  status: 'planned' | 'done' | 'cancelled';
  doneAt: string | null;
  version: number;
}
export interface PlanComment {
  id: string;
  authorName: string;
  text: string;
  createdAt: string;
}
export interface Goal {
  id: string;
  domain: LifeDomain;
  title: string;
  description: string | null;
  goalType: GoalType;
  status: 'active' | 'achieved' | 'not-achieved' | 'paused' | 'stopped';
  outcome: 'success' | 'in-progress' | 'not-reached' | 'on-hold';
  progress: number;
  citizenRating: number | null;
  workerLevel?: number | null;
  reviewDate: string | null;
  track?: string;
  steps: Step[];
  comments: PlanComment[];
  version: number;
}
export interface Dream {
  id: string;
  text: string;
  domain: LifeDomain | null;
  createdAt: string;
  version: number;
}
export interface Meeting {
  id: string;
  startsAt: string;
  location: string | null;
  status: 'planned' | 'held' | 'cancelled';
  participants: { name: string; role: string }[];
  agreements: { who: string; what: string; byDate?: string | null }[];
  summary: string | null;
  nextReviewDate: string | null;
  version: number;
}
export interface Plan {
  citizenId: string;
  firstName: string;
  relation: 'self' | 'team' | 'relative' | 'none';
  canWrite: boolean;
  commentableParts: PlanPart[];
  hiddenParts: PlanPart[];
  dreams: Dream[] | null;
  domains: { domain: LifeDomain; goals: Goal[] }[];
  meetings: Meeting[] | null;
}
export interface HistoryItem {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  part: string;
  subjectType: string;
  subjectId: string;
  operation: 'create' | 'update' | 'delete';
  changes: Record<string, { from: unknown; to: unknown }> | null;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface NetworkMember {
  id: string;
  name: string;
  relation: string;
  isRelative: boolean;
  phone: string | null;
  email: string | null;
  hasLogin: boolean;
  invitationPending: boolean;
  version: number;
}
export interface Invitation {
  code: string;
  expiresAt: string;
  path: string;
}
export type ConsentLevel = 'view' | 'comment';
export type GranteeKind = 'network' | 'staff' | 'unit';
export interface Consents {
  grantees: { kind: GranteeKind; id: string; name: string; relation: string | null }[];
  active: { id: string; granteeKind: GranteeKind; granteeId: string; part: PlanPart; level: ConsentLevel; grantedAt: string }[];
  history: {
    id: string;
    granteeKind: GranteeKind;
    granteeId: string;
    granteeName: string;
    part: PlanPart;
    level: ConsentLevel;
    grantedAt: string;
    grantedByName: string | null;
    withdrawnAt: string | null;
    withdrawnByName: string | null;
  }[];
}
export interface AccessLogItem {
  id: string;
  at: string;
  action: string;
  outcome?: 'allowed' | 'denied';
  purpose: string;
  part: string | null;
  unitName: string | null;
  role: string | null;
  actorName: string | null;
}

/** Steps that still count: a cancelled step is neither done nor waiting. */
export function countSteps(goals: readonly Goal[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const goal of goals)
    for (const step of goal.steps) {
      if (step.status === 'cancelled') continue;
      total += 1;
      if (step.status === 'done') done += 1;
    }
  return { done, total };
}

/** The next step to take in these goals: the earliest dated planned step, then undated ones in order. */
export function nextStep(goals: readonly Goal[]): Step | undefined {
  const planned = goals.filter((goal) => goal.status === 'active').flatMap((goal) => goal.steps.filter((step) => step.status === 'planned'));
  return [...planned].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))[0];
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
