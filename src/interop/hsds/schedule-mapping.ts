import { copenhagenOffsetMinutes, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { dateCodec, integerCodec, joinFields, splitFields, textCodec, timeCodec, type FieldCodec, type HsdsObject } from './field-codec.js';
import { idCodec } from './hsds-ids.js';

/**
 * HSDS schedule ↔ the `offer_schedule` row. Mestring keeps opening times as Danish wall-clock time
 * (Europe/Copenhagen). HSDS 3.0 can only say a UTC offset (`timezone`, a number of hours), so a schedule without
 * one that has opening times is exported with the offset Denmark has on its first day (dtstart, else valid_from,
 * else the day of the export): 1 in winter, 2 in summer. A `timezone` that came is kept as it came.
 */
export const scheduleCodecs: readonly FieldCodec[] = [
  idCodec('id', 'schedule_id'),
  dateCodec('valid_from'),
  dateCodec('valid_to'),
  dateCodec('dtstart'),
  dateCodec('until'),
  integerCodec('count', 'count', 1, 2_147_483_647),
  textCodec('freq', 'freq', 20),
  integerCodec('interval', 'interval', 1, 2_147_483_647),
  textCodec('byday', 'byday', 200),
  textCodec('bymonthday', 'bymonthday', 200),
  timeCodec('opens_at'),
  timeCodec('closes_at'),
  textCodec('description'),
];

export interface ScheduleColumns {
  schedule_id: string;
  valid_from: string | null;
  valid_to: string | null;
  dtstart: string | null;
  until: string | null;
  count: number | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
  hsds_extra: HsdsObject;
}

const columnNames = ['valid_from', 'valid_to', 'dtstart', 'until', 'count', 'freq', 'interval', 'byday', 'bymonthday', 'opens_at', 'closes_at', 'description'] as const;

export function scheduleColumns(object: HsdsObject): ScheduleColumns {
  const { columns, extra } = splitFields(object, scheduleCodecs, []);
  const row = { schedule_id: columns.schedule_id as string, hsds_extra: extra } as ScheduleColumns;
  for (const name of columnNames) (row as unknown as Record<string, unknown>)[name] = columns[name] ?? null;
  return row;
}

/** Denmark's UTC offset in whole hours on the schedule's first day. */
export function copenhagenOffsetHours(row: Pick<ScheduleColumns, 'dtstart' | 'valid_from'>, now: Date): number {
  const day = row.dtstart ?? row.valid_from;
  const at = day ? new Date(startOfCopenhagenDay(day).getTime() + 12 * 3_600_000) : now;
  return copenhagenOffsetMinutes(at) / 60;
}

const hsdsFrequencies = ['WEEKLY', 'MONTHLY'];
const everyDay = 'MO,TU,WE,TH,FR,SA,SU';

/**
 * HSDS 3.0 knows only WEEKLY and MONTHLY recurrences; Mestring keeps any RFC 5545 FREQ. A daily rule is the weekly
 * rule on every day (or on the days its BYDAY names); any other rule HSDS cannot say is given in words in `notes`
 * (RFC 5545 RRULE syntax), so the schedule stays valid HSDS and nothing is claimed that is not so.
 */
function hsdsRecurrence(out: HsdsObject): void {
  const freq = out.freq;
  if (typeof freq !== 'string' || hsdsFrequencies.includes(freq)) return;
  if (freq === 'DAILY' && (out.interval === undefined || out.interval === 1)) {
    out.freq = 'WEEKLY';
    if (out.byday === undefined) out.byday = everyDay;
    return;
  }
  const rule = ['freq', 'interval', 'byday', 'bymonthday', 'count', 'until']
    .filter((key) => out[key] !== undefined)
    .map((key) => `${key.toUpperCase()}=${key === 'until' ? String(out[key]).replaceAll('-', '') : String(out[key])}`)
    .join(';');
  for (const key of ['freq', 'interval', 'byday', 'bymonthday', 'count', 'until']) delete out[key];
  if (out.notes === undefined) out.notes = `RRULE:${rule}`;
}

/** The schedule's HSDS fields; the links to service, location and service_at_location only when it came with them. */
export function scheduleFields(row: ScheduleColumns & { offer_id: string | null; location_id: string | null; offer_location_id: string | null }, now: Date): HsdsObject {
  const out = joinFields(row as unknown as Record<string, unknown>, row.hsds_extra, scheduleCodecs, []);
  if (Object.hasOwn(row.hsds_extra, 'service_id')) out.service_id = row.offer_id ?? row.hsds_extra.service_id;
  if (Object.hasOwn(row.hsds_extra, 'location_id')) out.location_id = row.location_id ?? row.hsds_extra.location_id;
  if (Object.hasOwn(row.hsds_extra, 'service_at_location_id')) out.service_at_location_id = row.offer_location_id ?? row.hsds_extra.service_at_location_id;
  if (!Object.hasOwn(out, 'timezone') && (row.opens_at !== null || row.closes_at !== null)) out.timezone = copenhagenOffsetHours(row, now);
  hsdsRecurrence(out);
  return out;
}
