import type { BookingProblem } from '../../domain/peer-guide-booking.js';
import { AppError, type ErrorCode, type FieldProblem } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** The texts about peer guides and their bookings that only the use cases can judge, Danish first. */
const fieldMessages = {
  da: {
    'starts.in_past': 'Tidspunktet er gået. Vælg en dag og et klokkeslæt, der ikke er gået endnu.',
    'ends.before_start': 'Sluttidspunktet skal ligge efter starttidspunktet.',
    'ends.too_long': 'En booking kan højst vare 12 timer.',
    'conversation.who': 'Vælg den borger, samtalen er for, eller skriv navnet på den pårørende.',
    'conversation.both': 'En samtale er for én person: vælg en borger eller skriv en pårørende, ikke begge.',
    'citizen.only_conversation': 'Kun en samtale kan være for en bestemt borger.',
    'audience.required': 'Skriv, hvem det er for, fx "Jobkonsulenter i Jobcenter — unge".',
    'max.required': 'Skriv, hvor mange der højst kan være med på kurset.',
    'max.only_course': 'Kun et inspirationskursus har et største antal deltagere.',
    'guide.unknown': 'Borgerguiden findes ikke.',
    'guide.stopped': 'Borgerguiden er stoppet og kan ikke bookes.',
    'guide.paused': 'Borgerguiden holder pause og kan ikke bookes lige nu.',
    'guide.not_trained': 'Borgerguiden er ikke færdiguddannet endnu og kan ikke bookes.',
    'guide.busy': 'Borgerguiden er optaget {period}. Vælg et andet tidspunkt.',
    'signup.not_course': 'Man kan kun tilmelde sig et inspirationskursus.',
    'signup.closed': 'Der er lukket for tilmelding: kurset er begyndt, aflyst eller holdt.',
    'signup.full': 'Kurset er fuldt. Alle {max} pladser er taget.',
    'cancel.not_booked': 'Bookingen er allerede aflyst eller holdt.',
    'done.not_booked': 'Bookingen er allerede aflyst eller markeret som holdt.',
    'done.not_started': 'Du kan først skrive tiden, når det er begyndt.',
    'minutes.range': 'Skriv tiden i minutter, fra 0 til 1440.',
    'user.email_taken': 'Der er allerede en bruger med den e-mailadresse.',
    'trained_on.in_future': 'Datoen for uddannelsen kan ikke ligge efter i dag.',
    'period.to_before_from': 'Slutdatoen skal ligge på eller efter startdatoen.',
  },
  en: {
    'starts.in_past': 'That time has passed. Choose a day and a time that has not passed yet.',
    'ends.before_start': 'The end must be after the start.',
    'ends.too_long': 'A booking can last at most 12 hours.',
    'conversation.who': 'Choose the citizen the conversation is for, or write the name of the relative.',
    'conversation.both': 'A conversation is for one person: choose a citizen or write a relative, not both.',
    'citizen.only_conversation': 'Only a conversation can be for a particular citizen.',
    'audience.required': 'Write who it is for, e.g. "Job consultants at the youth job centre".',
    'max.required': 'Write how many can take part in the course at most.',
    'max.only_course': 'Only an inspiration course has a maximum number of participants.',
    'guide.unknown': 'The peer guide does not exist.',
    'guide.stopped': 'The peer guide has stopped and cannot be booked.',
    'guide.paused': 'The peer guide is taking a break and cannot be booked right now.',
    'guide.not_trained': 'The peer guide has not finished the training yet and cannot be booked.',
    'guide.busy': 'The peer guide is busy {period}. Choose another time.',
    'signup.not_course': 'Only an inspiration course takes sign-ups.',
    'signup.closed': 'Sign-up is closed: the course has begun, been cancelled or been held.',
    'signup.full': 'The course is full. All {max} places are taken.',
    'cancel.not_booked': 'The booking is already cancelled or held.',
    'done.not_booked': 'The booking is already cancelled or marked as held.',
    'done.not_started': 'You can log the time once it has begun.',
    'minutes.range': 'Write the time in minutes, from 0 to 1440.',
    'user.email_taken': 'There is already a user with that e-mail address.',
    'trained_on.in_future': 'The date of the training cannot be after today.',
    'period.to_before_from': 'The end date must be on or after the start date.',
  },
} satisfies Record<Language, Record<string, string>>;

export type PeerGuideMessageKey = keyof (typeof fieldMessages)['da'];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export function peerGuideMessage(language: Language, key: PeerGuideMessageKey, values: Record<string, string> = {}): string {
  return fill(fieldMessages[language][key], values);
}

/** An error with one translated problem on one field. */
export function peerGuideFieldError(code: ErrorCode, language: Language, path: string, key: PeerGuideMessageKey, values: Record<string, string> = {}): AppError {
  return new AppError(code, undefined, [{ path, message: peerGuideMessage(language, key, values) }]);
}

/** The domain's problems with a booking, translated; `busyPeriod` names the booking the request overlaps. */
export function bookingProblemsText(language: Language, problems: readonly BookingProblem[], busyPeriod: string): FieldProblem[] {
  return problems.map((p) => ({ path: p.field, message: peerGuideMessage(language, p.key, { period: busyPeriod }) }));
}

/** A time span as people say it: "tirs. 3. feb. 2026 kl. 10.00–12.00" (Danish time). */
export function periodText(language: Language, startsAt: Date, endsAt: Date): string {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(startsAt);
  const clock = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
  return `${day} ${language === 'en' ? 'at' : 'kl.'} ${clock.format(startsAt)}–${clock.format(endsAt)}`;
}
