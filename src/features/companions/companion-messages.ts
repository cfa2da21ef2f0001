import type { MatchReason } from '../../domain/companion-matching.js';
import type { CompanionStatus } from '../../domain/companion-state.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/**
 * The companion texts the server writes, Danish first: problems only the use cases can judge, where a request stands
 * in plain words (short sentences for the citizen), the reasons of a match, and the text messages and e-mails.
 */
const problems = {
  da: {
    'starts.past': 'Tidspunktet er gået. Vælg et tidspunkt, der ikke er gået endnu.',
    'ends.before_start': 'Turen skal slutte efter, den begynder.',
    'ends.too_long': 'En tur kan højst vare et døgn. Del den op i flere ture.',
    'citizen.overlap': 'Borgeren har allerede en tur med en frivillig på det tidspunkt: {activity} {when}. Vælg et andet tidspunkt, eller aflys den anden tur først.',
    'course.unknown': 'Kurset findes ikke på listen over kurser for frivillige.',
    'offer.unknown': 'Tilbuddet findes ikke i kataloget.',
    'event.unknown': 'Arrangementet findes ikke i kataloget.',
    'volunteer.unknown': 'Den frivillige findes ikke eller er ikke aktiv.',
    'volunteer.course_missing': '{name} har ikke kurset «{course}», som turen kræver. Vælg en anden frivillig.',
    'volunteer.course_expired': '{name}s kursus «{course}» gælder ikke længere på dagen. Vælg en anden frivillig.',
    'volunteer.record_check_missing': '{name} har ingen straffeattest, der gælder på dagen. Vælg en anden frivillig.',
    'volunteer.record_check_expired': '{name}s straffeattest er udløbet på dagen. Vælg en anden frivillig.',
    'volunteer.busy': '{name} skal allerede følge en anden borger på det tidspunkt. En frivillig kan ikke være to steder på én gang.',
    'volunteer.away': '{name} har meldt fravær på det tidspunkt.',
    'volunteer.not_available': '{name} kan ikke på det tidspunkt. Det ligger uden for {name}s faste tider.',
    'volunteer.too_far': 'Mødestedet ligger {km} km fra {name}, som højst vil {max} km.',
    'status.not_a_move': 'Det kan ikke lade sig gøre nu. Turen er {status}.',
    'status.not_yours': 'Det er ikke dig, der kan gøre det ved denne tur.',
    'status.too_early': 'Det kan først gøres, når turen er begyndt.',
    'status.too_late': 'Turen er allerede begyndt.',
    'look_back.not_yet': 'Det kan først gøres, når turen er begyndt, og kun hvis den ikke er aflyst.',
  },
  en: {
    'starts.past': 'The time has passed. Choose a time that has not passed yet.',
    'ends.before_start': 'The trip must end after it begins.',
    'ends.too_long': 'A trip can last at most 24 hours. Split it into several trips.',
    'citizen.overlap': 'The citizen already has a trip with a volunteer at that time: {activity} {when}. Choose another time, or cancel the other trip first.',
    'course.unknown': 'The course is not on the list of courses for volunteers.',
    'offer.unknown': 'The offer is not in the catalogue.',
    'event.unknown': 'The event is not in the catalogue.',
    'volunteer.unknown': 'The volunteer does not exist or is not active.',
    'volunteer.course_missing': '{name} does not have the course “{course}” the trip needs. Choose another volunteer.',
    'volunteer.course_expired': "{name}'s course “{course}” is no longer valid on the day. Choose another volunteer.",
    'volunteer.record_check_missing': '{name} has no criminal-record check valid on the day. Choose another volunteer.',
    'volunteer.record_check_expired': "{name}'s criminal-record check has expired by the day. Choose another volunteer.",
    'volunteer.busy': '{name} is already accompanying another citizen at that time. A volunteer cannot be in two places at once.',
    'volunteer.away': '{name} has said they are away at that time.',
    'volunteer.not_available': "{name} cannot go at that time. It is outside {name}'s usual hours.",
    'volunteer.too_far': 'The meeting place is {km} km from {name}, who goes at most {max} km.',
    'status.not_a_move': 'That is not possible now. The trip is {status}.',
    'status.not_yours': 'You cannot do that with this trip.',
    'status.too_early': 'That can only be done once the trip has begun.',
    'status.too_late': 'The trip has already begun.',
    'look_back.not_yet': 'That can only be done once the trip has begun, and only if it was not called off.',
  },
} satisfies Record<Language, Record<string, string>>;

