import { stringify } from 'csv-stringify/sync';
import type { VolunteerStatistics, VolunteerStatisticsFigures } from '../../contracts/volunteer-statistics.js';
import { hoursOfMinutes } from '../../domain/volunteer-statistics.js';
import type { Language } from '../../platform/i18n/server-messages.js';

/** The columns, Danish first; each names its unit so the sheet reads without the page. */
const columns = {
  da: {
    month: 'Måned',
    requests: 'Ønsker om følgeskab',
    matched: 'Fik en frivillig',
    matchedPercent: 'Andel med frivillig (%)',
    medianHours: 'Median tid til match (timer)',
    done: 'Gennemførte ture',
    cancelled: 'Aflyst i alt',
    byCitizen: 'Aflyst af borgerens side',
    byVolunteer: 'Aflyst af den frivillige',
    byCoordinator: 'Aflyst af koordinator',
    unrecorded: 'Aflyst, uden angivelse af hvem',
    missed: 'Udeblevet',
    citizenAverage: 'Borgernes smiley, gennemsnit (1-3)',
    citizenHappy: 'Borgere glade (%)',
    citizenN: 'Borgeres svar',
    volunteerAverage: 'Frivilliges smiley, gennemsnit (1-3)',
    volunteerHappy: 'Frivillige glade (%)',
    volunteerN: 'Frivilliges svar',
    active: 'Aktive frivillige',
    stopped: 'Frivillige, der stoppede',
    volunteerHours: 'Frivilligtimer',
    peerGuideHours: 'Borgerguidetimer',
    reasons: 'Grunde til at stoppe',
    total: 'Hele perioden',
    file: 'frivillige-i-tal',
  },
  en: {
    month: 'Month',
    requests: 'Companion requests',
    matched: 'Got a volunteer',
    matchedPercent: 'Share with a volunteer (%)',
    medianHours: 'Median time to match (hours)',
    done: 'Accompaniments done',
    cancelled: 'Cancelled in all',
    byCitizen: "Cancelled by the citizen's side",
    byVolunteer: 'Cancelled by the volunteer',
    byCoordinator: 'Cancelled by the coordinator',
    unrecorded: 'Cancelled, who not recorded',
    missed: 'No-shows',
    citizenAverage: "Citizens' smiley, average (1-3)",
    citizenHappy: 'Citizens happy (%)',
    citizenN: "Citizens' answers",
    volunteerAverage: "Volunteers' smiley, average (1-3)",
    volunteerHappy: 'Volunteers happy (%)',
    volunteerN: "Volunteers' answers",
    active: 'Active volunteers',
    stopped: 'Volunteers who stopped',
    volunteerHours: 'Volunteer hours',
    peerGuideHours: 'Peer-guide hours',
    reasons: 'Reasons for stopping',
    total: 'The whole period',
    file: 'volunteering-in-figures',
  },
} satisfies Record<Language, Record<string, string>>;

/** A decimal as Danish Excel reads it (a comma) or English (a point); nothing to divide by is an empty cell. */
const decimal = (value: number | null, language: Language) => (value === null ? '' : language === 'da' ? String(value).replace('.', ',') : String(value));
const percent = (permille: number | null, language: Language) => decimal(permille === null ? null : permille / 10, language);

function figureCells(f: VolunteerStatisticsFigures, language: Language): (string | number)[] {
  return [
    f.requests,
    f.matched,
    percent(f.matchedPermille, language),
    decimal(f.medianHoursToMatch, language),
    f.done,
    f.cancelled.total,
    f.cancelled.citizen,
    f.cancelled.volunteer,
    f.cancelled.coordinator,
    f.cancelled.unrecorded,
    f.missed,
    decimal(f.citizenSatisfaction.average, language),
    percent(f.citizenSatisfaction.happyPermille, language),
    f.citizenSatisfaction.n,
    decimal(f.volunteerSatisfaction.average, language),
    percent(f.volunteerSatisfaction.happyPermille, language),
    f.volunteerSatisfaction.n,
    f.activeVolunteers,
    f.stoppedVolunteers,
    decimal(hoursOfMinutes(f.volunteerMinutes), language),
    decimal(hoursOfMinutes(f.peerGuideMinutes), language),
  ];
}

/**
 * The figures as one table: a row per month and a last row for the period. Semicolons and a byte order mark, so Danish
 * Excel opens it as UTF-8 in columns, like the finance files. The stop reasons column is there only for a reader who
 * may read them (the coordinator).
 */
export function volunteerStatisticsCsv(statistics: VolunteerStatistics, language: Language): Buffer {
  const c = columns[language];
  const withReasons = statistics.months.some((m) => m.stopReasons !== null);
  const header = [c.month, c.requests, c.matched, c.matchedPercent, c.medianHours, c.done, c.cancelled, c.byCitizen, c.byVolunteer, c.byCoordinator, c.unrecorded, c.missed];
  header.push(c.citizenAverage, c.citizenHappy, c.citizenN, c.volunteerAverage, c.volunteerHappy, c.volunteerN, c.active, c.stopped, c.volunteerHours, c.peerGuideHours);
  if (withReasons) header.push(c.reasons);
  const rows: (string | number)[][] = [header];
  for (const month of statistics.months) rows.push([month.month, ...figureCells(month, language), ...(withReasons ? [(month.stopReasons ?? []).join(' | ')] : [])]);
  rows.push([`${c.total} ${statistics.from} – ${statistics.to}`, ...figureCells(statistics.total, language), ...(withReasons ? [''] : [])]);
  return Buffer.from(stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** "frivillige-i-tal-2026-01-2026-12.csv". */
export function volunteerStatisticsFileName(statistics: VolunteerStatistics, language: Language): string {
  return `${columns[language].file}-${statistics.from}-${statistics.to}.csv`;
}
