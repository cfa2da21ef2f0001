import type { CommitteeStatus } from '../../../contracts/finance-cases.js';
import type { AgeBand } from '../../../domain/expensive-cases.js';
import type { Language } from '../../../platform/i18n/server-messages.js';

/**
 * The words of the committee status as a file (PDF, XLSX, CSV), Danish first: the same headings and figures as the
 * web page (src/web/features/finance/cases), which has its own copy in the web app's translations.
 */
const texts = {
  da: {
    title: 'Status på særligt dyre enkeltsager {year}',
    subtitle: 'Social- og Arbejdsmarkedsudvalget. Opgjort {asOf} ud fra de bevilgede ydelser. Ingen navne: sagerne er anonymiseret.',
    keyFigures: 'Nøgletal',
    cases: 'Sager over 1 mio. kr.',
    totalCost: 'Samlet udgift',
    refusion: 'Statsrefusion',
    netCost: 'Nettoudgift',
    changeSince: 'Ændring siden {year}',
    casesChange: 'Antal sager',
    trend: 'Udvikling',
    trendChart: 'Samlet udgift til sager over 1 mio. kr. pr. år (mio. kr.)',
    year: 'År',
    forecastMark: 'prognose',
    largestCases: 'De største sager (anonymiseret)',
    caseLabel: 'Sag',
    ageBand: 'Aldersgruppe',
    targetGroup: 'Målgruppe',
    cost: 'Udgift',
    net: 'Netto',
    forecast: 'Prognose for {year}',
    forecastText: 'Resten af året med de afgørelser, der gælder i dag.',
    costToDate: 'Udgift til og med {asOf}',
    remaining: 'Resten af året',
    wholeYear: 'Hele året',
    bands: 'Refusionsgrænser {year}: {bands}',
    notComplete: 'Året er ikke slut: tallene er årets afgørelser, som de ser ud i dag.',
    section: 'Afsnit',
    label: 'Betegnelse',
    summarySheet: 'Sammendrag',
    trendSheet: 'Udvikling',
    largestSheet: 'Største sager',
    kroner: 'kr.',
    none: '–',
    noCases: 'Ingen sager over 1 mio. kr. i {year}.',
    previousYear: 'Året før',
    change: 'Ændring',
    share: 'Ændring i procent',
    inYear: 'i {year}',
  },
  en: {
    title: 'Status on expensive individual cases {year}',
    subtitle: 'The Social and Labour Market Committee. Taken {asOf} from the granted services. No names: the cases are anonymised.',
    keyFigures: 'Key figures',
    cases: 'Cases above DKK 1 million',
    totalCost: 'Total cost',
    refusion: 'State refusion',
    netCost: 'Net cost',
    changeSince: 'Change since {year}',
    casesChange: 'Number of cases',
    trend: 'Trend',
    trendChart: 'Total cost of cases above DKK 1 million per year (DKK million)',
    year: 'Year',
    forecastMark: 'forecast',
    largestCases: 'The largest cases (anonymised)',
    caseLabel: 'Case',
    ageBand: 'Age band',
    targetGroup: 'Target group',
    cost: 'Cost',
    net: 'Net',
    forecast: 'Forecast for {year}',
    forecastText: 'The rest of the year at the decisions that apply today.',
    costToDate: 'Cost up to and including {asOf}',
    remaining: 'Rest of the year',
    wholeYear: 'Whole year',
    bands: 'Refusion bands {year}: {bands}',
    notComplete: 'The year is not over: the figures are the year’s decisions as they stand today.',
    section: 'Section',
    label: 'Label',
    summarySheet: 'Summary',
    trendSheet: 'Trend',
    largestSheet: 'Largest cases',
    kroner: 'DKK',
    none: '–',
    noCases: 'No cases above DKK 1 million in {year}.',
    previousYear: 'The year before',
    change: 'Change',
    share: 'Change in percent',
    inYear: 'in {year}',
  },
} satisfies Record<Language, Record<string, string>>;

export type CommitteeTextKey = keyof (typeof texts)['da'];

