import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/**
 * Field messages only the citizen use cases can judge, Danish first. Plain words: citizens and relatives read them.
 * They travel as per-field problems, so the answer says exactly what to fix.
 */
const messages = {
  da: {
    'cpr.invalid': 'CPR-nummeret er ikke gyldigt. Skriv det som DDMMÅÅ-XXXX.',
    'cpr.taken': 'Der findes allerede en borger med dette CPR-nummer.',
    'citizen.self_fields_only': 'Du kan selv ændre telefon, e-mail, sprog og hvordan vi skal kommunikere med dig. Resten ændrer dit team.',
    'team.case_officer_only': 'Kun en myndighedsrådgiver i borgerens team kan ændre teamet.',
    'team.needs_case_officer': 'Teamet skal have mindst én myndighedsrådgiver.',
    'team.unknown_staff': 'Medarbejderen findes ikke eller er ikke aktiv.',
    'team.duplicate': 'Samme medarbejder står der flere gange.',
    'contact.not_on_team': 'Kontaktpersonen skal være med i borgerens team.',
    'consent.citizen_only': 'Kun borgeren selv kan give og trække samtykke tilbage.',
    'consent.unknown_grantee': 'Personen eller enheden findes ikke.',
    'consent.duplicate': 'Samme person og del står der flere gange.',
    'invitation.invalid': 'Koden er forkert eller udløbet. Bed om en ny invitation.',
    'invitation.own_record': 'Du kan ikke være pårørende til dig selv.',
    'invitation.staff_account': 'En medarbejderkonto kan ikke bruges som pårørende-login. Log ind med dit eget MitID.',
    'invitation.already_linked': 'Personen har allerede et login.',
    'invitation.already_member': 'Du er allerede i borgerens netværk.',
    'transition.not_young': 'Overgangsforløbet er for unge på 16 og 17 år.',
    'transition.unknown_staff': 'Den ansvarlige medarbejder findes ikke eller er ikke aktiv.',
    'access_log.period': 'Startdatoen skal ligge før slutdatoen.',
  },
  en: {
    'cpr.invalid': 'The CPR number is not valid. Write it as DDMMYY-XXXX.',
    'cpr.taken': 'A citizen with this CPR number already exists.',
    'citizen.self_fields_only': 'You can change your phone, e-mail, language and how we communicate with you. Your team changes the rest.',
    'team.case_officer_only': "Only a case officer on the citizen's team can change the team.",
    'team.needs_case_officer': 'The team must have at least one case officer.',
    'team.unknown_staff': 'The staff member does not exist or is not active.',
    'team.duplicate': 'The same staff member is listed more than once.',
    'contact.not_on_team': "The contact person must be on the citizen's team.",
    'consent.citizen_only': 'Only the citizen can give and withdraw consent.',
    'consent.unknown_grantee': 'The person or unit does not exist.',
    'consent.duplicate': 'The same person and part are listed more than once.',
    'invitation.invalid': 'The code is wrong or has expired. Ask for a new invitation.',
    'invitation.own_record': 'You cannot be your own relative.',
    'invitation.staff_account': 'A staff account cannot be used as a relative login. Log in with your own MitID.',
    'invitation.already_linked': 'The person already has a login.',
    'invitation.already_member': "You are already in the citizen's network.",
    'transition.not_young': 'The transition track is for young people aged 16 and 17.',
    'transition.unknown_staff': 'The responsible staff member does not exist or is not active.',
    'access_log.period': 'The start date must be before the end date.',
  },
} satisfies Record<Language, Record<string, string>>;

export type CitizenMessageKey = keyof (typeof messages)['da'];

export function citizenMessage(language: Language, key: CitizenMessageKey): string {
  return messages[language][key];
}

/** An error with one translated per-field problem. */
export function fieldError(code: ErrorCode, language: Language, path: string, key: CitizenMessageKey, detailKey?: string): AppError {
  return new AppError(code, detailKey, [{ path, message: citizenMessage(language, key) }]);
}
