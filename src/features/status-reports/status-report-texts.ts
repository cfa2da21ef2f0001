import type { StatusReport } from '../../contracts/status-reports.js';
import type { RolledUpStatus } from '../../domain/strategy-status.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import { figureText } from './status-report-rules.js';

/**
 * The words of a status report as a file (PDF) and as a printable page, Danish first. The web page has its own copy
 * in the web app's translations (src/web/features/status-reports/i18n).
 */
const texts = {
  da: {
    draft: 'Kladde — ikke offentliggjort',
    published: 'Offentliggjort {date} af {by}',
    superseded: 'Erstattet af en nyere version. Offentliggjort {date} af {by}',
    version: 'Version {version}',
    period: 'Periode: {from}–{to}',
    computed: 'Tallene er opgjort {date}.',
    summary: 'Resumé',
    noSummary: 'Der er ikke skrevet et resumé.',
    overall: 'Status samlet',
    overallLine: '{status}. {implemented} af {judged} aktiviteter er gennemført eller i drift.',
    overallNone: 'Ingen aktiviteter.',
    statusChart: 'Aktiviteter pr. status',
    focusAreas: 'Indsatsområder',
    selected: 'Valgt af {body} for {year} ({date}, {agenda}).',
    selectedNoDecision: 'Valgt for {year}.',
    notSelected: 'Ikke valgt af udvalget for {year}.',
    workingGroup: 'Arbejdsgruppe: {name}.',
    goal: 'Mål: {goal}',
    status: 'Status: {status}',
    activity: 'Aktivitet',
    activityStatus: 'Status',
    owner: 'Ansvarlig',
    notes: 'Noter i {year}',
    noNotes: 'Ingen noter i {year}.',
    noActivities: 'Indsatsområdet har ingen aktiviteter.',
    keyFigures: 'Nøgletal for {year}',
    keyFiguresNone: 'Aktiviteterne henviser ikke til nogen indikatorer med tal.',
    byMonth: '{name} pr. måned i {year}',
    month: 'Måned',
    figure: 'Tal',
    suppressed: 'skjult (under 5)',
    suppressedNote: '«–» betyder, at tallet er skjult, fordi det er under 5 borgere, eller at der ikke er noget tal.',
    targetGroups: 'Målgrupper {from}–{to}',
    targetGroupsText: 'Antal forskellige borgere pr. tilbudstype og paragraf pr. år.',
    targetGroupsEmpty: 'Der er ingen borgere i tilbud i perioden.',
    targetGroupsChart: 'Borgere i alt pr. år',
    group: 'Tilbud',
    total: 'I alt',
    noOne: 'ingen',
    print: 'Udskriv',
    page: 'Side {n}',
  },
  en: {
    draft: 'Draft — not published',
    published: 'Published {date} by {by}',
    superseded: 'Replaced by a newer version. Published {date} by {by}',
    version: 'Version {version}',
    period: 'Period: {from}–{to}',
    computed: 'The figures were computed {date}.',
    summary: 'Summary',
    noSummary: 'No summary has been written.',
    overall: 'Overall status',
    overallLine: '{status}. {implemented} of {judged} activities are done or in operation.',
    overallNone: 'No activities.',
    statusChart: 'Activities by status',
    focusAreas: 'Focus areas',
    selected: 'Selected by {body} for {year} ({date}, {agenda}).',
    selectedNoDecision: 'Selected for {year}.',
    notSelected: 'Not selected by the committee for {year}.',
    workingGroup: 'Working group: {name}.',
    goal: 'Goal: {goal}',
    status: 'Status: {status}',
    activity: 'Activity',
    activityStatus: 'Status',
    owner: 'Responsible',
    notes: 'Notes in {year}',
    noNotes: 'No notes in {year}.',
    noActivities: 'The focus area has no activities.',
    keyFigures: 'Key figures for {year}',
    keyFiguresNone: 'The activities do not refer to any indicators with figures.',
    byMonth: '{name} by month in {year}',
    month: 'Month',
    figure: 'Figure',
    suppressed: 'hidden (under 5)',
    suppressedNote: '“–” means the figure is hidden because it is under 5 citizens, or that there is no figure.',
    targetGroups: 'Target groups {from}–{to}',
    targetGroupsText: 'Distinct citizens per offer type and legal basis per year.',
    targetGroupsEmpty: 'There are no citizens in offers in the period.',
    targetGroupsChart: 'Citizens in all per year',
    group: 'Offer',
    total: 'Total',
    noOne: 'none',
    print: 'Print',
    page: 'Page {n}',
  },
} satisfies Record<Language, Record<string, string>>;

export type ReportTextKey = keyof (typeof texts)['da'];

const statusNames: Record<Language, Record<RolledUpStatus, string>> = {
  da: { 'not-started': 'Ikke startet', 'in-progress': 'I gang', done: 'Gennemført', ongoing: 'I drift', stopped: 'Stoppet', 'no-activities': 'Ingen aktiviteter' },
  en: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', ongoing: 'In operation', stopped: 'Stopped', 'no-activities': 'No activities' },
};

const monthNames: Record<Language, string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export interface ReportWords {
  language: Language;
  t: (key: ReportTextKey, values?: Record<string, string | number>) => string;
  status: (status: RolledUpStatus) => string;
  /** 'YYYY-MM' as 'januar' (long) or 'jan' (short). */
  month: (period: string, short?: boolean) => string;
  date: (value: string) => string;
  figure: (measure: 'count' | 'share' | 'mean', value: number | null) => string;
  /** The line under the title: draft, published or superseded, with version. */
  stateLine: (report: StatusReport) => string;
}

export function reportWords(language: Language): ReportWords {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const t = (key: ReportTextKey, values: Record<string, string | number> = {}) => texts[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const date = (value: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value));
  return {
    language,
    t,
    status: (status) => statusNames[language][status],
    month: (period, short = false) => {
      const name = monthNames[language][Number(period.slice(5, 7)) - 1] ?? period;
      return short ? name.slice(0, 3) : name;
    },
    date,
    figure: (measure, value) => figureText(measure, value, language),
    stateLine: (report) => {
      const by = report.publishedBy ?? '–';
      const state = report.state === 'draft' ? t('draft') : t(report.state, { date: report.publishedAt ? date(report.publishedAt) : '–', by });
      return `${t('version', { version: report.version })}. ${state}.`;
    },
  };
}
