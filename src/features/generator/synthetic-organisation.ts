import type { Role } from '../../domain/roles.js';

/**
 * The organisation of a mid-sized Danish municipality's social and employment area, modelled on the
 * demo seed's Randers: centres with their teams, places and offices. It does not grow with the scale:
 * a bigger municipality has more people in the same kind of units.
 */
export type StaffProfile = 'authority' | 'support' | 'residential' | 'treatment' | 'activity' | 'job' | 'service' | 'business' | 'finance' | 'secretariat' | 'it';

export interface UnitPlan {
  name: string;
  profile: StaffProfile;
  /** Share of the staff who work here (relative weight). */
  staffWeight: number;
  /** Share of the citizens this unit works with (relative weight); 0 for staff functions. */
  citizenWeight: number;
}

export interface CentrePlan {
  name: string;
  area: 'social' | 'employment' | 'other';
  mailbox: string;
  phone: string;
  units: UnitPlan[];
}

const unit = (name: string, profile: StaffProfile, staffWeight: number, citizenWeight: number): UnitPlan => ({ name, profile, staffWeight, citizenWeight });

export const centres: readonly CentrePlan[] = [
  { name: 'Center for Handicap og Myndighed', area: 'social', mailbox: 'handicap-myndighed', phone: '89 15 10 00', units: [
    unit('Myndighed Voksen', 'authority', 22, 18),
    unit('Overgangsteam 16–18 år', 'authority', 6, 3),
    unit('Visitation og Bevilling', 'authority', 10, 6),
  ] },
  { name: 'Center for Autisme, Senhjerneskade og Læring', area: 'social', mailbox: 'casl', phone: '89 15 20 00', units: [
    unit('Mestringsvejledning Nord', 'support', 14, 6),
    unit('Mestringsvejledning Syd', 'support', 14, 6),
    unit('Hjerneskadeteamet', 'support', 10, 4),
    unit('Autismecentret Gudenåcenteret', 'residential', 24, 3),
  ] },
  { name: 'Center for Levemiljøer', area: 'social', mailbox: 'levemiljoer', phone: '89 15 30 00', units: [
    unit('Botilbud Kastaniebo', 'residential', 22, 2),
    unit('Bofællesskabet Gl. Stationsvej', 'residential', 12, 1),
    unit('Bofællesskabet Lindegården', 'residential', 10, 1),
    unit('Aktivitets- og fritidskoordinering', 'activity', 6, 2),
  ] },
  { name: 'Center for Psykiatri og Socialt Udsatte', area: 'social', mailbox: 'psykiatri-udsatte', phone: '89 15 40 00', units: [
    unit('Perron 4', 'residential', 8, 3),
    unit('Slotsgården', 'residential', 14, 2),
    unit('Rusmiddelcenter', 'treatment', 16, 6),
    unit('Bostøtte Nord', 'support', 14, 6),
    unit('Bostøtte Syd', 'support', 14, 6),
    unit('Gadeteamet', 'support', 5, 3),
  ] },
  { name: 'Center for Borgerservice, Ydelser og Digitalisering', area: 'employment', mailbox: 'borgerservice', phone: '89 15 15 15', units: [
    unit('Borgerservice', 'service', 12, 8),
    unit('Digitalisering og IT', 'it', 6, 0),
  ] },
  { name: 'Center for Job og Kompetencer', area: 'employment', mailbox: 'jobcenter', phone: '89 15 50 00', units: [
    unit('Jobcenter — unge', 'job', 16, 10),
    unit('Jobcenter — voksne', 'job', 20, 14),
  ] },
  { name: 'Center for Jobrettet Udvikling', area: 'employment', mailbox: 'jobrettet', phone: '89 15 55 00', units: [
    unit('Ressourceforløb og jobafklaring', 'job', 10, 5),
    unit('Sygedagpenge', 'job', 12, 7),
  ] },
  { name: 'Center for Virksomhedsservice og Rekruttering', area: 'employment', mailbox: 'virksomhedsservice', phone: '89 15 56 00', units: [
    unit('Virksomhedsservice', 'business', 6, 1),
    unit('CSR og inkluderende arbejdspladser', 'business', 3, 1),
  ] },
  { name: 'Social og Arbejdsmarked — ledelse og stab', area: 'other', mailbox: 'social-arbejdsmarked', phone: '89 15 00 00', units: [
    unit('Økonomi og Styring', 'finance', 7, 0),
    unit('Politisk sekretariat', 'secretariat', 4, 0),
  ] },
];

