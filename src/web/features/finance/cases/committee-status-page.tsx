import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import type { CommitteeStatus } from './cases-api.js';
import { currentYear, longDate, millions, signed, signedPercent, useReportYear, wholeKroner } from './cases-format.js';
import { TrendChart } from './trend-chart.js';
import { YearChoice } from './year-choice.js';

/** A figure in millions with the exact kroner under it; "–" when unknown (a year without refusion bands). */
function Amount({ ore }: { ore: number | null }) {
  const { t, i18n } = useTranslation('finance');
  if (ore === null) return <>{t('committee.unknown')}</>;
  return (
    <>
      <span className="key-figure-value">{t('committee.millions', { amount: millions(ore, i18n.language) })}</span>
      <span className="key-figure-exact">{wholeKroner(ore, i18n.language)}</span>
    </>
  );
}

function KeyFigures({ status }: { status: CommitteeStatus }) {
  const { t } = useTranslation('finance');
  const s = status.summary;
  return (
    <section aria-labelledby="committee-key-figures">
      <h2 id="committee-key-figures">{t('committee.keyFigures', { year: status.year })}</h2>
      <dl className="key-figures">
        <div>
          <dt>{t('committee.cases')}</dt>
          <dd>
            <span className="key-figure-value">{s.cases}</span>
          </dd>
        </div>
        <div>
          <dt>{t('committee.totalCost')}</dt>
          <dd>
            <Amount ore={s.totalCostOre} />
          </dd>
        </div>
        <div>
          <dt>{t('committee.refusion')}</dt>
          <dd>
            <Amount ore={s.refusionOre} />
          </dd>
        </div>
        <div>
          <dt>{t('committee.netCost')}</dt>
          <dd>
            <Amount ore={s.netCostOre} />
          </dd>
        </div>
      </dl>
      {!s.complete && <p className="committee-note">{t('committee.notComplete', { year: status.year })}</p>}
    </section>
  );
}

function Change({ status }: { status: CommitteeStatus }) {
  const { t, i18n } = useTranslation('finance');
  const { previousYear: before, change } = status;
  if (!before || !change) return <p>{t('committee.noPrevious')}</p>;
  const money = (ore: number) => `${ore >= 0 ? '+' : '−'}${t('committee.millions', { amount: millions(Math.abs(ore), i18n.language) })}`;
  return (
    <section aria-labelledby="committee-change">
      <h2 id="committee-change">{t('committee.changeTitle', { year: before.year })}</h2>
      <ul className="committee-change">
        <li>{t('committee.changeCases', { change: signed(change.cases, i18n.language), before: before.cases, year: before.year })}</li>
        <li>{t('committee.changeCost', { change: money(change.totalCostOre), percent: change.totalCostPermille === null ? t('committee.unknown') : signedPercent(change.totalCostPermille, i18n.language) })}</li>
        {change.netCostOre !== null && <li>{t('committee.changeNet', { change: money(change.netCostOre) })}</li>}
      </ul>
    </section>
  );
}

