import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Icon } from '../../components/icon.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { StatusMessage } from '../../components/status-message.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { GoalCard } from './goal-card.js';
import { NoPlan } from './no-plan.js';
import { domainOfSlug, domainPart, domainPictograms, goalTypes, type GoalType, type LifeDomain } from './plan-api.js';
import { useOwnPlan } from './use-own-plan.js';

/** /min-plan/:domain — one life domain: its goals, steps, rating and comments, and "Tilføj et mål". */
export function DomainPage() {
  const { t } = usePlanText();
  const { domain: slug } = useParams();
  const domain = domainOfSlug(slug);
  const { citizenId, plan } = useOwnPlan();
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  if (!domain) {
    return (
      <>
        <BackLink to="/min-plan">{t('common.backToPlan')}</BackLink>
        <PageTitle>{t('domain.unknown')}</PageTitle>
      </>
    );
  }
  const goals = plan.data?.domains.find((entry) => entry.domain === domain)?.goals ?? [];
  const canComment = Boolean(plan.data?.canWrite || plan.data?.commentableParts.includes(domainPart(domain)));

  return (
    <>
      <BackLink to="/min-plan">{t('common.backToPlan')}</BackLink>
      <div className="domain-title">
        <Pictogram name={domainPictograms[domain]} size={64} />
        <PageTitle>{t(`domains.${domain}`)}</PageTitle>
      </div>
      <EasyReadSwitch />
      <StatusMessage message={notice} />
      {!citizenId && <NoPlan />}
      {plan.loading && !plan.data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {citizenId && plan.data && (
        <>
          <h2 className="sr-only">{t('domain.goalsHeading')}</h2>
          {goals.length === 0 && <p>{t('domain.noGoals')}</p>}
          <ul className="nobullet-list goal-list">
            {goals.map((goal) => (
              <li key={goal.id}>
                <GoalCard citizenId={citizenId} goal={goal} canWrite={plan.data!.canWrite} canComment={canComment} reload={plan.reload} />
              </li>
            ))}
          </ul>
          {plan.data.canWrite &&
            (adding ? (
              <AddGoalForm
                citizenId={citizenId}
                domain={domain}
                onDone={(saved) => {
                  setAdding(false);
                  if (saved) {
                    setNotice(t('domain.goalSaved'));
                    plan.reload();
                  }
                }}
              />
            ) : (
              <button type="button" className="button button-primary button-big" onClick={() => setAdding(true)}>
                {t('domain.addGoal')}
              </button>
            ))}
        </>
      )}
    </>
  );
}

/** A new goal in this domain: the citizen's own words and what kind of goal, said plainly. */
function AddGoalForm({ citizenId, domain, onDone }: { citizenId: string; domain: LifeDomain; onDone: (saved: boolean) => void }) {
  const { t } = usePlanText();
  const submission = useSubmit();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [goalType, setGoalType] = useState<GoalType>('develop');
  const [missing, setMissing] = useState(false);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      document.getElementById('goal-title')?.focus();
      return;
    }
    setMissing(false);
    void submission.submit(async () => {
      await api.post(`/citizens/${encodeURIComponent(citizenId)}/goals`, { domain, title: title.trim(), goalType, ...(description.trim() && { description: description.trim() }) });
      onDone(true);
    });
  };

  return (
    <form className="plan-form" onSubmit={save} noValidate aria-labelledby="add-goal-heading">
      <h2 id="add-goal-heading">{t('domain.addGoal')}</h2>
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      {missing && (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <p className="alert-heading">{t('common.writeSomething')}</p>
        </div>
      )}
      <fieldset className="form-group">
        <legend className="form-label">{t('domain.goalTypeLegend')}</legend>
        {goalTypes.map((type) => (
          <div key={type} className="form-group-radio">
            <input className="form-radio" type="radio" id={`goal-type-${type}`} name="goal-type" checked={goalType === type} onChange={() => setGoalType(type)} />
            <label htmlFor={`goal-type-${type}`}>{t(`goalTypes.${type}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className={`form-group${missing ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="goal-title">
          {t('domain.goalTitle')}
        </label>
        <span className="form-hint" id="goal-title-hint">
          {t('domain.goalTitleHint')}
        </span>
        <input className="form-input" id="goal-title" value={title} onChange={(event) => setTitle(event.target.value)} aria-invalid={missing || undefined} aria-describedby="goal-title-hint" />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="goal-description">
          {t('domain.goalDescription')}
        </label>
        <textarea className="form-input" id="goal-description" rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={submission.busy}>
          {t('domain.saveGoal')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
