import type { ErrorCode } from '../errors.js';

export type Language = 'da' | 'en';
export const languages: readonly Language[] = ['da', 'en'];

/** Titles of every error code, Danish first. Plain words: these reach citizens too. */
const titles: Record<Language, Record<ErrorCode, string>> = {
  da: {
    unauthenticated: 'Du er ikke logget ind',
    forbidden: 'Du har ikke adgang til dette',
    csrf_failed: 'Forespørgslen kunne ikke bekræftes. Genindlæs siden og prøv igen',
    not_found: 'Vi kunne ikke finde det, du leder efter',
    validation_failed: 'Nogle oplysninger er ikke udfyldt rigtigt',
    malformed_json: 'Forespørgslen kunne ikke læses (ugyldig JSON)',
    body_too_large: 'Forespørgslen er for stor',
    unsupported_media_type: 'Forespørgslen har en type, vi ikke kan læse',
    conflict: 'Nogen har ændret dette, mens du arbejdede. Hent den nyeste version og prøv igen',
    rate_limited: 'For mange forsøg. Vent lidt og prøv igen',
    login_failed: 'Login mislykkedes',
    demo_login_disabled: 'Demo-login er slået fra',
    internal: 'Der skete en fejl hos os. Prøv igen senere',
    unavailable: 'Systemet starter op. Prøv igen om lidt',
  },
  en: {
    unauthenticated: 'You are not logged in',
    forbidden: 'You do not have access to this',
    csrf_failed: 'The request could not be verified. Reload the page and try again',
    not_found: 'We could not find what you are looking for',
    validation_failed: 'Some of the information is not filled in correctly',
    malformed_json: 'The request could not be read (invalid JSON)',
    body_too_large: 'The request is too large',
    unsupported_media_type: 'The request has a type we cannot read',
    conflict: 'Someone changed this while you were working. Load the latest version and try again',
    rate_limited: 'Too many attempts. Wait a moment and try again',
    login_failed: 'Login failed',
    demo_login_disabled: 'Demo login is turned off',
    internal: 'Something went wrong on our side. Please try again later',
    unavailable: 'The system is starting. Please try again shortly',
  },
};

/** Extra details, keyed by the detailKey an AppError may carry. */
const details: Record<Language, Record<string, string>> = {
  da: {
    'login.state_mismatch': 'Login-forsøget er udløbet eller allerede brugt. Start forfra.',
    'login.unknown_user': 'Du er ikke oprettet som bruger i kommunen.',
    'login.provider_error': 'Identitetsudbyderen afviste login.',
    'org_unit.parent_cycle': 'En enhed kan ikke ligge under sig selv.',
    'org_unit.has_children': 'Enheden har underenheder og kan ikke slettes.',
    'user.last_admin': 'Kommunen skal have mindst én administrator.',
    'tenant.slug_taken': 'Den korte betegnelse er allerede i brug.',
    'version.stale': 'Nogen har ændret dette, mens du arbejdede. Hent den nyeste version og prøv igen.',
    'goal.status_change': 'Målet kan ikke skifte direkte til den status. Et mål i gang kan nås, ikke nås, sættes på pause eller stoppes; andre mål kan kun genoptages.',
    'goal.rating_only_citizen': 'Kun borgeren selv kan give sin vurdering af, hvordan det går.',
    'goal.level_only_staff': 'Kun medarbejdere kan vurdere funktionsevneniveauet.',
    'meeting.status_change': 'Mødet kan ikke skifte til den status. Et planlagt møde kan holdes eller aflyses; et aflyst møde kan planlægges igen.',
    'reception.status_change': 'Henvendelsen kan ikke skifte til den status. En der venter, kan tages af en medarbejder eller gå; en der er hos en medarbejder, kan afsluttes eller gå.',
    'reception.no_follow_up': 'Der er ingen opfølgning at afslutte på denne henvendelse.',
    'reception.already_merged': 'Henvendelsen hører allerede til en borger.',
    'referral.transition': 'Henvisningen kan ikke skifte til den status nu. En sendt henvisning kan modtages, accepteres eller afvises; en accepteret kan begynde eller stoppe; et forløb i gang kan afsluttes eller stoppe. Afviste, afsluttede og stoppede henvisninger er lukket.',
    'referral.not_yours': 'Det er den modtagende enhed, der svarer på henvisningen. Den, der sendte den, og borgeren kan trække den tilbage, indtil der er svaret.',
    'offer.lifecycle_change': 'Tilbuddet er allerede i den tilstand, eller et arkiveret tilbud skal offentliggøres igen, før det kan bekræftes.',
    'event.full': 'Der er ikke flere ledige pladser til aktiviteten.',
    'event.cancelled': 'Aktiviteten er aflyst.',
    'event.over': 'Aktiviteten er allerede begyndt eller forbi.',
    'budget.follow_up_taken': 'Opfølgningen er allerede taget. Den kan kun tages igen, hvis du vælger at erstatte den; den gamle gemmes i historikken.',
  },
  en: {
    'login.state_mismatch': 'The login attempt has expired or was already used. Start again.',
    'login.unknown_user': 'You are not registered as a user in the municipality.',
    'login.provider_error': 'The identity provider refused the login.',
    'org_unit.parent_cycle': 'A unit cannot be placed under itself.',
    'org_unit.has_children': 'The unit has sub-units and cannot be deleted.',
    'user.last_admin': 'The municipality must keep at least one administrator.',
    'tenant.slug_taken': 'The short name is already in use.',
    'version.stale': 'Someone changed this while you were working. Load the latest version and try again.',
    'goal.status_change': 'The goal cannot change straight to that status. An active goal can be achieved, not achieved, paused or stopped; other goals can only be resumed.',
    'goal.rating_only_citizen': 'Only the citizen can give their own rating of how it is going.',
    'goal.level_only_staff': 'Only staff can assess the function level.',
    'meeting.status_change': 'The meeting cannot change to that status. A planned meeting can be held or cancelled; a cancelled meeting can be planned again.',
    'reception.status_change': 'The visit cannot change to that status. A waiting visit can be taken by a worker or the person can leave; a visit with a worker can be done or the person can leave.',
    'reception.no_follow_up': 'There is no follow-up to complete on this visit.',
    'reception.already_merged': 'The visit already belongs to a citizen.',
    'referral.transition': 'The referral cannot change to that status now. A sent referral can be received, accepted or declined; an accepted one can start or stop; one in progress can be completed or stopped. Declined, completed and stopped referrals are closed.',
    'referral.not_yours': 'The receiving unit answers the referral. The sender and the citizen can withdraw it until it has been answered.',
    'offer.lifecycle_change': 'The offer is already in that state, or an archived offer must be published again before it can be confirmed.',
    'event.full': 'There are no free places left for the activity.',
    'event.cancelled': 'The activity has been cancelled.',
    'event.over': 'The activity has already started or is over.',
    'budget.follow_up_taken': 'The follow-up has already been taken. It can only be taken again if you choose to replace it; the old one is kept in the history.',
  },
};