export type CompanionProblemKey = keyof (typeof problems)['da'];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export function companionProblem(language: Language, key: CompanionProblemKey, values: Record<string, string> = {}): string {
  return fill(problems[language][key], values);
}

/** An error with one translated problem on one field. */
export function companionError(code: ErrorCode, language: Language, path: string, key: CompanionProblemKey, values: Record<string, string> = {}): AppError {
  return new AppError(code, undefined, [{ path, message: companionProblem(language, key, values) }]);
}

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** "lørdag den 12. december kl. 14.00" / "Saturday 12 December at 14:00", in Danish time. */
export function whenText(language: Language, at: Date): string {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales[language], { timeZone: 'Europe/Copenhagen', ...options }).formatToParts(at);
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = format({ weekday: 'long', day: 'numeric', month: 'long' });
  const time = format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const hhmm = `${part(time, 'hour')}${language === 'da' ? '.' : ':'}${part(time, 'minute')}`;
  return language === 'da'
    ? `${part(date, 'weekday')} den ${part(date, 'day')}. ${part(date, 'month')} kl. ${hhmm}`
    : `${part(date, 'weekday')} ${part(date, 'day')} ${part(date, 'month')} at ${hhmm}`;
}

/** "2,1" / "2.1". */
export function kmText(language: Language, km: number): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(km);
}

