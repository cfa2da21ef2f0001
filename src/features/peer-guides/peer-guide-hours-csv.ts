import { stringify } from 'csv-stringify/sync';
import type { PeerGuideHours } from '../../contracts/peer-guides.js';
import { fundingSources, type FundingSource } from '../../domain/peer-guide-booking.js';
import type { Language } from '../../platform/i18n/server-messages.js';

const words = {
  da: { guide: 'Borgerguide', bookings: 'Bookinger', total: 'I alt', all: 'Alle borgerguider', hours: 'timer', social: 'Socialområdet', jobcenter: 'Jobcenteret', project: 'Projekt', other: 'Andet' },
  en: { guide: 'Peer guide', bookings: 'Bookings', total: 'Total', all: 'All peer guides', hours: 'hours', social: 'Social area', jobcenter: 'Job centre', project: 'Project', other: 'Other' },
} satisfies Record<Language, Record<'guide' | 'bookings' | 'total' | 'all' | 'hours' | FundingSource, string>>;

/** Minutes as hours with two decimals, as Danish Excel reads a number (a decimal comma in Danish, a point in English). */
export const hoursText = (minutes: number, language: Language) => {
  const hours = (minutes / 60).toFixed(2);
  return language === 'da' ? hours.replace('.', ',') : hours;
};

/**
 * The hours report as one table: a row per guide with their hours per funding source and in all, then the totals.
 * Semicolons and a byte order mark, so Danish Excel opens it as UTF-8 in columns (like the finance CSV).
 */
export function peerGuideHoursCsv(report: PeerGuideHours, language: Language): Buffer {
  const w = words[language];
  const rows: (string | number)[][] = [[w.guide, w.bookings, ...fundingSources.map((s) => `${w[s]} (${w.hours})`), `${w.total} (${w.hours})`]];
  for (const g of report.guides) rows.push([g.name, g.bookings, ...fundingSources.map((s) => hoursText(g.minutes[s], language)), hoursText(g.total, language)]);
  const bookings = report.guides.reduce((sum, g) => sum + g.bookings, 0);
  rows.push([w.all, bookings, ...fundingSources.map((s) => hoursText(report.totals[s], language)), hoursText(report.total, language)]);
  return Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

export const hoursFileName = (report: PeerGuideHours, language: Language) => `${language === 'da' ? 'borgerguide-timer' : 'peer-guide-hours'}-${report.from}-${report.to}.csv`;
