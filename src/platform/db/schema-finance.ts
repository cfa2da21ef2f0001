import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the finance and housing tables (migration 0011). Amounts are integer øre. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type ProviderKind = 'own' | 'other-municipality' | 'region' | 'private';
export type PriceUnit = 'day' | 'hour' | 'month';

export interface GrantedServiceTable {
  tenant_id: string;
  service_id: string;
  citizen_id: string;
  offer_id: string | null;
  service_name: string;
  legal_basis: string;
  provider_kind: ProviderKind;
  provider_name: string | null;
  placement: 'inside' | 'outside';
  residential: Generated<boolean>;
  paying_unit_id: string | null;
  period_from: string;
  period_to: string | null;
  price_unit: PriceUnit;
  unit_price_ore: number;
  quantity_hundredths: Generated<number>;
  cancelled_at: Date | null;
  decided_by: string | null;
  decided_on: string;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GrantedServiceVersionTable {
  tenant_id: string;
  service_id: string;
  version: number;
  snapshot: Json<Record<string, unknown>>;
  changed_by: string | null;
  changed_at: Date;
}

export interface RefusionBandTable {
  tenant_id: string;
  year: number;
  lower_ore: number;
  rate_percent: number;
}

export interface BudgetCycleStepTable {
  tenant_id: string;
  year: number;
  step_key: string;
  label: string;
  on_date: string;
  is_follow_up: Generated<boolean>;
}

export interface CentreBudgetTable {
  tenant_id: string;
  year: number;
  unit_id: string;
  budget_ore: number;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface BudgetFollowUpTable {
  tenant_id: string;
  follow_up_id: string;
  year: number;
  step_key: string;
  as_of: string;
  taken_at: Date;
  taken_by: string | null;
  /** Migration 0012: set when a later snapshot of the same step replaced this one (history kept). */
  replaced_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  replaced_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface BudgetFollowUpLineTable {
  tenant_id: string;
  follow_up_id: string;
  unit_id: string;
  budget_ore: number;
  committed_ore: number;
  forecast_ore: number;
}

export interface EconomicTrackTable {
  tenant_id: string;
  track_id: string;
  name: string;
  sort_order: Generated<number>;
}

export interface EconomicInitiativeTable {
  tenant_id: string;
  initiative_id: string;
  track_id: string;
  name: string;
  description: Generated<string>;
  status: Generated<'planned' | 'in-progress' | 'done' | 'stopped'>;
  expected_effect_ore: Generated<number>;
  effect_year: number | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface HousingProjectTable {
  tenant_id: string;
  project_id: string;
  name: string;
  address: string | null;
  description: Generated<string>;
  status: 'finished' | 'ongoing' | 'not-started' | 'rejected';
  place_changes: Json<{ legalBasis: string; change: number }[]>;
  starts_on: string | null;
  done_on: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface FinanceTables {
  granted_service: GrantedServiceTable;
  granted_service_version: GrantedServiceVersionTable;
  refusion_band: RefusionBandTable;
  budget_cycle_step: BudgetCycleStepTable;
  centre_budget: CentreBudgetTable;
  budget_follow_up: BudgetFollowUpTable;
  budget_follow_up_line: BudgetFollowUpLineTable;
  economic_track: EconomicTrackTable;
  economic_initiative: EconomicInitiativeTable;
  housing_project: HousingProjectTable;
}
