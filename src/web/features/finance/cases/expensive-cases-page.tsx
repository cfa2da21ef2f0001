import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import type { ExpensiveCaseList } from './cases-api.js';
import { currentYear, useReportYear, wholeKroner } from './cases-format.js';
import { YearChoice } from './year-choice.js';

const PAGE_SIZE = 50;

/** The year's bands in words: "25 % over 920.000 kr., 50 % over 1.800.000 kr., …". */
function BandsLine({ list }: { list: ExpensiveCaseList }) {
  const { t, i18n } = useTranslation('finance');
  const bands = list.bands.filter((b) => b.ratePercent > 0).map((b) => t('cases.band', { rate: b.ratePercent, limit: wholeKroner(b.lowerOre, i18n.language) }));
  return <p className="small-text">{t('cases.bands', { year: list.year, bands: bands.join(', ') })}</p>;
}

/** Page links that keep the year; the current page is said in words and marked for screen readers. */
function Pager({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation('finance');
  const [params] = useSearchParams();
  const to = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('side', String(n));
    return `?${next.toString()}`;
  };
  if (pages <= 1) return null;
  return (
    <nav className="case-pager" aria-label={t('cases.pages')}>
      {page > 1 && <Link to={to(page - 1)}>{t('cases.previous')}</Link>}
      <span aria-current="page">{t('cases.pageOf', { page, pages })}</span>
      {page < pages && <Link to={to(page + 1)}>{t('cases.next')}</Link>}
    </nav>
  );
}

/**
 * /oekonomi/dyre-sager — finance's list of expensive cases for a year: each citizen's cost, refusion and net cost,
 * the most expensive first, with the name so finance can follow up (each listed citizen's log records it).
 */
export function ExpensiveCasesPage() {
  const { t, i18n } = useTranslation('finance');
  const year = useReportYear();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('side')) || 1);
  const list = useApi<ExpensiveCaseList>(`/finance/expensive-cases?year=${year}&page=${page}&pageSize=${PAGE_SIZE}`);
  const data = list.data;
  const kroner = (ore: number | null) => (ore === null ? '–' : wholeKroner(ore, i18n.language));
  const threshold = wholeKroner(data?.thresholdOre ?? 100_000_000, i18n.language);
  const pages = data ? Math.max(1, Math.ceil(data.cases / data.pageSize)) : 1;
  return (
    <>
      <PageTitle>{t('cases.title')}</PageTitle>
      <p className="font-lead readable">{t('cases.intro', { threshold })}</p>
      <YearChoice id="cases-year" from={currentYear() - 4} label={t('cases.year')} button={t('cases.show')} />
      {list.error && <ErrorMessage error={list.error} />}
      {list.loading && <Loading />}
      {data && (
        <>
          <p className="case-summary">{t('cases.summary', { cases: data.cases, threshold, year: data.year, total: kroner(data.totalCostOre), refusion: kroner(data.refusionOre), net: kroner(data.netCostOre) })}</p>
          {!data.yearComplete && <p className="committee-note">{t('cases.notComplete')}</p>}
          <BandsLine list={data} />
          <p className="small-text">{t('cases.privacy')}</p>
          {data.items.length === 0 ? (
            <p>{t('cases.none', { threshold, year: data.year })}</p>
          ) : (
            <div className="case-table-scroll" role="region" aria-labelledby="cases-table" tabIndex={0}>
              <table className="table case-table">
                <caption id="cases-table">{t('cases.caption', { year: data.year, page: data.page, pages })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.citizen')}</th>
                    <th scope="col">{t('cases.age')}</th>
                    <th scope="col">{t('cases.targetGroups')}</th>
                    <th scope="col" className="number">{t('cases.services')}</th>
                    <th scope="col" className="number">{t('cases.cost')}</th>
                    <th scope="col" className="number">{t('cases.refusion')}</th>
                    <th scope="col" className="number">{t('cases.net')}</th>
                    <th scope="col">{t('cases.residential')}</th>
                    <th scope="col">{t('cases.outside')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.citizen.id}>
                      <th scope="row">{`${item.citizen.firstName} ${item.citizen.lastName}`}</th>
                      <td>{t('cases.years', { age: item.age })}</td>
                      <td>{item.targetGroups.map((g) => t(`targetGroups.${g}`, { ns: 'casework', defaultValue: g })).join(', ')}</td>
                      <td className="number">{item.services}</td>
                      <td className="number">{kroner(item.costOre)}</td>
                      <td className="number">{kroner(item.refusionOre)}</td>
                      <td className="number">{kroner(item.netOre)}</td>
                      <td>{item.residential ? t('cases.yes') : t('cases.no')}</td>
                      <td>{item.outside ? t('cases.yes') : t('cases.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={data.page} pages={pages} />
          <p>
            <Link to={`/oekonomi/udvalgsstatus?aar=${data.year}`}>{t('cases.toCommittee')}</Link>
          </p>
        </>
      )}
    </>
  );
}