/** Messages for single fields that only the use case can judge (the contracts judge the rest). */
const fieldMessages: Record<Language, Record<string, string>> = {
  da: {
    'unit.missing': 'Enheden findes ikke.',
    'unit.parent_missing': 'Den overordnede enhed findes ikke.',
    'role.not_for_staff': 'Rollen kan ikke gives til medarbejdere:',
    'offer.missing': 'Tilbuddet findes ikke i kataloget.',
    'offer.near_unknown': 'Vi kan ikke finde stedet. Skriv et postnummer, fx 8900, eller brug din placering.',
    'offer.organization_missing': 'Udbyderen findes ikke.',
    'offer.location_missing': 'Et af stederne findes ikke.',
    'offer.unit_missing': 'Enheden findes ikke, eller du har ikke ansvar for den.',
    'offer.age_range': 'Mindstealderen må ikke være større end den højeste alder.',
    'offer.capacity': 'Der kan ikke være flere ledige pladser end pladser i alt.',
    'hsds.postcode_unknown': 'Postnummeret findes ikke. Afstand (proximity) kan kun måles fra et dansk postnummer, fx 8900.',
  },
  en: {
    'unit.missing': 'The unit does not exist.',
    'unit.parent_missing': 'The parent unit does not exist.',
    'role.not_for_staff': 'The role cannot be given to staff:',
    'offer.missing': 'The offer is not in the catalogue.',
    'offer.near_unknown': 'We cannot find the place. Enter a postal code, e.g. 8900, or use your location.',
    'offer.organization_missing': 'The provider does not exist.',
    'offer.location_missing': 'One of the places does not exist.',
    'offer.unit_missing': 'The unit does not exist, or you are not responsible for it.',
    'offer.age_range': 'The minimum age cannot be above the maximum age.',
    'offer.capacity': 'There cannot be more free places than places in all.',
    'hsds.postcode_unknown': 'The postcode is not known. Proximity can only be measured from a Danish postcode, e.g. 8900.',
  },
};

export function fieldMessage(language: Language, key: string, suffix = ''): string {
  return `${fieldMessages[language][key] ?? key}${suffix ? ` ${suffix}` : ''}`;
}

export function errorTitle(language: Language, code: ErrorCode): string {
  return titles[language][code];
}

export function errorDetail(language: Language, key: string | undefined): string | undefined {
  return key === undefined ? undefined : details[language][key];
}

/** Picks the language from the user's saved choice, then Accept-Language, defaulting to Danish. */
export function pickLanguage(saved: string | undefined | null, acceptLanguage: string | undefined): Language {
  if (saved === 'da' || saved === 'en') return saved;
  const first = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'da';
}
