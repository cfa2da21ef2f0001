import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Application, ApplicationList } from '../../../contracts/volunteers.js';
import { api, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { StatusMessage } from '../../components/status-message.js';
import { Fact, Facts, formatInstant } from '../casework/shared.js';

/** Applications waiting for a decision, oldest first: approve (the applicant becomes a volunteer) or decline with a note. */
export function ApplicationsTab() {
  const { t } = useTranslation('volunteers');
  const [status, setStatus] = useState<'received' | 'approved' | 'declined'>('received');
  const list = useApi<ApplicationList>(withQuery('/volunteer-applications', { status }));
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="applications-heading">
      <h2 id="applications-heading">{t('applications.title')}</h2>
      <div className="form-group">
        <label className="form-label" htmlFor="applications-status">
          {t('applications.show')}
        </label>
        <select id="applications-status" className="form-select" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {(['received', 'approved', 'declined'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`applications.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <StatusMessage message={notice} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('applications.none')}</p>}
      <ul className="nobullet-list volunteer-applications">
        {list.data?.items.map((a) => (
          <ApplicationItem
            key={a.id}
            application={a}
            onDecided={(decided) => {
              setNotice(t(decided.status === 'approved' ? 'applications.approvedNotice' : 'applications.declinedNotice', { name: decided.name }));
              list.reload();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function ApplicationItem({ application: a, onDecided }: { application: Application; onDecided: (a: Application) => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const [note, setNote] = useState('');
  const submission = useSubmit();
  const decide = (decision: 'approve' | 'decline') => void submission.submit(async () => onDecided(await api.post<Application>(`/volunteer-applications/${a.id}/decision`, { decision, note: note.trim() || null })));
  const headingId = `application-${a.id}`;
  return (
    <li className="volunteer-application">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{a.name}</h3>
        <Facts>
          <Fact term={t('applications.opportunity')}>{a.opportunity?.title ?? t('applications.open')}</Fact>
          <Fact term={t('applications.email')}>{a.email}</Fact>
          {a.phone && <Fact term={t('applications.phone')}>{a.phone}</Fact>}
          {a.postalCode && <Fact term={t('applications.postalCode')}>{a.postalCode}</Fact>}
          <Fact term={t('applications.received')}>{formatInstant(a.receivedAt, i18n.language)}</Fact>
          {a.decidedAt && <Fact term={t('applications.decided')}>{`${formatInstant(a.decidedAt, i18n.language)} · ${a.decidedByName ?? ''}`}</Fact>}
          {a.decisionNote && <Fact term={t('applications.note')}>{a.decisionNote}</Fact>}
        </Facts>
        {a.message && <blockquote className="readable">{a.message}</blockquote>}
        {a.volunteerId && <Link to={`/koordinering/frivillige/${encodeURIComponent(a.volunteerId)}`}>{t('applications.toVolunteer', { name: a.name })}</Link>}
        {a.status === 'received' && (
          <div className="volunteer-decision">
            {submission.error != null && <ErrorMessage error={submission.error} />}
            <TextAreaField id={`note-${a.id}`} label={t('applications.noteLabel', { name: a.name })} hint={t('applications.noteHint')} value={note} onChange={setNote} rows={2} error={submission.fieldErrors.note} />
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => decide('approve')}>
                {t('applications.approve', { name: a.name })}
              </button>
              <button type="button" className="button button-secondary" onClick={() => decide('decline')}>
                {t('applications.decline', { name: a.name })}
              </button>
            </div>
          </div>
        )}
      </article>
    </li>
  );
}
