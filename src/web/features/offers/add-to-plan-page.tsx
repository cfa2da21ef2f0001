import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OfferDetail } from '../../../contracts/offers.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import type { Goal, LifeDomain } from '../plan/plan-api.js';
import { useOwnPlan } from '../plan/use-own-plan.js';
import { offerPath, vocabulary } from './offer-labels.js';

/**
 * /tilbud/:id/min-plan: the citizen puts an offer in their plan as a step — under one of their goals, or under a
 * new goal in one of the offer's life domains. Big choices, few words; the step keeps a link to the offer.
 */
export function AddToPlanPage() {
  const { t } = useTranslation('offers');
  const { id = '' } = useParams();
  const offer = useApi<OfferDetail>(`/offers/${encodeURIComponent(id)}`);
  const { citizenId, plan } = useOwnPlan();
  return (
    <>
      <PageTitle>{t('addToPlan.title')}</PageTitle>
      {(offer.loading || plan.loading) && <Loading />}
      {offer.error && <ErrorMessage error={offer.error} />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {offer.data && citizenId && plan.data && <AddToPlanForm offer={offer.data} citizenId={citizenId} goals={plan.data.domains.flatMap((d) => d.goals).filter((g) => g.status === 'active')} />}
    </>
  );
}

function AddToPlanForm({ offer, citizenId, goals }: { offer: OfferDetail; citizenId: string; goals: Goal[] }) {
  const { t } = useTranslation('offers');
  const newGoalDomains = (offer.lifeDomains.length > 0 ? offer.lifeDomains : ['leisure']) as LifeDomain[];
  const fitting = goals.filter((g) => offer.lifeDomains.includes(g.domain));
  const choices = [...fitting.map((g) => ({ value: `goal:${g.id}`, label: g.title })), ...newGoalDomains.map((d) => ({ value: `new:${d}`, label: t('addToPlan.newGoal', { domain: vocabulary(t, 'lifeDomain', d).toLowerCase() }) }))];
  const [choice, setChoice] = useState(choices[0]!.value);
  const [text, setText] = useState(t('addToPlan.stepText', { offer: offer.name }));
  const [dueDate, setDueDate] = useState('');
  const [done, setDone] = useState(false);
  const submission = useSubmit();
  const base = `/citizens/${encodeURIComponent(citizenId)}`;

  const save = () =>
    submission.submit(async () => {
      let goalId = choice.startsWith('goal:') ? choice.slice(5) : null;
      if (goalId === null) {
        const created = await api.post<{ id: string }>(`${base}/goals`, { domain: choice.slice(4), title: t('addToPlan.newGoalTitle', { offer: offer.name }), goalType: 'develop' });
        goalId = created.id;
      }
      await api.post(`${base}/goals/${encodeURIComponent(goalId)}/steps`, { text, dueDate: dueDate || null, offerId: offer.id, pictogram: 'calendar' });
      setDone(true);
    });

  if (done) {
    return (
      <>
        <StatusMessage message={t('addToPlan.done')} />
        <p>
          <Link className="button button-primary" to="/min-plan">
            {t('addToPlan.seePlan')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <p className="font-lead">{t('addToPlan.intro')}</p>
      <ErrorSummary error={submission.error} fields={{ text: { id: 'step-text', label: t('addToPlan.stepLabel') }, dueDate: { id: 'step-due', label: t('addToPlan.dueDate') } }} />
      <fieldset className="form-group">
        <legend className="form-label">{t('addToPlan.goal')}</legend>
        <ul className="nobullet-list big-choice-list">
          {choices.map((c) => (
            <li key={c.value} className="form-group-radio">
              <input className="form-radio" type="radio" id={`choice-${c.value}`} name="goal" value={c.value} checked={choice === c.value} onChange={() => setChoice(c.value)} />
              <label className="form-label" htmlFor={`choice-${c.value}`}>
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField id="step-text" label={t('addToPlan.stepLabel')} value={text} onChange={setText} error={submission.fieldErrors.text} required autoComplete="off" />
      <TextField id="step-due" type="date" label={t('addToPlan.dueDate')} value={dueDate} onChange={setDueDate} error={submission.fieldErrors.dueDate} width="input-width-s" />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('addToPlan.submit')}
        </button>{' '}
        <Link to={offerPath(offer.id)} className="button button-secondary">
          {t('addToPlan.cancel')}
        </Link>
      </div>
    </form>
  );
}
