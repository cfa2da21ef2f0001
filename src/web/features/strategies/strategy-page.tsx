import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { formatDate } from '../casework/shared.js';
import { implementedCount, type StrategyDetail } from './strategies-api.js';
import { StatusTag } from './status-tag.js';

type FocusArea = StrategyDetail['focusAreas'][number];

/** A short form to add an activity under a focus area; the rest is filled in on the activity's own page. */
function AddActivity({ strategyId, area }: { strategyId: string; area: FocusArea }) {
  const { t } = useTranslation('strategies');
  const navigate = useNavigate();
  const submission = useSubmit();
  const [title, setTitle] = useState('');
  const field = { id: `new-activity-${area.id}`, label: t('strategy.newTitle') };
  const save = async () => {
    const created = await api.post<{ id: string }>(`/strategies/${strategyId}/focus-areas/${area.id}/activities`, { title });
    await navigate(`/styring/aktiviteter/${created.id}`, { state: { notice: t('strategy.added', { title }) } });
  };
  return (
    <details className="strategy-add">
      <summary>{t('strategy.addActivity')}</summary>
      <SubmitForm submission={submission} fields={{ title: field }} save={save}>
        <TextField {...field} value={title} onChange={setTitle} error={submission.fieldErrors.title} required />
        <FormActions busy={submission.busy} saveLabel={t('strategy.addButton', { name: area.name })} />
      </SubmitForm>
    </details>
  );
}

function FocusAreaSection({ strategy, area }: { strategy: StrategyDetail; area: FocusArea }) {
  const { t, i18n } = useTranslation('strategies');
  return (
    <section aria-labelledby={`fokus-${area.id}`} className="strategy-focus-area">
      <h3 id={`fokus-${area.id}`}>
        {area.number}. {area.name}
      </h3>
      <p>
        <StatusTag status={area.status.status} /> {t('common.counts', { done: implementedCount(area.status.counts), total: area.status.total })}
      </p>
      <p>
        <strong>{area.selectedThisYear ? t('strategy.selected', { year: strategy.year }) : t('strategy.notSelected', { year: strategy.year })}</strong>
        {area.workingGroup && ` · ${t('strategy.workingGroup')}: ${area.workingGroup.name}`}
      </p>
      <dl className="strategy-texts">
        <dt>{t('strategy.purpose')}</dt>
        <dd>{area.purpose}</dd>
        <dt>{t('strategy.why')}</dt>
        <dd>{area.why}</dd>
        <dt>{t('strategy.goal')}</dt>
        <dd>{area.goal}</dd>
      </dl>
      <h4>{t('strategy.activities')}</h4>
      {area.activities.length === 0 ? (
        <p>{t('strategy.noActivities')}</p>
      ) : (
        <ul className="nobullet-list strategy-activities">
          {area.activities.map((a) => (
            <li key={a.id} className="strategy-activity">
              <Link to={`/styring/aktiviteter/${a.id}`}>{a.title}</Link>
              <p>
                <StatusTag status={a.status} />
                {a.stale && <span className="strategy-stale">{t('strategy.stale')}</span>}
              </p>
              <p className="small-text">
                {t('common.period')}: {t('common.periodValue', { from: a.periodFrom ? formatDate(a.periodFrom, i18n.language) : '…', to: a.periodTo ? formatDate(a.periodTo, i18n.language) : t('common.openEnd') })}
                {' · '}
                {t('strategy.owner')}: {[a.workingGroup?.name, a.ownerUnit?.name, a.responsible?.name].filter(Boolean).join(', ') || t('common.none')}
                {' · '}
                {a.lastNoteOn ? t('strategy.lastNote', { date: formatDate(a.lastNoteOn, i18n.language) }) : t('strategy.noNote')}
              </p>
              {(a.unGoals.length > 0 || a.nationalGoals.length > 0) && (
                <p className="small-text">
                  {t('strategy.goals')}: {[...a.unGoals.map((g) => t(`unGoal.${g}`)), ...a.nationalGoals.map((g) => t(`nationalGoal.${g}`))].join('; ')}
                </p>
              )}
              {a.indicatorKeys.length > 0 && (
                <p className="small-text">
                  {t('strategy.indicators')}: {a.indicatorKeys.join(', ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {strategy.mayManage && <AddActivity strategyId={strategy.id} area={area} />}
    </section>
  );
}

/** /styring/strategier/:id — a strategy's focus areas by track, with purpose, why, goal, selection and activities. */
export function StrategyPage() {
  const { t } = useTranslation('strategies');
  const { id = '' } = useParams();
  const answer = useApi<StrategyDetail>(`/strategies/${encodeURIComponent(id)}`);
  const s = answer.data;
  const tracks = s ? [...new Set(s.focusAreas.map((f) => f.track))] : [];
  return (
    <div className="strategies">
      <BackLink to="/styring">{t('strategy.back')}</BackLink>
      <PageTitle>{s ? s.name : t('common.loading')}</PageTitle>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && !s && <Loading />}
      {s && (
        <>
          <p className="font-lead readable">{s.summary}</p>
          <p>
            {t('common.statusLabel', { status: '' })}
            <StatusTag status={s.status.status} /> · {t('common.counts', { done: implementedCount(s.status.counts), total: s.status.total })}
          </p>
          <dl className="strategy-facts">
            {s.mission && (
              <div>
                <dt>{t('strategy.mission')}</dt>
                <dd>{s.mission}</dd>
              </div>
            )}
            {s.vision && (
              <div>
                <dt>{t('strategy.vision')}</dt>
                <dd>{s.vision}</dd>
              </div>
            )}
            <div>
              <dt>{t('strategy.values')}</dt>
              <dd>{s.values.join(', ')}</dd>
            </div>
            <div>
              <dt>{t('strategy.lifeDomains')}</dt>
              <dd>{s.lifeDomains.map((d) => t(`lifeDomain.${d}`)).join(', ')}</dd>
            </div>
            {s.succeeds && (
              <div>
                <dt>{t('overview.succeeds')}</dt>
                <dd>
                  <Link to={`/styring/strategier/${s.succeeds.id}`}>{s.succeeds.name}</Link>
                </dd>
              </div>
            )}
            {s.succeededBy && (
              <div>
                <dt>{t('overview.succeededBy')}</dt>
                <dd>
                  <Link to={`/styring/strategier/${s.succeededBy.id}`}>{s.succeededBy.name}</Link>
                </dd>
              </div>
            )}
          </dl>
          {!s.mayManage && <p className="readable">{t('strategy.readOnly')}</p>}
          {tracks.map((track) => (
            <section key={track ?? 'none'} className="strategy-section" aria-labelledby={`track-${track ?? 'none'}`.replace(/\s+/g, '-')}>
              <h2 id={`track-${track ?? 'none'}`.replace(/\s+/g, '-')}>{track ? t('strategy.track', { track }) : t('strategy.noTrack')}</h2>
              {s.focusAreas
                .filter((f) => f.track === track)
                .map((area) => (
                  <FocusAreaSection key={area.id} strategy={s} area={area} />
                ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