export interface ProfileStaffing {
  /** The unit's leader: the first person placed in it. */
  leader: { title: string; roles: Role[] };
  /** Everyone else, as [title, roles, weight]. */
  members: readonly (readonly [string, Role[], number])[];
}

/** Who works in each kind of unit, with the roles their job gives them in Mestring. */
export const staffing: Record<StaffProfile, ProfileStaffing> = {
  authority: { leader: { title: 'Afdelingsleder', roles: ['leader'] }, members: [['Socialrådgiver', ['case-officer'], 6], ['Myndighedsrådgiver', ['case-officer'], 3], ['Sagsbehandler', ['case-officer'], 2]] },
  support: { leader: { title: 'Teamleder', roles: ['leader'] }, members: [['Bostøttemedarbejder', ['support-worker'], 5], ['Mestringsvejleder', ['support-worker'], 4], ['Socialpædagog', ['support-worker'], 3], ['Ergoterapeut', ['support-worker'], 1]] },
  residential: { leader: { title: 'Forstander', roles: ['offer-owner', 'leader'] }, members: [['Pædagog', ['support-worker'], 6], ['Social- og sundhedsassistent', ['support-worker'], 4], ['Socialpædagog', ['support-worker'], 3], ['Pædagogisk leder', ['offer-owner'], 1]] },
  treatment: { leader: { title: 'Leder af Rusmiddelcenter', roles: ['offer-owner', 'leader'] }, members: [['Misbrugsbehandler', ['support-worker'], 5], ['Sygeplejerske', ['support-worker'], 1], ['Socialrådgiver', ['case-officer'], 2]] },
  activity: { leader: { title: 'Koordinerende leder', roles: ['leader'] }, members: [['Aktivitets- og fritidskoordinator', ['volunteer-coordinator'], 3], ['Frivilligkoordinator', ['volunteer-coordinator'], 2], ['Pædagog', ['support-worker', 'volunteer-coordinator'], 1]] },
  job: { leader: { title: 'Afdelingsleder', roles: ['leader'] }, members: [['Jobkonsulent', ['case-officer'], 5], ['Sagsbehandler', ['case-officer'], 3], ['Mentor', ['support-worker'], 2]] },
  service: { leader: { title: 'Afdelingsleder', roles: ['leader'] }, members: [['Borgerservicemedarbejder', ['case-officer'], 3], ['Ydelsesrådgiver', ['case-officer'], 2]] },
  business: { leader: { title: 'Teamleder', roles: ['leader'] }, members: [['Virksomhedskonsulent', ['support-worker'], 3], ['CSR-konsulent', ['support-worker'], 1]] },
  finance: { leader: { title: 'Økonomichef', roles: ['leader', 'finance'] }, members: [['Controller', ['finance'], 3], ['Økonomikonsulent', ['finance'], 2]] },
  secretariat: { leader: { title: 'Sekretariatschef', roles: ['leader'] }, members: [['Udviklingskonsulent', ['finance'], 2], ['Specialkonsulent', ['finance'], 1]] },
  it: { leader: { title: 'IT-chef', roles: ['admin', 'leader'] }, members: [['Systemadministrator', ['admin'], 2], ['IT-konsulent', ['admin'], 2], ['Digitaliseringskonsulent', ['support-worker'], 1]] },
};

/** Heads of the centres, placed on the centre itself. */
export const centreHead = { title: 'Centerchef', roles: ['leader'] as Role[] };
