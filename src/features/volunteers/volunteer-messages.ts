import { AppError, type ErrorCode, type FieldProblem } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/**
 * The volunteer area's own texts for problems only its use cases can judge, Danish first. The application form is
 * filled in by anyone, so its messages say what to write, not what was wrong in technical words.
 */
const messages = {
  da: {
    'name.required': 'Skriv dit navn.',
    'name.letters': 'Skriv dit navn med bogstaver.',
    'email.invalid': 'Skriv en e-mailadresse, vi kan skrive til, fx navn@eksempel.dk.',
    'phone.invalid': 'Skriv et telefonnummer med 8 cifre, fx 12 34 56 78.',
    'postal_code.invalid': 'Skriv et dansk postnummer med 4 cifre, fx 8900.',
    'postal_code.unknown': 'Vi kender ikke postnummeret. Skriv et postnummer i eller nær kommunen, fx 8900.',
    'opportunity.unknown': 'Opslaget findes ikke længere. Vælg et andet opslag.',
    'slot.weekday': 'Vælg en ugedag.',
    'slot.time': 'Skriv et klokkeslæt som TT:MM, fx 13:00.',
    'slot.step': 'Brug hele kvarterer: 00, 15, 30 eller 45 minutter.',
    'slot.order': 'Sluttidspunktet skal være efter starttidspunktet.',
    'slot.overlap': 'Tiden overlapper en anden tid samme dag. Slå dem sammen, eller ret en af dem.',
    'slot.too_many': 'Du kan højst have 28 faste tider om ugen.',
    'exception.order': 'Slut skal være efter start.',
    'exception.past': 'Tidsrummet er allerede forbi.',
    'exception.too_long': 'Et tidsrum kan højst være et år. Sæt dig på pause i stedet.',
    'language.invalid': 'Vælg sprog fra listen.',
    'status.stopped_self': 'Du er stoppet som frivillig. Kontakt koordinatoren, hvis du vil begynde igen.',
    'course.unknown': 'Kurset findes ikke i kursuslisten.',
    'course.in_future': 'Datoen kan ikke ligge efter i dag.',
    'course.valid_before_completed': 'Kurset kan ikke udløbe, før det er gennemført.',
    'record_check.in_future': 'Datoen for børneattesten kan ikke ligge efter i dag.',
    'record_check.expiry_before_check': 'Udløbsdatoen kan ikke ligge før datoen for attesten.',
    'record_check.expiry_without_check': 'Skriv også datoen for attesten.',
    'stop_reason.required': 'Skriv hvorfor den frivillige stopper.',
    'decline_note.required': 'Skriv en kort begrundelse for afslaget.',
    'application.decided': 'Ansøgningen er allerede behandlet.',
    'application.email_in_use': 'Der findes allerede en bruger med den e-mailadresse. Find personen i listen over frivillige, eller ret adressen.',
    'guidelines.not_current': 'Der er kommet en nyere version af retningslinjerne. Læs den nyeste version, og godkend den.',
    'guidelines.stale': 'Der er udgivet en nyere version, mens du skrev. Hent den nyeste version og prøv igen.',
    'guidelines.none': 'Der er ingen retningslinjer at godkende endnu.',
    'opportunity.archived': 'Opslaget er arkiveret og kan ikke ændres. Opret et nyt opslag.',
  },
  en: {
    'name.required': 'Enter your name.',
    'name.letters': 'Enter your name in letters.',
    'email.invalid': 'Enter an e-mail address we can write to, e.g. name@example.com.',
    'phone.invalid': 'Enter a phone number of 8 digits, e.g. 12 34 56 78.',
    'postal_code.invalid': 'Enter a Danish postal code of 4 digits, e.g. 8900.',
    'postal_code.unknown': 'We do not know this postal code. Enter a postal code in or near the municipality, e.g. 8900.',
    'opportunity.unknown': 'The opportunity no longer exists. Choose another one.',
    'slot.weekday': 'Choose a day of the week.',
    'slot.time': 'Enter a time as HH:MM, e.g. 13:00.',
    'slot.step': 'Use whole quarters of an hour: 00, 15, 30 or 45 minutes.',
    'slot.order': 'The end must be after the start.',
    'slot.overlap': 'This time overlaps another time on the same day. Merge them, or change one of them.',
    'slot.too_many': 'You can have at most 28 regular times a week.',
    'exception.order': 'The end must be after the start.',
    'exception.past': 'This period is already over.',
    'exception.too_long': 'A period can be at most a year. Pause yourself instead.',
    'language.invalid': 'Choose languages from the list.',
    'status.stopped_self': 'You have stopped as a volunteer. Contact the coordinator if you want to start again.',
    'course.unknown': 'The course is not in the course list.',
    'course.in_future': 'The date cannot be after today.',
    'course.valid_before_completed': 'The course cannot expire before it was completed.',
    'record_check.in_future': 'The date of the record check cannot be after today.',
    'record_check.expiry_before_check': 'The expiry date cannot be before the date of the check.',
    'record_check.expiry_without_check': 'Also enter the date of the check.',
    'stop_reason.required': 'Enter why the volunteer stops.',
    'decline_note.required': 'Enter a short reason for declining.',
    'application.decided': 'The application has already been decided.',
    'application.email_in_use': 'A user with this e-mail address already exists. Find the person in the list of volunteers, or correct the address.',
    'guidelines.not_current': 'A newer version of the guidelines has been published. Read the newest version and accept it.',
    'guidelines.stale': 'A newer version was published while you were writing. Load the newest version and try again.',
    'guidelines.none': 'There are no guidelines to accept yet.',
    'opportunity.archived': 'The opportunity is archived and cannot be changed. Create a new one.',
  },
} satisfies Record<Language, Record<string, string>>;

export type VolunteerMessageKey = keyof (typeof messages)['da'];

export function volunteerMessage(language: Language, key: VolunteerMessageKey): string {
  return messages[language][key];
}

/** Translated problems, one per field. */
export function volunteerProblems(language: Language, problems: readonly { path: string; key: VolunteerMessageKey }[]): FieldProblem[] {
  return problems.map((p) => ({ path: p.path, message: volunteerMessage(language, p.key) }));
}

/** An error with translated problems: 400 for bad input, 409 for a state that does not allow it. Nothing has been stored when it is thrown. */
export function volunteerError(code: ErrorCode, language: Language, problems: readonly { path: string; key: VolunteerMessageKey }[]): AppError {
  return new AppError(code, undefined, volunteerProblems(language, problems));
}
