/**
 * What the citizen-plan API answers (docs/citizen-plan-api.md). The plan and meeting shapes come from the shared
 * contracts (types only); dates travel as ISO strings, so Date becomes string here. The citizen record has no
 * contract file yet and is written out from the API document.
 */
import type { CreateMeetingBody, UpdateMeetingBody } from '../../../contracts/meetings.js';
import type {
  CreateDreamBody,
  CreateGoalBody,
  CreateStepBody,
  Dream,
  Goal,
  HistoryItem,
  HistoryPage,
  Meeting,
  Overview,
  Plan,
  Step,
  UpdateDreamBody,
  UpdateGoalBody,
  UpdateStepBody,
} from '../../../contracts/plan.js';

/** A server type as it arrives over JSON: instants are ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type PlanView = Json<Plan>;
export type GoalView = Json<Goal>;
export type StepView = Json<Step>;
export type DreamView = Json<Dream>;
export type MeetingView = Json<Meeting>;
export type OverviewView = Json<Overview>;
export type HistoryItemView = Json<HistoryItem>;
export type HistoryPageView = Json<HistoryPage>;
export type { CreateDreamBody, CreateGoalBody, CreateMeetingBody, CreateStepBody, UpdateDreamBody, UpdateGoalBody, UpdateMeetingBody, UpdateStepBody };

export type TeamRole = 'contact-person' | 'support-worker' | 'case-officer' | 'other';
export const teamRoles: readonly TeamRole[] = ['contact-person', 'support-worker', 'case-officer', 'other'];

export interface CaseloadItem {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
  cprMasked: string | null;
  teamRole: string;
  nextMeetingAt: string | null;
  nextReviewDate: string | null;
}

export interface CprSearchItem {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  onMyTeam: boolean;
}

export interface TeamMember {
  userId: string;
  name: string;
  title: string | null;
  unitName: string | null;
  teamRole: string;
}

export interface CitizenRecord {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  age: number;
  /** Full for a case officer on the team, masked for the rest of the team, absent for anyone else. */
  cpr?: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  preferredLanguage: string;
  communicationNeeds: string[];
  interpreterLanguage: string | null;
  contactPerson: { userId: string; name: string } | null;
  team: TeamMember[];
  units: { id: string; name: string }[];
  /** Staff only. */
  targetGroups?: string[];
  hasTransitionPlan: boolean;
  version: number;
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

export interface TransitionCandidate {
  citizenId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  turns18On: string;
}

export interface TransitionPlanBody {
  startedOn: string;
  responsibleUserId: string;
  parentsInvolved: boolean;
  adultServicesContact?: string | null;
  notes?: string | null;
  version?: number;
}

export const communicationNeeds = ['easy-read', 'pictograms', 'read-aloud', 'interpreter'] as const;
export const targetGroups = [
  'substance-abuse',
  'mental-vulnerability',
  'physical-disability',
  'intellectual-disability',
  'acquired-brain-injury',
  'autism',
  'adhd',
  'homelessness',
] as const;
export const pictograms = ['calendar', 'bus', 'phone', 'food', 'sleep', 'exercise', 'medicine', 'money', 'shopping', 'cleaning', 'work', 'friends', 'doctor', 'home'] as const;
