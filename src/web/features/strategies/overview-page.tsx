import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../casework/shared.js';
import { implementedCount, type Selection, type SteeringOverview } from './strategies-api.js';
import { StatusTag } from './status-tag.js';

function SelectionSummary({ heading, year, selection }: { heading: string; year: number; selection: Selection | null }) {
  const { t, i18n } = useTranslation('strategies');
  return (
    <div className="strategy-selection">
      <h3>{heading}</h3>
      {selection ? (
        <>
          <p>{t('overview.decided', { date: formatDate(selection.decidedOn, i18n.language), body: selection.body.name, agenda: selection.agendaReference })}</p>
          <ul>
            {selection.focusAreas.map((f) => (
              <li key={f.id}>
                <Link to={`/styring/strategier/${f.strategy.id}#fokus-${f.id}`}>{f.name}</Link> <span className="small-text">({f.strategy.name})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('overview.noSelection', { year })}</p>
      )}
    </div>
  );
}

/** /styring — the leader's one page: every strategy with status at a glance, the committee's selection, the silent activities. */
export function OverviewPage() {
  const { t, i18n } = useTranslation('strategies');
  const answer = useApi<SteeringOverview>('/steering/overview');
  const data = answer.data;
  return (
    <div className="strategies">
      <PageTitle>{t('overview.title')}</PageTitle>
      <p className="font-lead readable">{t('overview.intro')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="strategies-heading" className="strategy-section">
            <h2 id="strategies-heading">{t('overview.strategiesHeading')}</h2>
            <ul className="nobullet-list strategy-cards">
              {data.strategies.map((s) => (
                <li key={s.id} className="strategy-card">
                  <h3>
                    <Link to={`/styring/strategier/${s.id}`}>{s.name}</Link>
                  </h3>
                  <p className="small-text">
                    {t(`kind.${s.kind}`)} · {t('common.periodValue', { from: s.periodFrom?.slice(0, 4) ?? '…', to: s.periodTo?.slice(0, 4) ?? t('common.openEnd') })}
                    {s.succeededBy && ` · ${t('overview.succeededBy')} ${s.succeededBy.name}`}
                  </p>
                  {s.focusAreas.length > 0 ? (
                    <>
                      <p>
                        {t('common.statusLabel', { status: '' })}
                        <StatusTag status={s.status.status} />
                      </p>
                      <p>{t('common.counts', { done: implementedCount(s.status.counts), total: s.status.total })}</p>
                      <p>
                        {t('overview.focusAreaCount', { count: s.focusAreas.length })} · {t('overview.focusAreasSelected', { count: s.focusAreas.filter((f) => f.selectedThisYear).length })}
                      </p>
                    </>
                  ) : (
                    <p>
                      {t('overview.values')}: {s.values.join(', ')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="selection-heading" className="strategy-section">
            <h2 id="selection-heading">{t('overview.selectionHeading')}</h2>
            <div className="strategy-selections">
              <SelectionSummary heading={t('overview.thisYear', { year: data.year })} year={data.year} selection={data.thisYear} />
              <SelectionSummary heading={t('overview.nextYear', { year: data.year + 1 })} year={data.year + 1} selection={data.nextYear} />
            </div>
            <p>
              <Link to="/styring/udvalgsvalg">{data.mayManage ? t('overview.recordSelection') : t('selection.title')}</Link>
              {' · '}
              <Link to="/styring/grupper">{t('overview.groupsLink')}</Link>
            </p>
          </section>
          <section aria-labelledby="stale-heading" className="strategy-section">
            <h2 id="stale-heading">{t('overview.staleHeading')}</h2>
            <p>{t('overview.staleIntro')}</p>
            {data.staleActivities.length === 0 ? (
              <p>{t('overview.staleNone')}</p>
            ) : (
              <div className="strategy-table-scroll" role="region" aria-labelledby="stale-heading" tabIndex={0}>
                <table className="table strategy-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('overview.activity')}</th>
                      <th scope="col">{t('overview.strategy')}</th>
                      <th scope="col">{t('activity.status')}</th>
                      <th scope="col">{t('overview.lastNote')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.staleActivities.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          <Link to={`/styring/aktiviteter/${a.id}`}>{a.title}</Link>
                        </th>
                        <td>
                          {a.strategy.name}: {a.focusArea.number}. {a.focusArea.name}
                        </td>
                        <td>{t(`status.${a.status}`)}</td>
                        <td>
                          {a.lastNoteOn ? formatDate(a.lastNoteOn, i18n.language) : t('overview.noNote')} ({t('overview.days', { count: a.daysWithoutNote })})
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
