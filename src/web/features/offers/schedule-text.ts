import type { TFunction } from 'i18next';
import type { OfferDetail } from '../../../contracts/offers.js';

type Schedule = OfferDetail['schedules'][number];
const dayOrder = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "mandag og onsdag", "mandage, onsdage og fredage": a list the way people say it. */
function spokenList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** 'HH:MM' as Danes write it ('16.00') or as English does ('16:00'). */
function clock(time: string, language: string): string {
  return language === 'da' ? time.replace(':', '.') : time;
}

/**
 * A schedule in words: "Mandage og onsdage kl. 16.00–18.00", "Første torsdag i måneden kl. 19.00–21.00".
 * RFC 5545 parts the sentence cannot say (by week number, by year day) fall back to the schedule's own description.
 */
export function scheduleText(schedule: Schedule, t: TFunction, language: string): string {
  const time = schedule.opensAt ? (schedule.closesAt ? t('schedule.at', { from: clock(schedule.opensAt, language), to: clock(schedule.closesAt, language) }) : t('schedule.from', { from: clock(schedule.opensAt, language) })) : '';
  const days = (schedule.byday ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => /^([+-]?\d)?([A-Z]{2})$/.exec(d))
    .filter((m): m is RegExpExecArray => m !== null && dayOrder.includes(m[2]!))
    .sort((a, b) => dayOrder.indexOf(a[2]!) - dayOrder.indexOf(b[2]!));
  let when: string | null = null;
  if (schedule.freq === 'DAILY' && days.length === 0) when = t('schedule.daily');
  else if ((schedule.freq === 'WEEKLY' || schedule.freq === 'DAILY') && days.length > 0) {
    const names = days.map((m) => t(`schedule.daysPlural.${m[2]}`));
    const text = spokenList(names, t('schedule.and'));
    when = (schedule.interval ?? 1) > 1 ? `${t('schedule.everyOtherWeek', { interval: schedule.interval })}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  } else if (schedule.freq === 'MONTHLY' && days.length > 0 && days.every((m) => m[1])) {
    when = spokenList(days.map((m) => t('schedule.monthlyOn', { ordinal: t(`schedule.ordinal.${Number(m[1])}`), day: t(`schedule.days.${m[2]}`) })), t('schedule.and'));
  } else if (schedule.freq === 'WEEKLY') when = t('schedule.weekly');
  else if (schedule.freq === 'MONTHLY' && !schedule.byday) when = t('schedule.monthly');
  if (when === null) return schedule.description ?? '';
  const sentence = [when, time].filter(Boolean).join(' ');
  return schedule.description ? `${sentence}. ${schedule.description}` : sentence;
}
