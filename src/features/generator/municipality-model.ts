import type { Role } from '../../domain/roles.js';
import type { StaffProfile } from './synthetic-organisation.js';

/** The synthetic municipality in memory: everything but the audit log, which is streamed. */
export interface GeneratedTenant {
  tenantId: string;
  slug: string;
  name: string;
  createdAt: Date;
}

export interface GeneratedUnit {
  unitId: string;
  parentUnitId: string | null;
  name: string;
  kind: 'centre' | 'unit';
  area: 'social' | 'employment' | 'other';
  email: string | null;
  phone: string | null;
  createdAt: Date;
  /** Relative weights for placing staff and citizens; centres hold only their heads. */
  staffWeight: number;
  citizenWeight: number;
  profile: StaffProfile | null;
}

export interface StaffMember {
  userId: string;
  displayName: string;
  email: string;
  title: string;
  unitId: string;
  roles: Role[];
  createdAt: Date;
  /** How much this person uses the system relative to colleagues. */
  activity: number;
}

export interface Citizen {
  userId: string;
  displayName: string;
  createdAt: Date;
  /** The unit whose staff work with this citizen (not stored yet: a later issue adds the citizen record). */
  homeUnitId: string;
  /** How often the citizen logs in themselves; 0 for those who never use self-service. */
  selfService: number;
}

/** A member of a citizen's team (citizen_team_member), with what the plan rows need of them. */
export interface TeamMember {
  userId: string;
  teamRole: 'contact-person' | 'support-worker' | 'case-officer' | 'other';
  /** The staff member's first role, as the plan history names them. */
  roleText: string;
  firstName: string;
}

/** The citizen record (table citizen) of a generated citizen, and the team around them. */
export interface CitizenRecord {
  /** Position in `citizens`, also the key of the citizen's own random stream for the plan. */
  index: number;
  citizenId: string;
  userId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  createdAt: Date;
  homeUnitId: string;
  /** When the plan work started (epoch ms): at go-live for imported plans, later for the rest. */
  planStart: number;
  team: TeamMember[];
}

export interface MunicipalityModel {
  tenant: GeneratedTenant;
  units: GeneratedUnit[];
  staff: StaffMember[];
  citizens: Citizen[];
  records: CitizenRecord[];
  /** The end of the five-year period (epoch ms): plans run up to it, planned meetings and reviews lie after it. */
  periodEndMs: number;
  /** Index in `records` of the citizen who gets exactly ACCESS_LOG_CITIZEN_ENTRIES audit entries by others. */
  accessLogCitizen: number;
}
