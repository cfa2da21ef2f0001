import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hoursOfMinutes } from '../../../domain/volunteer-statistics.js';
import { FiguresTable, type FigureColumn } from './figures-table.js';
import { MonthlyChart, type MonthPoint } from './monthly-chart.js';
import { formatCount, formatDecimal, formatMonth, formatPermille, type VolunteerStatistics, type VolunteerStatisticsFigures } from './statistics-format.js';

type Figures = VolunteerStatisticsFigures;

/** The writers every section shares, in the reader's language. */
function useWriters() {
  const { t, i18n } = useTranslation('volunteer-statistics');
  const language = i18n.language;
  return {
    t,
    language,
    count: (value: number) => formatCount(value, language),
    share: (permille: number | null) => formatPermille(permille, language),
    hours: (minutes: number) => t('table.hours', { value: formatDecimal(hoursOfMinutes(minutes), language) }),
    median: (hours: number | null) => (hours === null ? '–' : t('table.hours', { value: formatDecimal(hours, language) })),
    average: (value: number | null) => formatDecimal(value, language, 2),
  };
}

/** A section: heading, what is counted, the chart, and the table behind it. */
function Section({ id, heading, explain, chart, children }: { id: string; heading: string; explain: string; chart: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="volunteer-section">
      <h2 id={id}>{heading}</h2>
      <p className="readable">{explain}</p>
      <figure className="volunteer-chart-figure">{chart}</figure>
      {children}
    </section>
  );
}

function points(data: VolunteerStatistics, value: (f: Figures) => number | null, label: (f: Figures) => string): MonthPoint[] {
  return data.months.map((m) => ({ month: m.month, value: value(m), label: label(m) }));
}