function Trend({ status }: { status: CommitteeStatus }) {
  const { t, i18n } = useTranslation('finance');
  const kroner = (ore: number | null) => (ore === null ? t('committee.unknown') : wholeKroner(ore, i18n.language));
  return (
    <section aria-labelledby="committee-trend">
      <h2 id="committee-trend">{t('committee.trend')}</h2>
      <figure className="trend-chart-figure">
        <TrendChart points={status.trend} />
      </figure>
      <div className="case-table-scroll" role="region" aria-labelledby="committee-trend-table" tabIndex={0}>
        <table className="table case-table">
          <caption id="committee-trend-table">{t('committee.trendCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('committee.yearColumn')}</th>
              <th scope="col" className="number">{t('committee.casesColumn')}</th>
              <th scope="col" className="number">{t('committee.totalCost')}</th>
              <th scope="col" className="number">{t('committee.refusion')}</th>
              <th scope="col" className="number">{t('committee.netCost')}</th>
            </tr>
          </thead>
          <tbody>
            {status.trend.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.complete ? y.year : `${y.year} (${t('committee.forecastMark')})`}</th>
                <td className="number">{y.cases}</td>
                <td className="number">{kroner(y.totalCostOre)}</td>
                <td className="number">{kroner(y.refusionOre)}</td>
                <td className="number">{kroner(y.netCostOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LargestCases({ status }: { status: CommitteeStatus }) {
  const { t, i18n } = useTranslation('finance');
  return (
    <section aria-labelledby="committee-largest">
      <h2 id="committee-largest">{t('committee.largest')}</h2>
      <p>{t('committee.largestIntro')}</p>
      {status.largestCases.length === 0 ? (
        <p>{t('committee.noCases', { year: status.year })}</p>
      ) : (
        <div className="case-table-scroll" role="region" aria-labelledby="committee-largest-table" tabIndex={0}>
          <table className="table case-table">
            <caption id="committee-largest-table">{t('committee.largestCaption', { count: status.largestCases.length, year: status.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('committee.caseColumn')}</th>
                <th scope="col">{t('committee.ageBand')}</th>
                <th scope="col">{t('committee.targetGroup')}</th>
                <th scope="col" className="number">{t('committee.cost')}</th>
                <th scope="col" className="number">{t('committee.refusion')}</th>
                <th scope="col" className="number">{t('committee.net')}</th>
              </tr>
            </thead>
            <tbody>
              {status.largestCases.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{t(`committee.ageBands.${c.ageBand}`)}</td>
                  <td>{c.targetGroup ? t(`targetGroups.${c.targetGroup}`, { ns: 'casework', defaultValue: c.targetGroup }) : t('committee.noTargetGroup')}</td>
                  <td className="number">{wholeKroner(c.costOre, i18n.language)}</td>
                  <td className="number">{wholeKroner(c.refusionOre, i18n.language)}</td>
                  <td className="number">{wholeKroner(c.netOre, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Forecast({ status }: { status: CommitteeStatus }) {
  const { t, i18n } = useTranslation('finance');
  const f = status.forecast;
  const kroner = (ore: number | null) => (ore === null ? t('committee.unknown') : wholeKroner(ore, i18n.language));
  return (
    <section aria-labelledby="committee-forecast">
      <h2 id="committee-forecast">{t('committee.forecast', { year: f.year })}</h2>
      <p>{t('committee.forecastIntro')}</p>
      <dl className="forecast-figures">
        <div>
          <dt>{t('committee.forecastCases')}</dt>
          <dd>{f.cases}</dd>
        </div>
        <div>
          <dt>{t('committee.costToDate', { date: longDate(f.asOf, i18n.language) })}</dt>
          <dd>{kroner(f.costToDateOre)}</dd>
        </div>
        <div>
          <dt>{t('committee.remaining')}</dt>
          <dd>{kroner(f.remainingOre)}</dd>
        </div>
        <div>
          <dt>{t('committee.wholeYear')}</dt>
          <dd>{kroner(f.totalCostOre)}</dd>
        </div>
        <div>
          <dt>{t('committee.refusion')}</dt>
          <dd>{kroner(f.refusionOre)}</dd>
        </div>
        <div>
          <dt>{t('committee.netCost')}</dt>
          <dd>{kroner(f.netCostOre)}</dd>
        </div>
      </dl>
    </section>
  );
}

function Downloads({ year }: { year: number }) {
  const { t } = useTranslation('finance');
  const file = (extension: string) => `/api/v1/finance/committee-status.${extension}?year=${year}`;
  return (
    <section aria-labelledby="committee-downloads" className="no-print">
      <h2 id="committee-downloads">{t('committee.downloads')}</h2>
      <ul className="committee-downloads">
        <li>
          <a href={file('pdf')} download>
            {t('committee.downloadPdf')}
          </a>
        </li>
        <li>
          <a href={file('xlsx')} download>
            {t('committee.downloadXlsx')}
          </a>
        </li>
        <li>
          <a href={file('csv')} download>
            {t('committee.downloadCsv')}
          </a>
        </li>
      </ul>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {t('committee.print')}
      </button>
    </section>
  );
}

/**
 * /oekonomi/udvalgsstatus — the committee's status on expensive cases: key figures, the change since last year, the
 * trend as a chart with its table, the largest cases anonymised, the forecast, and the status as PDF, XLSX and CSV.
 * Aggregates only: nothing here names a citizen. Prints as the meeting's page (cases.css).
 */
export function CommitteeStatusPage() {
  const { t, i18n } = useTranslation('finance');
  const year = useReportYear();
  const status = useApi<CommitteeStatus>(`/finance/committee-status?year=${year}`);
  const data = status.data;
  return (
    <div className="committee-status">
      <PageTitle>{t('committee.title')}</PageTitle>
      <p className="font-lead readable">{t('committee.intro')}</p>
      <YearChoice id="committee-year" from={data?.trend[0]?.year ?? currentYear() - 4} label={t('committee.year')} button={t('committee.show')} />
      {status.error && <ErrorMessage error={status.error} />}
      {status.loading && <Loading />}
      {data && (
        <>
          <p className="committee-as-of">
            <strong>{data.year}.</strong> {t('committee.asOf', { date: longDate(data.asOf, i18n.language) })}
          </p>
          <KeyFigures status={data} />
          <Change status={data} />
          <Trend status={data} />
          <LargestCases status={data} />
          <Forecast status={data} />
          <Downloads year={data.year} />
        </>
      )}
    </div>
  );
}
