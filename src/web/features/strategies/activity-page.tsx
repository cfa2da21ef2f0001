import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { FormActions } from '../casework/form.js';
import { formatDate } from '../casework/shared.js';
import { VersionedForm } from '../casework/versioned-form.js';
import { activityStatuses, danishToday, nationalGoals, unGoals, type ActivityDetail, type ActivityNote, type ActivityStatus, type NoteResult } from './strategies-api.js';
import { StatusTag } from './status-tag.js';

/** The status and note form: one act, so the note records the status change it made. */
function ProgressForm({ activity, onSaved, reload }: { activity: ActivityDetail; onSaved: (message: string) => void; reload: () => void }) {
  const { t } = useTranslation('strategies');
  const submission = useSubmit();
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [note, setNote] = useState('');
  const [notedOn, setNotedOn] = useState(danishToday());
  useEffect(() => setStatus(activity.status), [activity.status, activity.version]);
  const errors = submission.fieldErrors;
  const fields = {
    status: { id: 'activity-status', label: t('activity.status') },
    body: { id: 'activity-note', label: t('activity.note') },
    notedOn: { id: 'activity-noted-on', label: t('activity.notedOn') },
    version: { id: 'activity-status', label: t('activity.status') },
  };
  const save = async () => {
    const changes = status !== activity.status;
    await api.post<NoteResult>(`/strategy-activities/${encodeURIComponent(activity.id)}/notes`, { notedOn, body: note, ...(changes && { status, version: activity.version }) });
    setNote('');
    onSaved(changes ? t('activity.savedWithStatus', { status: t(`status.${status}`) }) : t('activity.saved'));
  };
  return (
    <section aria-labelledby="progress-heading" className="strategy-section">
      <h2 id="progress-heading">{t('activity.formHeading')}</h2>
      <p>{t('activity.formIntro')}</p>
      <VersionedForm submission={submission} fields={fields} save={save} reload={reload} conflictMessage={t('activity.conflict')} saved={[{ label: t('activity.status'), value: t(`status.${activity.status}`) }]} className="strategy-form">
        <SelectField {...fields.status} hint={t('activity.statusHint')} error={errors.status} value={status} onChange={(value) => setStatus(value as ActivityStatus)} options={activityStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <TextAreaField {...fields.body} hint={t('activity.noteHint')} error={errors.body} value={note} onChange={setNote} rows={5} />
        <TextField {...fields.notedOn} hint={t('activity.notedOnHint')} error={errors.notedOn} type="date" width="input-width-s" value={notedOn} onChange={setNotedOn} />
        <FormActions busy={submission.busy} saveLabel={t('activity.save')} />
      </VersionedForm>
    </section>
  );
}

interface DetailValues {
  title: string;
  periodFrom: string;
  periodTo: string;
  workingGroupId: string;
  ownerUnitId: string;
  responsibleUserId: string;
  unGoals: string[];
  nationalGoals: string[];
  indicatorKeys: string[];
}

const detailValues = (a: ActivityDetail): DetailValues => ({
  title: a.title,
  periodFrom: a.periodFrom ?? '',
  periodTo: a.periodTo ?? '',
  workingGroupId: a.workingGroup?.id ?? '',
  ownerUnitId: a.ownerUnit?.id ?? '',
  responsibleUserId: a.responsible?.id ?? '',
  unGoals: a.unGoals,
  nationalGoals: a.nationalGoals,
  indicatorKeys: a.indicatorKeys,
});

/** Title, period, owner and links; sent as a change on the version read. */
function DetailsForm({ activity, onSaved, reload }: { activity: ActivityDetail; onSaved: (message: string) => void; reload: () => void }) {
  const { t } = useTranslation('strategies');
  const submission = useSubmit();
  const [values, setValues] = useState(detailValues(activity));
  useEffect(() => setValues(detailValues(activity)), [activity]);
  const set = <K extends keyof DetailValues>(key: K) => (value: DetailValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errors = submission.fieldErrors;
  const options = activity.options!;
  const none = { value: '', label: t('activity.noneOption') };
  const fields = {
    title: { id: 'activity-title', label: t('activity.title') },
    periodFrom: { id: 'activity-period-from', label: t('activity.periodFrom') },
    periodTo: { id: 'activity-period-to', label: t('activity.periodTo') },
    workingGroupId: { id: 'activity-working-group', label: t('activity.workingGroup') },
    ownerUnitId: { id: 'activity-unit', label: t('activity.ownerUnit') },
    responsibleUserId: { id: 'activity-responsible', label: t('activity.responsible') },
    unGoals: { id: 'activity-un-goals', label: t('activity.unGoals') },
    nationalGoals: { id: 'activity-national-goals', label: t('activity.nationalGoals') },
    indicatorKeys: { id: 'activity-indicators', label: t('activity.indicators') },
  };
  const indicatorChoices = [...new Set([...options.indicatorKeys, ...activity.indicatorKeys, 'job-or-education-share', 'homeless-citizens', 'goals-reached-share', 'citizen-progress-rating', 'referrals-answered-in-time', 'volunteer-matches'])];
  const save = async () => {
    await api.patch(`/strategy-activities/${encodeURIComponent(activity.id)}`, {
      version: activity.version,
      title: values.title,
      periodFrom: values.periodFrom || null,
      periodTo: values.periodTo || null,
      workingGroupId: values.workingGroupId || null,
      ownerUnitId: values.ownerUnitId || null,
      responsibleUserId: values.responsibleUserId || null,
      unGoals: values.unGoals,
      nationalGoals: values.nationalGoals,
      indicatorKeys: values.indicatorKeys,
    });
    onSaved(t('activity.detailsSaved'));
  };
  return (
    <section aria-labelledby="details-heading" className="strategy-section">
      <h2 id="details-heading">{t('activity.editHeading')}</h2>
      <VersionedForm submission={submission} fields={fields} save={save} reload={reload} conflictMessage={t('activity.conflict')} className="strategy-form">
        <TextField {...fields.title} value={values.title} onChange={set('title')} error={errors.title} required />
        <div className="strategy-dates">
          <TextField {...fields.periodFrom} type="date" width="input-width-s" value={values.periodFrom} onChange={set('periodFrom')} error={errors.periodFrom} />
          <TextField {...fields.periodTo} type="date" width="input-width-s" value={values.periodTo} onChange={set('periodTo')} error={errors.periodTo} />
        </div>
        <SelectField {...fields.workingGroupId} value={values.workingGroupId} onChange={set('workingGroupId')} error={errors.workingGroupId} options={[none, ...options.workingGroups.map((o) => ({ value: o.id, label: o.name }))]} />
        <SelectField {...fields.ownerUnitId} value={values.ownerUnitId} onChange={set('ownerUnitId')} error={errors.ownerUnitId} options={[none, ...options.units.map((o) => ({ value: o.id, label: o.name }))]} />
        <SelectField {...fields.responsibleUserId} value={values.responsibleUserId} onChange={set('responsibleUserId')} error={errors.responsibleUserId} options={[none, ...options.leaders.map((o) => ({ value: o.id, label: o.name }))]} />
        <CheckboxGroup id={fields.unGoals.id} legend={fields.unGoals.label} error={errors.unGoals} options={unGoals.map((g) => ({ value: g, label: t(`unGoal.${g}`) }))} selected={values.unGoals} onChange={set('unGoals')} />
        <CheckboxGroup id={fields.nationalGoals.id} legend={fields.nationalGoals.label} error={errors.nationalGoals} options={nationalGoals.map((g) => ({ value: g, label: t(`nationalGoal.${g}`) }))} selected={values.nationalGoals} onChange={set('nationalGoals')} />
        <CheckboxGroup id={fields.indicatorKeys.id} legend={fields.indicatorKeys.label} error={errors.indicatorKeys} options={indicatorChoices.map((k) => ({ value: k, label: k }))} selected={values.indicatorKeys} onChange={set('indicatorKeys')} />
        <FormActions busy={submission.busy} saveLabel={t('activity.saveDetails')} />
      </VersionedForm>
    </section>
  );
}

function NotesHistory({ notes }: { notes: ActivityNote[] }) {
  const { t, i18n } = useTranslation('strategies');
  return (
    <section aria-labelledby="notes-heading" className="strategy-section">
      <h2 id="notes-heading">{t('activity.notesHeading')}</h2>
      {notes.length === 0 ? (
        <p>{t('activity.noNotes')}</p>
      ) : (
        <ol className="nobullet-list strategy-notes">
          {notes.map((note) => (
            <li key={note.id} className="strategy-note">
              <h3 className="h5">{formatDate(note.notedOn, i18n.language)}</h3>
              {note.statusTo && <p className="strategy-note-change">{t('activity.statusChange', { from: t(`status.${note.statusFrom ?? 'not-started'}`), to: t(`status.${note.statusTo}`) })}</p>}
              <p className="readable">{note.body}</p>
              {note.writtenBy && <p className="small-text">{t('activity.writtenBy', { name: note.writtenBy })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** /styring/aktiviteter/:id — an activity: its owner, period and links; status and a dated note in one form; the notes. */
export function ActivityPage() {
  const { t, i18n } = useTranslation('strategies');
  const { id = '' } = useParams();
  const answer = useApi<ActivityDetail>(`/strategy-activities/${encodeURIComponent(id)}`);
  const notes = useApi<{ notes: ActivityNote[] }>(`/strategy-activities/${encodeURIComponent(id)}/notes`);
  const [message, setMessage] = useNotice();
  const activity = answer.data;
  const reload = () => {
    answer.reload();
    notes.reload();
  };
  const saved = (text: string) => {
    setMessage(text);
    reload();
  };
  const period = activity ? t('common.periodValue', { from: activity.periodFrom ? formatDate(activity.periodFrom, i18n.language) : '…', to: activity.periodTo ? formatDate(activity.periodTo, i18n.language) : t('common.openEnd') }) : '';
  const owners = activity ? [activity.workingGroup?.name, activity.ownerUnit?.name, activity.responsible?.name].filter(Boolean).join(', ') : '';
  return (
    <div className="strategies">
      {activity && <BackLink to={`/styring/strategier/${activity.strategy.id}`}>{t('activity.back', { name: activity.strategy.name })}</BackLink>}
      <PageTitle>{activity ? activity.title : t('activity.titleLoading')}</PageTitle>
      <StatusMessage message={message} />
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && !activity && <Loading />}
      {activity && (
        <>
          <dl className="strategy-facts">
            <div>
              <dt>{t('activity.focusArea')}</dt>
              <dd>
                {activity.focusArea.number}. {activity.focusArea.name}
              </dd>
            </div>
            <div>
              <dt>{t('activity.current')}</dt>
              <dd>
                <StatusTag status={activity.status} />
                {activity.stale && <span className="strategy-stale">{t('strategy.stale')}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('common.period')}</dt>
              <dd>{period}</dd>
            </div>
            <div>
              <dt>{t('strategy.owner')}</dt>
              <dd>{owners || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('strategy.goals')}</dt>
              <dd>{[...activity.unGoals.map((g) => t(`unGoal.${g}`)), ...activity.nationalGoals.map((g) => t(`nationalGoal.${g}`))].join('; ') || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('strategy.indicators')}</dt>
              <dd>{activity.indicatorKeys.length > 0 ? activity.indicatorKeys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ', '}
                  <Link to="/styring/indikatorer">{k}</Link>
                </span>
              )) : t('common.none')}</dd>
            </div>
          </dl>
          {activity.description && (
            <>
              <h2>{t('activity.description')}</h2>
              <p className="readable">{activity.description}</p>
            </>
          )}
          {activity.mayManage ? <ProgressForm activity={activity} onSaved={saved} reload={reload} /> : <p className="readable">{t('activity.readOnly')}</p>}
          {notes.error && <ErrorMessage error={notes.error} />}
          {notes.data && <NotesHistory notes={notes.data.notes} />}
          {activity.mayManage && activity.options && <DetailsForm activity={activity} onSaved={saved} reload={reload} />}
        </>
      )}
    </div>
  );
}
