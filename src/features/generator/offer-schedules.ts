import { deterministicUuidV7 } from './deterministic-id.js';
import type { OfferIdea } from './offer-ideas.js';
import type { Prng } from './prng.js';
import { weightedChoice } from './weighted-choice.js';

/**
 * When a synthetic offer is open (offer_schedule, RFC 5545 as HSDS has it, local Danish times): weekly days with
 * opening times for most, a monthly day for some, around the clock for housing and shelters, in words for what goes
 * by appointment.
 */
export interface GeneratedSchedule {
  scheduleId: string;
  freq: 'WEEKLY' | 'MONTHLY' | 'DAILY' | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
}

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;

const weekly = weightedChoice<string>([['MO', 3], ['TU', 3], ['WE', 3], ['TH', 3], ['FR', 2], ['SA', 1], ['SU', 1], ['MO,WE', 2], ['TU,TH', 2], ['MO,TU,WE,TH,FR', 3], ['WE,FR', 1]]);
const monthly = ['1MO', '1TU', '2WE', '3TH', '-1FR', '2TU'];
const opening = ['09:00', '09:30', '10:00', '13:00', '14:00', '16:00', '17:00', '19:00'];
const closing = (opens: string, minutes: number) => {
  const total = Number(opens.slice(0, 2)) * 60 + Number(opens.slice(3)) + minutes;
  return `${String(Math.min(23, Math.floor(total / 60))).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** 1-2 schedules: weekly days with opening times, some monthly, some only in words. */
export function schedulesOf(idea: OfferIdea, at: number, prng: Prng): GeneratedSchedule[] {
  const id = () => deterministicUuidV7(at, prng);
  const words_ = (description: string): GeneratedSchedule => ({ scheduleId: id(), freq: null, byday: null, opensAt: null, closesAt: null, description });
  const slot = (freq: 'WEEKLY' | 'MONTHLY', byday: string, description: string | null = null): GeneratedSchedule => {
    const opensAt = pick(opening, prng);
    return { scheduleId: id(), freq, byday, opensAt, closesAt: closing(opensAt, pick([60, 90, 120, 150, 180], prng)), description };
  };
  switch (idea.schedule) {
    case 'around-the-clock':
      return [{ scheduleId: id(), freq: 'DAILY', byday: null, opensAt: null, closesAt: null, description: 'Døgnbemandet hele året.' }];
    case 'appointment':
      return prng.chance(0.7) ? [words_(pick(['Efter aftale på hverdage mellem kl. 8 og 16.', 'Efter aftale med din kontaktperson.', 'Efter aftale — også om aftenen.'], prng))] : [words_('Efter aftale.'), slot('WEEKLY', weekly.pick(prng))];
    case 'office-hours': {
      const office: GeneratedSchedule = { scheduleId: id(), freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opensAt: prng.chance(0.5) ? '08:00' : '09:00', closesAt: prng.chance(0.5) ? '15:00' : '15:30', description: null };
      return prng.chance(0.4) ? [office, { scheduleId: id(), freq: 'WEEKLY', byday: 'TH', opensAt: '15:00', closesAt: '18:00', description: 'Åben rådgivning uden aftale.' }] : [office];
    }
    case 'weekly': {
      const r = prng.next();
      const first = r < 0.8 ? slot('WEEKLY', weekly.pick(prng)) : r < 0.94 ? slot('MONTHLY', pick(monthly, prng)) : words_('Datoerne står på foreningens hjemmeside.');
      return prng.chance(0.35) ? [first, slot('WEEKLY', weekly.pick(prng))] : [first];
    }
  }
}
