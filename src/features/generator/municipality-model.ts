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

export interface MunicipalityModel {
  tenant: GeneratedTenant;
  units: GeneratedUnit[];
  staff: StaffMember[];
  citizens: Citizen[];
}
