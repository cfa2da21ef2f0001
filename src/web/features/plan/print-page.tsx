import { useEffect } from 'react';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { usePlanText } from './easy-read.js';
import { NoPlan } from './no-plan.js';
import { countSteps, domainPictograms, lifeDomains } from './plan-api.js';
import { formatDate, formatInstantDate } from './plan-format.js';
import { useOwnPlan } from './use-own-plan.js';

/** /min-plan/udskriv — the whole plan on one A4 page: dreams, each domain's goals and open steps, the next meeting. */
export function PrintPage() {
  const { t, i18n } = usePlanText();
  const { citizenId, plan } = useOwnPlan();

  // The print stylesheet applies only while this page is shown, so other pages print as they are.
  useEffect(() => {
    document.body.classList.add('print-plan');
    return () => document.body.classList.remove('print-plan');
  }, []);

  const data = plan.data;
  const upcoming = (data?.meetings ?? []).filter((meeting) => meeting.status === 'planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const nextReview = (data?.meetings ?? []).map((meeting) => meeting.nextReviewDate).filter((date): date is string => Boolean(date)).sort().at(-1);

  return (
    <div className="print-sheet">
      <div className="no-print">
        <BackLink to="/min-plan">{t('common.backToPlan')}</BackLink>
      </div>
      <PageTitle>{data ? t('print.title', { name: data.firstName }) : t('plan.title')}</PageTitle>
      <div className="no-print">
        <p>{t('print.intro')}</p>
        <button type="button" className="button button-primary button-big" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </div>
      {!citizenId && <NoPlan />}
      {plan.loading && !data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {data && (
        <>
          <p className="print-date">{t('print.date', { date: formatInstantDate(new Date().toISOString(), i18n.language) })}</p>
          <section className="print-dreams" aria-labelledby="print-dreams">
            <h2 id="print-dreams">{t('plan.dreamsHeading')}</h2>
            {(data.dreams ?? []).length === 0 ? (
              <p>{t('plan.noDreams')}</p>
            ) : (
              <ul>
                {(data.dreams ?? []).map((dream) => (
                  <li key={dream.id}>{dream.text}</li>
                ))}
              </ul>
            )}
          </section>
          <div className="print-domains">
            {lifeDomains.map((domain) => {
              const goals = data.domains.find((entry) => entry.domain === domain)?.goals ?? [];
              const { done, total } = countSteps(goals);
              return (
                <section key={domain} className="print-domain" aria-labelledby={`print-${domain}`}>
                  <h2 id={`print-${domain}`}>
                    <Pictogram name={domainPictograms[domain]} size={28} /> {t(`domains.${domain}`)}
                  </h2>
                  {goals.length === 0 ? (
                    <p>{t('domain.noGoals')}</p>
                  ) : (
                    <>
                      <p>{total === 0 ? t('common.noSteps') : t('common.progress', { done, total })}</p>
                      <ul>
                        {goals.map((goal) => (
                          <li key={goal.id}>
                            <strong>{goal.title}</strong> – {t(`goalStatus.${goal.status}`)}
                            <ul>
                              {goal.steps
                                .filter((step) => step.status === 'planned')
                                .map((step) => (
                                  <li key={step.id}>
                                    {step.text}
                                    {step.whoHelps && <> · {t('goal.whoHelps', { name: step.whoHelps })}</>}
                                    {step.dueDate && <> · {t('goal.dueDate', { date: formatDate(step.dueDate, i18n.language) })}</>}
                                  </li>
                                ))}
                            </ul>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </section>
              );
            })}
          </div>
          {(upcoming || nextReview) && (
            <section aria-labelledby="print-meetings">
              <h2 id="print-meetings">{t('meetings.title')}</h2>
              {upcoming && <p>{t('print.nextMeeting', { date: formatInstantDate(upcoming.startsAt, i18n.language) })}</p>}
              {nextReview && <p>{t('meetings.nextReview', { date: formatDate(nextReview, i18n.language) })}</p>}
            </section>
          )}
        </>
      )}
    </div>
  );
}
