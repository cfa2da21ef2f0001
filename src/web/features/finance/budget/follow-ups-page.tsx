import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { useMayManageBudget, type BudgetCycle, type FollowUp, type FollowUpList } from './budget-api.js';
import { formatDay, formatMoment } from './budget-format.js';
import { BudgetNav, useBudgetYear, YearPicker } from './budget-nav.js';
import { FollowUpChart, type ChartPoint } from './follow-up-chart.js';
import { FollowUpTable } from './follow-up-table.js';

/** A date as "31. maj" / "31 May", for the chart's axis. */
function shortDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * "Tag igen" on a saved follow-up: asks first, since the new figures take the old ones' place. The question takes focus
 * when it appears, and a cancel gives focus back to the button.
 */
function TakeAgain({ followUp, busy, onConfirm }: { followUp: FollowUp; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation('finance');
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" ref={button} className="button button-secondary" aria-label={t('budget.followUps.takeAgainNamed', { label: followUp.label })} onClick={() => setAsking(true)}>
        {t('budget.followUps.takeAgain')}
      </button>
    );
  }
  return (
    <div className="alert alert-warning budget-confirm">
      <p className="alert-text" ref={question} tabIndex={-1}>
        {t('budget.followUps.replaceQuestion', { label: followUp.label })}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('budget.followUps.replaceConfirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('budget.cancel')}
        </button>
      </div>
    </div>
  );
}

/** /oekonomi/budget — the year's follow-ups: a chart of forecast against budget, the figures per centre, and for finance the next follow-up to take. */
export function FollowUpsPage() {
  const { t, i18n } = useTranslation('finance');
  const year = useBudgetYear();
  const mayManage = useMayManageBudget();
  const list = useApi<FollowUpList>(`/finance/follow-ups?year=${year}`);
  const wheel = useApi<BudgetCycle>(`/finance/budget-cycle?year=${year}`);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const next = wheel.data?.steps.find((step) => step.isFollowUp && !step.followUpTaken);
  const followUps = list.data?.followUps ?? [];
  const current = followUps.filter((f) => f.replacedAt === null);
  const replaced = followUps.filter((f) => f.replacedAt !== null);

  const take = async (stepKey: string, label: string, replace: boolean) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await api.post('/finance/follow-ups', { year, stepKey, ...(replace && { replace: true }) });
      setNotice(t(replace ? 'budget.followUps.replaced' : 'budget.followUps.taken', { label }));
      list.reload();
      wheel.reload();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const points: ChartPoint[] = [
    ...current.map((f) => ({ label: shortDay(f.asOf, i18n.language), budgetOre: f.totals.budgetOre, forecastOre: f.totals.forecastOre })),
    ...(list.data?.live ? [{ label: t('budget.followUps.chartToday'), budgetOre: list.data.live.totals.budgetOre, forecastOre: list.data.live.totals.forecastOre }] : []),
  ];
  const taken = (f: FollowUp) => (f.takenBy ? t('budget.followUps.takenBy', { at: formatMoment(f.takenAt, i18n.language), name: f.takenBy }) : t('budget.followUps.takenAt', { at: formatMoment(f.takenAt, i18n.language) }));

  return (
    <>
      <PageTitle>{t('budget.followUps.title', { year })}</PageTitle>
      <BudgetNav />
      <YearPicker />
      <p className="readable">{t('budget.followUps.intro')}</p>
      <p className="readable small-text">{t('budget.followUps.scope')}</p>
      <StatusMessage message={notice} />
      {error ? <ErrorMessage error={error} /> : null}
      {mayManage && wheel.data && (
        <div className="budget-take">
          {next ? (
            <>
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void take(next.stepKey, next.label, false)}>
                {t('budget.followUps.next', { label: next.label })}
              </button>
              <p className="form-hint">{t('budget.followUps.nextHint', { date: formatDay(next.onDate, i18n.language) })}</p>
            </>
          ) : (
            <p>{t('budget.followUps.allTaken')}</p>
          )}
        </div>
      )}
      {(list.loading || wheel.loading) && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          {points.length > 0 && (
            <section aria-labelledby="budget-chart-heading">
              <h2 id="budget-chart-heading">{t('budget.followUps.chartHeading')}</h2>
              <figure className="follow-up-chart-figure">
                <FollowUpChart title={t('budget.followUps.chartTitle', { year })} points={points} />
                <figcaption>
                  <ul className="follow-up-chart-legend">
                    <li>
                      <span className="legend-swatch legend-swatch--bar" aria-hidden="true" /> {t('budget.followUps.chartLegendForecast')}
                    </li>
                    <li>
                      <span className="legend-swatch legend-swatch--budget" aria-hidden="true" /> {t('budget.followUps.chartLegendBudget')}
                    </li>
                  </ul>
                  <p className="small-text">{t('budget.followUps.chartNote')}</p>
                </figcaption>
              </figure>
            </section>
          )}
          {list.data.live && (
            <section aria-labelledby="budget-live-heading">
              <h2 id="budget-live-heading">{t('budget.followUps.live', { date: formatDay(list.data.live.asOf, i18n.language) })}</h2>
              <p>{t('budget.followUps.liveNote')}</p>
              <FollowUpTable caption={t('budget.followUps.caption', { title: t('budget.followUps.live', { date: formatDay(list.data.live.asOf, i18n.language) }) })} lines={list.data.live.lines} totals={list.data.live.totals} />
            </section>
          )}
          {current.length === 0 && <p>{t('budget.followUps.none', { year })}</p>}
          {[...current].reverse().map((followUp) => (
            <section key={followUp.id} aria-labelledby={`follow-up-${followUp.id}`} className="budget-follow-up">
              <h2 id={`follow-up-${followUp.id}`}>{followUp.label}</h2>
              <p>{taken(followUp)}</p>
              {mayManage && <TakeAgain followUp={followUp} busy={busy} onConfirm={() => void take(followUp.stepKey, followUp.label, true)} />}
              <FollowUpTable caption={t('budget.followUps.caption', { title: followUp.label })} lines={followUp.lines} totals={followUp.totals} />
            </section>
          ))}
          {replaced.length > 0 && (
            <section aria-labelledby="budget-history-heading">
              <h2 id="budget-history-heading">{t('budget.followUps.history')}</h2>
              {replaced.map((followUp) => (
                <div key={followUp.id} className="budget-follow-up">
                  <h3>{followUp.label}</h3>
                  <p>
                    {taken(followUp)} {t('budget.followUps.replacedAt', { at: formatMoment(followUp.replacedAt!, i18n.language) })}
                  </p>
                  <FollowUpTable caption={t('budget.followUps.caption', { title: `${followUp.label} (${formatMoment(followUp.takenAt, i18n.language)})` })} lines={followUp.lines} totals={followUp.totals} />
                </div>
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
