import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/charts/bar-chart.js';
import { figureText, longDate, monthName, type FocusAreaContent, type KeyFigure, type StatusReport } from './report-format.js';

const statuses = ['not-started', 'in-progress', 'done', 'ongoing', 'stopped'] as const;

/** A table in a region that scrolls sideways on a narrow screen and can be reached and scrolled by keyboard. */
function ScrollTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div className="status-report-table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The whole strategy at a glance: the status in words, and the activities per status as a chart. */
export function OverallSection({ report }: { report: StatusReport }) {
  const { t } = useTranslation('status-reports');
  const r = report.content.rollUp;
  return (
    <section aria-labelledby="overall-heading">
      <h2 id="overall-heading">{t('report.overall')}</h2>
      {r.total === 0 ? (
        <p>{t('report.overallNone')}</p>
      ) : (
        <>
          <p>{t('report.overallLine', { status: t(`status.${r.status}`), implemented: r.counts.done + r.counts.ongoing, judged: r.total - r.counts.stopped })}</p>
          <BarChart
            title={t('report.statusChart')}
            summary={t('report.statusChartSummary')}
            points={statuses.map((s) => ({ key: s, axisLabel: t(`status.${s}`), value: r.counts[s], label: String(r.counts[s]), spoken: `${t(`status.${s}`)}: ${r.counts[s]}` }))}
          />
        </>
      )}
    </section>
  );
}

function FocusArea({ area, year, level }: { area: FocusAreaContent; year: number; level: 3 | 4 }) {
  const { t, i18n } = useTranslation('status-reports');
  const Heading = level === 3 ? 'h3' : 'h4';
  const selection = area.selected
    ? area.selection
      ? t('report.selected', { body: area.selection.body, year, date: longDate(area.selection.decidedOn, i18n.language), agenda: area.selection.agendaReference })
      : t('report.selectedNoDecision', { year })
    : t('report.notSelected', { year });
  return (
    <section className="status-report-area">
      <Heading>{`${area.number}. ${area.name}`}</Heading>
      <p>
        <strong>{t('report.areaStatus', { status: t(`status.${area.rollUp.status}`) })}</strong> {selection}
        {area.workingGroup && ` ${t('report.workingGroup', { name: area.workingGroup })}`}
      </p>
      {area.goal && (
        <p className="readable">
          <strong>{t('report.goal')}</strong> {area.goal}
        </p>
      )}
      {area.activities.length === 0 ? (
        <p>{t('report.noActivities')}</p>
      ) : (
        <ScrollTable caption={t('report.activities', { name: area.name })}>
          <thead>
            <tr>
              <th scope="col">{t('report.activity')}</th>
              <th scope="col">{t('report.status')}</th>
              <th scope="col">{t('report.owner')}</th>
              <th scope="col">{t('report.notes', { year })}</th>
            </tr>
          </thead>
          <tbody>
            {area.activities.map((activity) => (
              <tr key={activity.id}>
                <th scope="row">{activity.title}</th>
                <td>{t(`status.${activity.status}`)}</td>
                <td>{[activity.owner.workingGroup, activity.owner.unit, activity.owner.responsible].filter(Boolean).join(', ') || '–'}</td>
                <td>
                  {activity.notes.length === 0 ? (
                    t('report.noNotes', { year })
                  ) : (
                    <ul className="status-report-notes">
                      {activity.notes.map((note, index) => (
                        <li key={index}>
                          <strong>{longDate(note.notedOn, i18n.language)}:</strong> {note.body}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

/** The focus areas by track, each with its status in words (never colour alone), the selection and the activities. */
export function FocusAreasSection({ report }: { report: StatusReport }) {
  const { t } = useTranslation('status-reports');
  const { tracks, year } = report.content;
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('report.focusAreas')}</h2>
      {tracks.map((track, index) => (
        <div key={track.name ?? `no-track-${index}`}>
          {track.name && <h3>{track.name}</h3>}
          {track.focusAreas.map((area) => (
            <FocusArea key={area.id} area={area} year={year} level={track.name ? 4 : 3} />
          ))}
        </div>
      ))}
    </section>
  );
}

function Figure({ figure, year }: { figure: KeyFigure; year: number }) {
  const { t, i18n } = useTranslation('status-reports');
  const title = t('report.byMonth', { name: figure.name, year });
  const written = (p: KeyFigure['points'][number]) => (p.suppressed ? t('report.suppressed') : figureText(figure.measure, p.value, i18n.language));
  return (
    <section className="status-report-figure">
      <h3>{figure.name}</h3>
      <BarChart
        title={title}
        summary={t('report.chartSummary')}
        {...(figure.measure === 'share' && { max: 1 })}
        points={figure.points.map((p) => ({ key: p.period, axisLabel: monthName(p.period, i18n.language, 'short'), value: p.value, label: figureText(figure.measure, p.value, i18n.language), spoken: `${monthName(p.period, i18n.language)}: ${written(p)}` }))}
      />
      <ScrollTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{t('report.month')}</th>
            <th scope="col" className="status-report-number">
              {t('report.figure')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figure.points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{monthName(p.period, i18n.language)}</th>
              <td className="status-report-number">{written(p)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

/** Each indicator the activities quote, by month: a chart and the table behind it. */
export function KeyFiguresSection({ report }: { report: StatusReport }) {
  const { t } = useTranslation('status-reports');
  const { keyFigures, year } = report.content;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('report.keyFigures', { year })}</h2>
      {keyFigures.length === 0 ? <p>{t('report.keyFiguresNone')}</p> : keyFigures.map((figure) => <Figure key={figure.key} figure={figure} year={year} />)}
      {keyFigures.length > 0 && <p className="small-text">{t('report.suppressedNote')}</p>}
    </section>
  );
}

/** For the plan for socially vulnerable adults: distinct citizens per offer type over five years. */
export function TargetGroupsSection({ report }: { report: StatusReport }) {
  const { t } = useTranslation('status-reports');
  const groups = report.content.targetGroups;
  if (!groups) return null;
  const years = Array.from({ length: groups.toYear - groups.fromYear + 1 }, (_, i) => String(groups.fromYear + i));
  const count = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
  const heading = t('report.targetGroups', { from: groups.fromYear, to: groups.toYear });
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{heading}</h2>
      <p>{t('report.targetGroupsText')}</p>
      {groups.empty ? (
        <p>{t('report.targetGroupsEmpty')}</p>
      ) : (
        <>
          <BarChart title={t('report.targetGroupsChart')} summary={t('report.targetGroupsChartSummary')} points={years.map((y) => ({ key: y, axisLabel: y, value: groups.totals[y] ?? null, label: count(groups.totals[y]), spoken: `${y}: ${count(groups.totals[y])}` }))} />
          <ScrollTable caption={heading}>
            <thead>
              <tr>
                <th scope="col">{t('report.group')}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="status-report-number">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {years.map((y) => (
                    <td key={y} className="status-report-number">
                      {count(row.years[y])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('report.total')}</th>
                {years.map((y) => (
                  <td key={y} className="status-report-number">
                    {count(groups.totals[y])}
                  </td>
                ))}
              </tr>
            </tfoot>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