/** The period's headline figures, each a number and its words. */
export function KeyFigures({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const f = data.total;
  const figures: [string, string][] = [
    [w.count(f.requests), w.t('keyFigures.requests')],
    [w.share(f.matchedPermille), w.t('keyFigures.matched')],
    [formatDecimal(f.medianHoursToMatch, w.language), w.t('keyFigures.medianHours')],
    [w.average(f.citizenSatisfaction.average), w.t('keyFigures.satisfaction')],
    [w.count(f.activeVolunteers), w.t('keyFigures.active')],
    [formatDecimal(hoursOfMinutes(f.volunteerMinutes), w.language), w.t('keyFigures.hours')],
  ];
  return (
    <section aria-labelledby="volunteer-key-figures" className="volunteer-section">
      <h2 id="volunteer-key-figures">{w.t('keyFigures.heading')}</h2>
      <ul className="volunteer-key-figures">
        {figures.map(([value, words]) => (
          <li key={words}>
            <span className="volunteer-key-figure-value">{value}</span> {words}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RequestsSection({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const columns: FigureColumn[] = [
    { header: w.t('requests.requests'), cell: (f) => w.count(f.requests) },
    { header: w.t('requests.matched'), cell: (f) => w.count(f.matched) },
    { header: w.t('requests.share'), cell: (f) => w.share(f.matchedPermille) },
    { header: w.t('requests.medianHours'), cell: (f) => w.median(f.medianHoursToMatch) },
  ];
  return (
    <Section id="volunteer-requests" heading={w.t('requests.heading')} explain={w.t('requests.explain')} chart={<MonthlyChart title={w.t('requests.chartTitle')} points={points(data, (f) => f.requests, (f) => w.count(f.requests))} />}>
      <FiguresTable caption={w.t('requests.tableCaption')} columns={columns} data={data} />
    </Section>
  );
}

export function OutcomesSection({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const columns: FigureColumn[] = [
    { header: w.t('outcomes.done'), cell: (f) => w.count(f.done) },
    { header: w.t('outcomes.cancelled'), cell: (f) => w.count(f.cancelled.total) },
    { header: w.t('outcomes.citizen'), cell: (f) => w.count(f.cancelled.citizen) },
    { header: w.t('outcomes.volunteer'), cell: (f) => w.count(f.cancelled.volunteer) },
    { header: w.t('outcomes.coordinator'), cell: (f) => w.count(f.cancelled.coordinator) },
    { header: w.t('outcomes.unrecorded'), cell: (f) => w.count(f.cancelled.unrecorded) },
    { header: w.t('outcomes.missed'), cell: (f) => w.count(f.missed) },
  ];
  return (
    <Section id="volunteer-outcomes" heading={w.t('outcomes.heading')} explain={w.t('outcomes.explain')} chart={<MonthlyChart title={w.t('outcomes.chartTitle')} points={points(data, (f) => f.cancelled.total, (f) => w.count(f.cancelled.total))} />}>
      <FiguresTable caption={w.t('outcomes.tableCaption')} columns={columns} data={data} />
    </Section>
  );
}

export function SatisfactionSection({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const columns: FigureColumn[] = [
    { header: w.t('satisfaction.citizenAverage'), cell: (f) => w.average(f.citizenSatisfaction.average) },
    { header: w.t('satisfaction.citizenHappy'), cell: (f) => w.share(f.citizenSatisfaction.happyPermille) },
    { header: w.t('satisfaction.citizenN'), cell: (f) => w.count(f.citizenSatisfaction.n) },
    { header: w.t('satisfaction.volunteerAverage'), cell: (f) => w.average(f.volunteerSatisfaction.average) },
    { header: w.t('satisfaction.volunteerHappy'), cell: (f) => w.share(f.volunteerSatisfaction.happyPermille) },
    { header: w.t('satisfaction.volunteerN'), cell: (f) => w.count(f.volunteerSatisfaction.n) },
  ];
  const chartPoints = points(data, (f) => f.citizenSatisfaction.average, (f) => w.average(f.citizenSatisfaction.average));
  return (
    <Section id="volunteer-satisfaction" heading={w.t('satisfaction.heading')} explain={w.t('satisfaction.explain')} chart={<MonthlyChart title={w.t('satisfaction.chartTitle')} points={chartPoints} max={3} />}>
      <FiguresTable caption={w.t('satisfaction.tableCaption')} columns={columns} data={data} />
    </Section>
  );
}

export function VolunteersSection({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const columns: FigureColumn[] = [
    // The period's active volunteers are distinct people, not a sum of the months: the total row says so.
    { header: w.t('volunteers.active'), cell: (f) => (f === data.total ? `${w.count(f.activeVolunteers)} ${w.t('volunteers.totalActive')}` : w.count(f.activeVolunteers)) },
    { header: w.t('volunteers.stopped'), cell: (f) => w.count(f.stoppedVolunteers) },
  ];
  const withReasons = data.months.filter((m) => m.stopReasons !== null && m.stopReasons.length > 0);
  const reasonsShown = data.months.some((m) => m.stopReasons !== null);
  return (
    <Section id="volunteer-volunteers" heading={w.t('volunteers.heading')} explain={w.t('volunteers.explain')} chart={<MonthlyChart title={w.t('volunteers.chartTitle')} points={points(data, (f) => f.activeVolunteers, (f) => w.count(f.activeVolunteers))} />}>
      <FiguresTable caption={w.t('volunteers.tableCaption')} columns={columns} data={data} />
      <h3>{w.t('volunteers.reasonsHeading')}</h3>
      {!reasonsShown ? (
        <p>{w.t('volunteers.reasonsHidden')}</p>
      ) : withReasons.length === 0 ? (
        <p>{w.t('volunteers.noReasons')}</p>
      ) : (
        <dl className="volunteer-reasons">
          {withReasons.map((m) => (
            <div key={m.month}>
              <dt>{w.t('volunteers.reasonsMonth', { month: formatMonth(m.month, w.language) })}</dt>
              {m.stopReasons!.map((reason, index) => (
                <dd key={index}>{reason}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

export function HoursSection({ data }: { data: VolunteerStatistics }) {
  const w = useWriters();
  const columns: FigureColumn[] = [
    { header: w.t('hours.volunteer'), cell: (f) => w.hours(f.volunteerMinutes) },
    { header: w.t('hours.peerGuide'), cell: (f) => w.hours(f.peerGuideMinutes) },
  ];
  const chartPoints = points(data, (f) => hoursOfMinutes(f.volunteerMinutes), (f) => formatDecimal(hoursOfMinutes(f.volunteerMinutes), w.language));
  return (
    <Section id="volunteer-hours" heading={w.t('hours.heading')} explain={w.t('hours.explain')} chart={<MonthlyChart title={w.t('hours.chartTitle')} points={chartPoints} />}>
      <FiguresTable caption={w.t('hours.tableCaption')} columns={columns} data={data} />
    </Section>
  );
}