const targetGroups: Record<Language, Record<string, string>> = {
  da: {
    'substance-abuse': 'Rusmiddelproblemer',
    'mental-vulnerability': 'Psykisk sårbarhed og sygdom',
    'physical-disability': 'Fysisk funktionsnedsættelse',
    'intellectual-disability': 'Udviklingshæmning',
    'acquired-brain-injury': 'Erhvervet hjerneskade',
    autism: 'Autisme',
    adhd: 'ADHD',
    homelessness: 'Hjemløshed',
  },
  en: {
    'substance-abuse': 'Substance abuse',
    'mental-vulnerability': 'Mental vulnerability and illness',
    'physical-disability': 'Physical disability',
    'intellectual-disability': 'Intellectual disability',
    'acquired-brain-injury': 'Acquired brain injury',
    autism: 'Autism',
    adhd: 'ADHD',
    homelessness: 'Homelessness',
  },
};

const ageBandNames: Record<Language, Record<AgeBand, string>> = {
  da: { 'under-18': 'Under 18 år', '18-24': '18–24 år', '25-34': '25–34 år', '35-49': '35–49 år', '50-64': '50–64 år', '65-plus': '65 år og derover' },
  en: { 'under-18': 'Under 18', '18-24': '18–24', '25-34': '25–34', '35-49': '35–49', '50-64': '50–64', '65-plus': '65 and over' },
};

export interface CommitteeWords {
  language: Language;
  t(key: CommitteeTextKey, values?: Record<string, string | number>): string;
  targetGroup(key: string | null): string;
  ageBand(band: AgeBand): string;
  /** Whole kroner, as the committee reads them: "1.234.567 kr." */
  kroner(ore: number | null): string;
  /** Millions with one decimal: "267,6 mio. kr." */
  millions(ore: number | null): string;
  /** A tenths-of-a-percent change as "+12,3 %". */
  permille(value: number | null): string;
  signed(value: number): string;
  date(isoDate: string): string;
}

export function committeeWords(language: Language): CommitteeWords {
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const t = (key: CommitteeTextKey, values: Record<string, string | number> = {}) => texts[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return {
    language,
    t,
    targetGroup: (key) => (key === null ? texts[language].none : (targetGroups[language][key] ?? key)),
    ageBand: (band) => ageBandNames[language][band],
    kroner: (ore) => (ore === null ? texts[language].none : language === 'en' ? `DKK ${whole.format(Math.round(ore / 100))}` : `${whole.format(Math.round(ore / 100))} kr.`),
    millions: (ore) => (ore === null ? texts[language].none : language === 'en' ? `DKK ${oneDecimal.format(ore / 100_000_000)} million` : `${oneDecimal.format(ore / 100_000_000)} mio. kr.`),
    // A plain hyphen for minus: the PDF's standard font (WinAnsi) has no minus sign.
    permille: (value) => (value === null ? texts[language].none : `${value > 0 ? '+' : value < 0 ? '-' : ''}${oneDecimal.format(Math.abs(value) / 10)} %`),
    signed: (value) => `${value > 0 ? '+' : value < 0 ? '-' : ''}${whole.format(Math.abs(value))}`,
    date: (isoDate) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`)),
  };
}

/** The bands as one line: "0 % op til 940.000 kr., 25 % over 940.000 kr., …". */
export function bandsLine(status: CommitteeStatus, words: CommitteeWords): string {
  return status.bands.map((b) => `${b.ratePercent} % ${words.language === 'en' ? 'from' : 'fra'} ${words.kroner(b.lowerOre)}`).join(', ');
}

/** The file name of the status, e.g. "udvalgsstatus-dyre-sager-2025.pdf". */
export function committeeFileName(status: Pick<CommitteeStatus, 'year'>, extension: 'pdf' | 'xlsx' | 'csv', language: Language): string {
  return `${language === 'en' ? 'committee-status-expensive-cases' : 'udvalgsstatus-dyre-sager'}-${status.year}.${extension}`;
}
