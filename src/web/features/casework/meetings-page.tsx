import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import type { ItemList } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import type { CitizenRecord, CreateMeetingBody, MeetingView, NetworkMember } from './api-types.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { FormActions, SubmitForm } from './form.js';
import { meetingStatusName, participantRoleName, teamRoleName } from './labels.js';
import { CitizenNav, citizenPath, ColumnHeads, danishInstant, formatInstant } from './shared.js';

/** The plan meetings ("borgerplansmøder") with the citizen, newest first. */
export function MeetingListPage() {
  const { t, i18n } = useTranslation('casework');
  const { id = '' } = useParams();
  const meetings = useApi<ItemList<MeetingView>>(`/citizens/${encodeURIComponent(id)}/meetings`);
  return (
    <>
      <BackLink to={citizenPath(id)}>{t('overview.back')}</BackLink>
      <PageTitle>{t('meetings.title')}</PageTitle>
      <CitizenNav citizenId={id} />
      <p className="readable">{t('meetings.intro')}</p>
      <p>
        <Link className="button button-primary" to={citizenPath(id, 'moeder/ny')}>
          {t('meetings.create')}
        </Link>
      </p>
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.error && <ErrorMessage error={meetings.error} />}
      {meetings.data && meetings.data.items.length === 0 && <p>{t('meetings.none')}</p>}
      {meetings.data && meetings.data.items.length > 0 && (
        <table className="table table--responsive-headers">
          <caption>{t('meetings.caption')}</caption>
          <ColumnHeads labels={[t('meetings.when'), t('meetings.location'), t('meetings.status'), t('meetings.participants')]} />
          <tbody>
            {meetings.data.items.map((meeting) => (
              <tr key={meeting.id}>
                <th scope="row" data-title={t('meetings.when')}>
                  <Link to={citizenPath(id, `moeder/${meeting.id}`)}>{t('meetings.linkText', { when: formatInstant(meeting.startsAt, i18n.language) })}</Link>
                </th>
                <td data-title={t('meetings.location')}>{meeting.location ?? '–'}</td>
                <td data-title={t('meetings.status')}>{meetingStatusName(t, meeting.status)}</td>
                <td data-title={t('meetings.participants')}>{meeting.participants.map((p) => `${p.name} (${participantRoleName(t, p.role)})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Planning a meeting: the citizen is always invited; network and team members are chosen. */
export function MeetingCreatePage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const network = useApi<ItemList<NetworkMember>>(`/citizens/${encodeURIComponent(id)}/network`);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [location, setLocation] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [staff, setStaff] = useState<string[]>([]);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const citizen = record.data;
  const fields = {
    startsAt: { id: 'meeting-date', label: t('meetings.date') },
    location: { id: 'meeting-location', label: t('meetings.location') },
    participants: { id: 'meeting-network', label: t('meetings.participants') },
  };

  const save = async () => {
    if (!citizen) return;
    const body: CreateMeetingBody = {
      startsAt: date && time ? danishInstant(date, time) : '',
      location: location.trim() || null,
      participants: [
        { name: `${citizen.firstName} ${citizen.lastName}`, role: 'citizen' },
        ...(network.data?.items ?? []).filter((m) => members.includes(m.id)).map((m) => ({ name: m.name, role: m.isRelative ? 'relative' : 'network', memberId: m.id })),
        ...citizen.team.filter((m) => staff.includes(m.userId)).map((m) => ({ name: m.name, role: m.teamRole, userId: m.userId })),
      ],
    };
    const created = await api.post<MeetingView>(`/citizens/${encodeURIComponent(id)}/meetings`, body);
    await navigate(citizenPath(id, `moeder/${created.id}`), { state: { notice: 'meetingCreated' } });
  };

  return (
    <>
      <BackLink to={citizenPath(id, 'moeder')}>{t('meetings.back')}</BackLink>
      <PageTitle>{t('meetings.createTitle')}</PageTitle>
      <CitizenNav citizenId={id} />
      <div className="alert alert-info">
        <p className="alert-text">{t('reminder')}</p>
      </div>
      {(record.loading || network.loading) && <Loading />}
      {record.error && <ErrorMessage error={record.error} />}
      {network.error && <ErrorMessage error={network.error} />}
      {citizen && (
        <SubmitForm submission={submission} fields={fields} save={save}>
          <div className="field-row">
            <TextField id="meeting-date" type="date" label={t('meetings.date')} value={date} onChange={setDate} error={errors.startsAt} required width="input-width-s" />
            <div className="form-group">
              <label className="form-label" htmlFor="meeting-time">
                {t('meetings.time')}
              </label>
              <input className="form-input input-width-xs" id="meeting-time" type="time" value={time} onChange={(event) => setTime(event.target.value)} required />
            </div>
          </div>
          <TextField id="meeting-location" label={t('meetings.location')} hint={t('meetings.locationHint')} value={location} onChange={setLocation} error={errors.location} autoComplete="off" />
          <fieldset className="form-group">
            <legend className="form-label">{t('meetings.participants')}</legend>
            <p>
              <strong>{`${citizen.firstName} ${citizen.lastName}`}</strong> – {t('meetings.citizenAlwaysInvited')}
            </p>
            {errors.participants && <p className="form-error-message">{errors.participants}</p>}
          </fieldset>
          {network.data && network.data.items.length > 0 ? (
            <CheckboxGroup
              id="meeting-network"
              legend={t('meetings.networkMembers')}
              options={network.data.items.map((m) => ({ value: m.id, label: `${m.name} (${m.relation})` }))}
              selected={members}
              onChange={setMembers}
            />
          ) : (
            <p>{t('meetings.noNetwork')}</p>
          )}
          {citizen.team.length > 0 && (
            <CheckboxGroup
              id="meeting-team"
              legend={t('meetings.teamMembers')}
              options={citizen.team.map((m) => ({ value: m.userId, label: `${m.name} (${teamRoleName(t, m.teamRole)})` }))}
              selected={staff}
              onChange={setStaff}
            />
          )}
          <FormActions busy={submission.busy} saveLabel={t('meetings.createSubmit')} />
        </SubmitForm>
      )}
    </>
  );
}