export function languageName(language: Language, code: string): string {
  try {
    return new Intl.DisplayNames([locales[language]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The statuses in a few words, for "the trip is …". */
const statusNames: Record<Language, Record<CompanionStatus, string>> = {
  da: { open: 'åben', assigned: 'sendt til en frivillig', accepted: 'aftalt', done: 'gennemført', cancelled: 'aflyst', missed: 'ikke blevet til noget' },
  en: { open: 'open', assigned: 'with a volunteer to answer', accepted: 'agreed', done: 'done', cancelled: 'cancelled', missed: 'missed' },
};

export function statusName(language: Language, status: CompanionStatus): string {
  return statusNames[language][status];
}

export function reasonText(language: Language, reason: MatchReason, citizenFirstName: string): string {
  const da = language === 'da';
  switch (reason.kind) {
    case 'continuity':
      return da ? `Har fulgt ${citizenFirstName} ${reason.count} ${reason.count === 1 ? 'gang' : 'gange'}` : `Has accompanied ${citizenFirstName} ${reason.count} ${reason.count === 1 ? 'time' : 'times'}`;
    case 'interest':
      return da ? `Kan lide ${reason.interest}` : `Likes ${reason.interest}`;
    case 'language':
      return da ? `Taler ${languageName(language, reason.language)}` : `Speaks ${languageName(language, reason.language)}`;
    case 'distance':
      return da ? `${kmText(language, reason.km)} km væk` : `${kmText(language, reason.km)} km away`;
  }
}

export interface TripNames {
  activity: string;
  when: string;
  place: string;
  /** The volunteer's first name, once there is one. */
  volunteer: string;
  citizen: string;
}

type StatusTexts = Record<CompanionStatus, string>;

/** Where the trip stands, said to the citizen: short sentences, everyday words. */
const citizenTexts: Record<Language, StatusTexts> = {
  da: {
    open: 'Du vil gerne have en frivillig med til {activity} {when}. Vi leder efter en frivillig til dig.',
    assigned: 'Du skal til {activity} {when}. Vi har spurgt {volunteer}. Vi venter på svar.',
    accepted: '{volunteer} kommer med dig til {activity} {when}. I mødes ved {place}.',
    done: '{volunteer} var med dig til {activity} {when}.',
    cancelled: 'Turen til {activity} {when} er aflyst.',
    missed: 'Turen til {activity} {when} blev ikke til noget.',
  },
  en: {
    open: 'You would like a volunteer to come with you to {activity} {when}. We are looking for a volunteer for you.',
    assigned: 'You are going to {activity} {when}. We have asked {volunteer}. We are waiting for an answer.',
    accepted: '{volunteer} is coming with you to {activity} {when}. You meet at {place}.',
    done: '{volunteer} went with you to {activity} {when}.',
    cancelled: 'The trip to {activity} {when} is cancelled.',
    missed: 'The trip to {activity} {when} did not happen.',
  },
};

/** The same, said about the citizen to staff and relatives. */
const otherTexts: Record<Language, StatusTexts> = {
  da: {
    open: '{citizen} vil gerne have en frivillig med til {activity} {when}. Der er ikke fundet en frivillig endnu.',
    assigned: '{volunteer} er spurgt om at følge {citizen} til {activity} {when} og har ikke svaret endnu.',
    accepted: '{volunteer} følger {citizen} til {activity} {when}. De mødes ved {place}.',
    done: '{volunteer} fulgte {citizen} til {activity} {when}.',
    cancelled: 'Turen til {activity} {when} er aflyst.',
    missed: 'Turen til {activity} {when} blev ikke til noget.',
  },
  en: {
    open: '{citizen} would like a volunteer to come along to {activity} {when}. No volunteer has been found yet.',
    assigned: '{volunteer} has been asked to accompany {citizen} to {activity} {when} and has not answered yet.',
    accepted: '{volunteer} accompanies {citizen} to {activity} {when}. They meet at {place}.',
    done: '{volunteer} accompanied {citizen} to {activity} {when}.',
    cancelled: 'The trip to {activity} {when} is cancelled.',
    missed: 'The trip to {activity} {when} did not happen.',
  },
};

export function statusText(language: Language, reader: 'citizen' | 'other', status: CompanionStatus, names: TripNames): string {
  return fill((reader === 'citizen' ? citizenTexts : otherTexts)[language][status], { ...names });
}

export type MessageEvent = 'assigned' | 'accepted' | 'reminder' | 'cancelled';

/** The text messages and e-mails, by event and recipient. */
const messageTexts: Record<Language, Record<`${MessageEvent}.${'volunteer' | 'citizen'}`, { subject: string; text: string }>> = {
  da: {
    'assigned.volunteer': { subject: 'Vil du med på en tur {when}?', text: 'Hej {volunteer}. Vil du følge {citizen} til {activity} {when}? I mødes ved {place}. Svar under «Mine ture» i Mestring.' },
    'assigned.citizen': { subject: '', text: '' },
    'accepted.volunteer': { subject: '', text: '' },
    'accepted.citizen': { subject: 'Du får følgeskab', text: '{volunteer} kommer med dig til {activity} {when}. I mødes ved {place}.' },
    'reminder.volunteer': { subject: 'Husk turen i morgen', text: 'Husk: Du følger {citizen} til {activity} {when}. I mødes ved {place}. Ring til {contact}, hvis der er noget.' },
    'reminder.citizen': { subject: 'Husk turen i morgen', text: 'Husk: {volunteer} kommer med dig til {activity} {when}. I mødes ved {place}.' },
    'cancelled.volunteer': { subject: 'Turen er aflyst', text: 'Turen med {citizen} til {activity} {when} er aflyst.' },
    'cancelled.citizen': { subject: 'Turen er aflyst', text: 'Turen til {activity} {when} er aflyst.' },
  },
  en: {
    'assigned.volunteer': { subject: 'Will you come along {when}?', text: 'Hello {volunteer}. Will you accompany {citizen} to {activity} {when}? You meet at {place}. Answer under “My trips” in Mestring.' },
    'assigned.citizen': { subject: '', text: '' },
    'accepted.volunteer': { subject: '', text: '' },
    'accepted.citizen': { subject: 'You have a companion', text: '{volunteer} is coming with you to {activity} {when}. You meet at {place}.' },
    'reminder.volunteer': { subject: 'Remember the trip tomorrow', text: 'Remember: you accompany {citizen} to {activity} {when}. You meet at {place}. Call {contact} if anything comes up.' },
    'reminder.citizen': { subject: 'Remember the trip tomorrow', text: 'Remember: {volunteer} is coming with you to {activity} {when}. You meet at {place}.' },
    'cancelled.volunteer': { subject: 'The trip is cancelled', text: 'The trip with {citizen} to {activity} {when} is cancelled.' },
    'cancelled.citizen': { subject: 'The trip is cancelled', text: 'The trip to {activity} {when} is cancelled.' },
  },
};

export function messageText(language: Language, event: MessageEvent, to: 'volunteer' | 'citizen', names: TripNames & { contact: string }): { subject: string; text: string } {
  const template = messageTexts[language][`${event}.${to}`];
  return { subject: fill(template.subject, { ...names }), text: fill(template.text, { ...names }) };
}

/** Every citizen text, for the readability test. */
export const citizenStatusTexts = citizenTexts;
