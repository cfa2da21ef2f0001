import { buildCitizenRecords, chooseAccessLogCitizen } from './citizen-records.js';
import { buildCitizens } from './citizens.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { MunicipalityModel } from './municipality-model.js';
import { streamFor } from './prng.js';
import { buildStaff, ensureFinanceStaff, ensureVolunteerCoordinator } from './staff.js';
import { goLiveInstant, periodEndInstant } from './synthetic-period.js';
import { buildUnits } from './units.js';

/**
 * Size of the municipality at scale 1: roughly Randers' social and employment area over five years, with a catalogue
 * of offers from the municipality, associations, NGOs, the region and private providers, and the referrals to them.
 * `referralPool` is the benchmark's: just-sent referrals to one unit, on top of the five years' referrals.
 * `serviceCases` citizens have granted services, `grantedServices` decisions among them over the five years.
 * `volunteers` volunteers made `accompaniments` accompaniments over the five years; `openCompanionRequests` wait for a
 * volunteer in the weeks after the period (the matching benchmark's). `enrolments` are citizens' stays in offers over
 * the five years (the target-group overview counts them); every citizen gets `statusObservationsPerYear` observations
 * of employment and of housing a year (the indicators count them; not scaled: it is per citizen).
 */
export const SIZE_AT_SCALE_1 = {
  staff: 300, citizens: 20_000, auditEvents: 10_000_000,
  organizations: 600, locations: 2_500, offers: 10_000, referrals: 100_000, referralPool: 40_000,
  serviceCases: 10_000, grantedServices: 200_000,
  volunteers: 5_000, accompaniments: 50_000, openCompanionRequests: 300,
  enrolments: 100_000, statusObservationsPerYear: 3,
} as const;

/** Audit entries by others about the citizen whose access log the benchmark reads. */
export const ACCESS_LOG_CITIZEN_ENTRIES = 2_000;

export interface GenerateSize {
  staff: number;
  citizens: number;
  auditEvents: number;
  organizations: number;
  locations: number;
  offers: number;
  referrals: number;
  referralPool: number;
  serviceCases: number;
  grantedServices: number;
  volunteers: number;
  accompaniments: number;
  openCompanionRequests: number;
  enrolments: number;
  statusObservationsPerYear: number;
}

export function sizeFor(scale: number): GenerateSize {
  return {
    staff: Math.max(1, Math.round(SIZE_AT_SCALE_1.staff * scale)),
    citizens: Math.max(1, Math.round(SIZE_AT_SCALE_1.citizens * scale)),
    auditEvents: Math.round(SIZE_AT_SCALE_1.auditEvents * scale),
    organizations: Math.max(1, Math.round(SIZE_AT_SCALE_1.organizations * scale)),
    locations: Math.max(1, Math.round(SIZE_AT_SCALE_1.locations * scale)),
    offers: Math.max(1, Math.round(SIZE_AT_SCALE_1.offers * scale)),
    referrals: Math.round(SIZE_AT_SCALE_1.referrals * scale),
    referralPool: Math.round(SIZE_AT_SCALE_1.referralPool * scale),
    serviceCases: Math.round(SIZE_AT_SCALE_1.serviceCases * scale),
    grantedServices: Math.round(SIZE_AT_SCALE_1.grantedServices * scale),
    volunteers: Math.round(SIZE_AT_SCALE_1.volunteers * scale),
    accompaniments: Math.round(SIZE_AT_SCALE_1.accompaniments * scale),
    // A rotation for the benchmark even at small scales.
    openCompanionRequests: Math.min(SIZE_AT_SCALE_1.openCompanionRequests, Math.max(Math.round(SIZE_AT_SCALE_1.openCompanionRequests * scale), 40)),
    enrolments: Math.round(SIZE_AT_SCALE_1.enrolments * scale),
    statusObservationsPerYear: SIZE_AT_SCALE_1.statusObservationsPerYear,
  };
}

/** Everything but the audit log, deterministic from the seed; each part draws from its own stream. */
export function buildMunicipality(options: { seed: number; slug: string; size: GenerateSize }): MunicipalityModel {
  const goLive = goLiveInstant();
  const emailDomain = `${options.slug}.example`;
  const tenant = {
    tenantId: deterministicUuidV7(goLive.getTime(), streamFor(options.seed, `tenant:${options.slug}`)),
    slug: options.slug,
    name: 'Gudenå Kommune (syntetisk)',
    createdAt: goLive,
  };
  const units = buildUnits(goLive, emailDomain, streamFor(options.seed, 'units'));
  const staff = ensureVolunteerCoordinator(ensureFinanceStaff(buildStaff(units, options.size.staff, goLive, emailDomain, streamFor(options.seed, 'staff')), units), units);
  const citizens = buildCitizens(units, options.size.citizens, goLive, streamFor(options.seed, 'citizens'));
  const periodEndMs = periodEndInstant().getTime();
  const records = buildCitizenRecords(citizens, staff, units, goLive, periodEndMs, streamFor(options.seed, 'citizen-records'));
  const accessLogCitizen = chooseAccessLogCitizen(records, streamFor(options.seed, 'access-log-citizen'));
  return { tenant, units, staff, citizens, records, periodEndMs, accessLogCitizen };
}
