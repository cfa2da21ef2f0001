import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { lifeDomains, type LifeDomain } from '../../../domain/plan-parts.js';
import type { GoalView, PlanView } from './api-types.js';
import { domainName, goalStatusName, goalTypeName, levelName, outcomeName, pictogramName, stepStatusName } from './labels.js';
import { Progress } from './overview-page.js';
import { DreamForm, GoalForm, StepForm } from './plan-forms.js';
import { CitizenNav, citizenPath, formatDate } from './shared.js';

/**
 * A button that opens a form in place. When the form closes, focus goes back to the button and a saved change is
 * announced, so keyboard and screen-reader users keep their place.
 */
function Toggle({ label, accessibleSuffix, savedMessage, className, children }: { label: string; accessibleSuffix?: string; savedMessage: string; className?: string; children: (close: (saved: boolean) => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [open]);
  return (
    <div className={className}>
      <StatusMessage message={notice} />
      {!open && (
        <button
          ref={button}
          type="button"
          className="button button-secondary"
          aria-expanded={false}
          aria-label={accessibleSuffix ? `${label}: ${accessibleSuffix}` : undefined}
          onClick={() => {
            setNotice(null);
            setOpen(true);
          }}
        >
          {label}
        </button>
      )}
      {open &&
        children((saved) => {
          returnFocus.current = true;
          setOpen(false);
          if (saved) setNotice(savedMessage);
        })}
    </div>
  );
}

function GoalBlock({ citizenId, goal, reload, canWrite }: { citizenId: string; goal: GoalView; reload: () => void; canWrite: boolean }) {
  const { t, i18n } = useTranslation('casework');
  return (
    <li className="goal-card">
      <h3 className="goal-title">{goal.title}</h3>
      {goal.description && <p>{goal.description}</p>}
      <ul className="nobullet-list goal-meta">
        <li>
          {t('plan.goalType')}: {goalTypeName(t, goal.goalType)}
        </li>
        <li>
          {t('plan.status')}: <span className={`goal-status goal-status-${goal.outcome}`}>{goalStatusName(t, goal.status)}</span> · {outcomeName(t, goal.outcome)}
        </li>
        <li>
          {t('plan.workerLevel')}: {goal.workerLevel === null ? t('plan.notAssessed') : `${goal.workerLevel} – ${levelName(t, goal.workerLevel)}`}
        </li>
        <li>
          {t('plan.citizenRating')}: {goal.citizenRating === null ? t('plan.notRated') : t('plan.rating', { value: goal.citizenRating })}
        </li>
        <li>
          {t('plan.reviewDate')}: {goal.reviewDate ? formatDate(goal.reviewDate, i18n.language) : t('common.noDate')}
        </li>
        {goal.track === 'transition' && <li>{t('plan.onTransitionTrack')}</li>}
      </ul>
      <Progress value={goal.progress} label={t('plan.progress', { value: goal.progress })} />
      {canWrite && (
        <Toggle label={t('plan.editGoal')} accessibleSuffix={goal.title} savedMessage={t('plan.goalSaved')}>
          {(close) => <GoalForm citizenId={citizenId} goal={goal} transitionTrack={false} reload={reload} onDone={close} />}
        </Toggle>
      )}

      <h4>{t('plan.steps')}</h4>
      {goal.steps.length === 0 ? (
        <p>{t('plan.noSteps')}</p>
      ) : (
        <ol className="cw-steps">
          {goal.steps.map((step) => (
            <li key={step.id} className={`step step-${step.status}`}>
              <p className="step-text">
                <span className="step-status">{stepStatusName(t, step.status)}:</span> {step.text}
              </p>
              <p className="cell-note">
                {[
                  step.whoHelps && t('plan.helpedBy', { who: step.whoHelps }),
                  step.dueDate && t('plan.dueBy', { date: formatDate(step.dueDate, i18n.language) }),
                  step.pictogram && t('plan.pictogramShown', { name: pictogramName(t, step.pictogram) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {canWrite && (
                <Toggle label={t('plan.editStep')} accessibleSuffix={step.text} savedMessage={t('plan.stepSaved')}>
                  {(close) => <StepForm citizenId={citizenId} goalId={goal.id} step={step} reload={reload} onDone={close} />}
                </Toggle>
              )}
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <Toggle label={t('plan.addStep')} accessibleSuffix={goal.title} savedMessage={t('plan.stepCreated')}>
          {(close) => <StepForm citizenId={citizenId} goalId={goal.id} reload={reload} onDone={close} />}
        </Toggle>
      )}
    </li>
  );
}

/** Co-authoring the plan with the citizen: dreams, goals per life domain, steps, and the worker's assessment. */
export function PlanEditPage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const plan = useApi<PlanView>(`/citizens/${encodeURIComponent(id)}/plan`);
  const data = plan.data;

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('overview.back')}</BackLink>
      <PageTitle>{data ? t('plan.title', { name: data.firstName }) : t('plan.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <div className="alert alert-info">
        <p className="alert-text">{t('reminder')}</p>
      </div>
      {plan.loading && !data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {data && !data.canWrite && <p>{t('plan.readOnly')}</p>}
      {data && (
        <>
          {data.dreams !== null && (
            <section aria-labelledby="dreams-heading">
              <h2 id="dreams-heading">{t('plan.dreams')}</h2>
              {data.dreams.length === 0 ? (
                <p>{t('plan.noDreams')}</p>
              ) : (
                <ul className="nobullet-list dream-list">
                  {data.dreams.map((dream) => (
                    <li key={dream.id} className="goal-card">
                      <p className="goal-title">{dream.text}</p>
                      {dream.domain && <p className="cell-note">{domainName(t, dream.domain)}</p>}
                      {data.canWrite && (
                        <Toggle label={t('plan.editDream')} accessibleSuffix={dream.text} savedMessage={t('plan.dreamSaved')}>
                          {(close) => <DreamForm citizenId={id} dream={dream} reload={plan.reload} onDone={close} />}
                        </Toggle>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {data.canWrite && (
                <Toggle label={t('plan.addDream')} savedMessage={t('plan.dreamCreated')}>
                  {(close) => <DreamForm citizenId={id} reload={plan.reload} onDone={close} />}
                </Toggle>
              )}
            </section>
          )}
          {lifeDomains.map((domain: LifeDomain) => {
            const goals = data.domains.find((entry) => entry.domain === domain)?.goals;
            if (goals === undefined) return null;
            return (
              <section key={domain} aria-labelledby={`plan-domain-${domain}`} className="domain-block">
                <h2 id={`plan-domain-${domain}`}>{domainName(t, domain)}</h2>
                {goals.length === 0 ? (
                  <p>{t('overview.noGoals')}</p>
                ) : (
                  <ul className="nobullet-list goal-list">
                    {goals.map((goal) => (
                      <GoalBlock key={goal.id} citizenId={id} goal={goal} reload={plan.reload} canWrite={data.canWrite} />
                    ))}
                  </ul>
                )}
                {data.canWrite && (
                  <Toggle label={t('plan.addGoal', { domain: domainName(t, domain) })} savedMessage={t('plan.goalCreated')}>
                    {(close) => <GoalForm citizenId={id} domain={domain} transitionTrack={data.transition !== null} reload={plan.reload} onDone={close} />}
                  </Toggle>
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
