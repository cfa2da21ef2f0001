import { TIME_ZONE } from '../../domain/copenhagen-time.js';

/**
 * The VTIMEZONE of Europe/Copenhagen (RFC 5545 §3.6.5), written out here rather than fetched: the EU rule in force
 * since 1996, summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00. Every local
 * DTSTART and DTEND of a feed names it, so a calendar app places the events right in summer and winter.
 * DTSTART 1970 is the customary start of such a definition (as tzurl.org writes them); Mestring's data begins long
 * after 1996, so the years in between, when the rule differed, never matter.
 */
export const COPENHAGEN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
