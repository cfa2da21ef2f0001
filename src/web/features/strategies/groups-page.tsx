import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { formatDate } from '../casework/shared.js';
import { danishToday, type BodyDetail, type BodyList } from './strategies-api.js';

type BodySummary = BodyList['bodies'][number];

function MeetingForm({ bodyId, onSaved }: { bodyId: string; onSaved: (title: string) => void }) {
  const { t } = useTranslation('strategies');
  const submission = useSubmit();
  const [heldOn, setHeldOn] = useState(danishToday());
  const [title, setTitle] = useState('');
  const [agenda, setAgenda] = useState('');
  const [minutes, setMinutes] = useState('');
  const fields = {
    heldOn: { id: 'meeting-held-on', label: t('groups.heldOn') },
    title: { id: 'meeting-title', label: t('groups.meetingTitle') },
    agenda: { id: 'meeting-agenda', label: t('groups.agenda') },
    minutes: { id: 'meeting-minutes', label: t('groups.minutes') },
  };
  const errors = submission.fieldErrors;
  const save = async () => {
    await api.post(`/steering-bodies/${bodyId}/meetings`, { heldOn, title, agenda, minutes });
    onSaved(title);
    setTitle('');
    setAgenda('');
    setMinutes('');
  };
  return (
    <section aria-labelledby="add-meeting-heading" className="strategy-section">
      <h3 id="add-meeting-heading">{t('groups.addMeeting')}</h3>
      <SubmitForm submission={submission} fields={fields} save={save} className="strategy-form">
        <TextField {...fields.heldOn} type="date" width="input-width-s" value={heldOn} onChange={setHeldOn} error={errors.heldOn} required />
        <TextField {...fields.title} value={title} onChange={setTitle} error={errors.title} required />
        <TextAreaField {...fields.agenda} value={agenda} onChange={setAgenda} error={errors.agenda} rows={3} />
        <TextAreaField {...fields.minutes} value={minutes} onChange={setMinutes} error={errors.minutes} rows={4} />
        <FormActions busy={submission.busy} saveLabel={t('groups.saveMeeting')} />
      </SubmitForm>
    </section>
  );
}

/** One body's members and meetings; the sparring group's page can record a meeting. */
function BodyView({ body, headingLevel, open }: { body: BodySummary; headingLevel: 'h2' | 'h3'; open?: boolean }) {
  const { t, i18n } = useTranslation('strategies');
  const [shown, setShown] = useState(open ?? false);
  const [message, setMessage] = useState<string | null>(null);
  const detail = useApi<BodyDetail>(shown ? `/steering-bodies/${body.id}` : null);
  const Heading = headingLevel;
  const Sub = headingLevel === 'h2' ? 'h3' : 'h4';
  const role = (r: string) => (['chair', 'vice-chair', 'member', 'secretary'].includes(r) ? t(`role.${r}`) : r);
  return (
    <article className="strategy-body" aria-labelledby={`body-${body.id}`}>
      <Heading id={`body-${body.id}`}>
        {body.name}
      </Heading>
      {body.description && <p className="readable">{body.description}</p>}
      {!shown ? (
        <button type="button" className="button button-secondary" onClick={() => setShown(true)} aria-label={`${t('groups.show')}: ${body.name}`}>
          {t('groups.show')}
        </button>
      ) : (
        <>
          {detail.error && <ErrorMessage error={detail.error} />}
          {detail.loading && !detail.data && <Loading />}
          {detail.data && (
            <div className="strategy-body-detail">
              <Sub className="h5">{t('groups.members')}</Sub>
              {detail.data.members.length === 0 ? (
                <p>{t('groups.noMembers')}</p>
              ) : (
                <ul>
                  {detail.data.members.map((m) => (
                    <li key={m.id}>
                      {m.name} – {role(m.role)}
                      {m.organisation && `, ${m.organisation}`}
                    </li>
                  ))}
                </ul>
              )}
              <Sub className="h5">{t('groups.meetings')}</Sub>
              <StatusMessage message={message} />
              {detail.data.meetings.length === 0 ? (
                <p>{t('groups.noMeetings')}</p>
              ) : (
                <ul className="nobullet-list">
                  {detail.data.meetings.map((m) => (
                    <li key={m.id} className="strategy-meeting">
                      <strong>
                        {formatDate(m.heldOn, i18n.language)}: {m.title}
                      </strong>
                      {m.agenda && (
                        <p>
                          {t('groups.agenda')}: {m.agenda}
                        </p>
                      )}
                      {m.minutes && (
                        <p>
                          {t('groups.minutes')}: {m.minutes}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {detail.data.mayManage && body.kind === 'sparring-group' && (
                <MeetingForm
                  bodyId={body.id}
                  onSaved={(title) => {
                    setMessage(t('groups.meetingSaved', { title }));
                    detail.reload();
                  }}
                />
              )}
            </div>
          )}
        </>
      )}
    </article>
  );
}

/** /styring/grupper — the committee, this year's working groups (earlier years folded away) and the sparring group. */
export function GroupsPage() {
  const { t } = useTranslation('strategies');
  const answer = useApi<BodyList>('/steering-bodies');
  const bodies = answer.data?.bodies ?? [];
  const year = Number(danishToday().slice(0, 4));
  const groups = bodies.filter((b) => b.kind === 'working-group');
  const current = groups.filter((b) => (b.year ?? 0) >= year);
  const older = groups.filter((b) => (b.year ?? 0) < year);
  return (
    <div className="strategies">
      <BackLink to="/styring">{t('groups.back')}</BackLink>
      <PageTitle>{t('groups.title')}</PageTitle>
      <p className="font-lead readable">{t('groups.intro')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && !answer.data && <Loading />}
      {answer.data && (
        <>
          {bodies
            .filter((b) => b.kind === 'sparring-group')
            .map((b) => (
              <section key={b.id} className="strategy-section">
                <BodyView body={b} headingLevel="h2" open />
              </section>
            ))}
          {bodies
            .filter((b) => b.kind === 'committee')
            .map((b) => (
              <section key={b.id} className="strategy-section">
                <BodyView body={b} headingLevel="h2" />
              </section>
            ))}
          {[...new Set(current.map((b) => b.year))].map((y) => (
            <section key={y} aria-labelledby={`groups-${y}`} className="strategy-section">
              <h2 id={`groups-${y}`}>{t('groups.workingGroups', { year: y })}</h2>
              {current
                .filter((b) => b.year === y)
                .map((b) => (
                  <BodyView key={b.id} body={b} headingLevel="h3" />
                ))}
            </section>
          ))}
          {older.length > 0 && (
            <section aria-labelledby="groups-older" className="strategy-section">
              <h2 id="groups-older">{t('groups.olderWorkingGroups')}</h2>
              <ul>
                {older.map((b) => (
                  <li key={b.id}>{b.name}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
