import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { formatDate } from '../casework/shared.js';
import { councilPath, hearingPage, type CouncilView, type MeetingView, type MemberView } from './api.js';
import { CompositionWarning } from './composition-warning.js';
import { HearingForm } from './hearing-form.js';
import { HearingTable } from './hearing-table.js';
import { MeetingForm, MinutesForm } from './meeting-form.js';
import { MemberForm } from './member-form.js';

/** /styring/raad/:id — one council: members and roles, dialogue meetings, hearings; the administration's forms. */
export function CouncilPage() {
  const { t } = useTranslation('councils');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const council = useApi<CouncilView>(councilPath(id));
  const [notice, setNotice] = useNotice();
  const c = council.data;

  return (
    <>
      <BackLink to="/styring/raad">{t('council.back')}</BackLink>
      <PageTitle>{c ? c.name : t('council.loading')}</PageTitle>
      <StatusMessage message={notice} />
      {council.loading && !c && <Loading />}
      {council.error && <ErrorMessage error={council.error} />}
      {c && (
        <>
          <p className="readable">{c.description}</p>
          {c.isMember && <p className="council-you">{t('council.youAreMember')}</p>}
          <CompositionWarning gaps={c.compositionGaps} />

          <section aria-labelledby="council-members">
            <h2 id="council-members">{t('council.membersTitle')}</h2>
            <Members council={c} onChanged={(message) => { setNotice(message); council.reload(); }} />
            {c.canManage && (
              <details className="council-details">
                <summary>{t('memberForm.title')}</summary>
                <MemberForm council={c} onAdded={(m) => { setNotice(t('memberForm.added', { name: m.name })); council.reload(); }} />
              </details>
            )}
          </section>

          <section aria-labelledby="council-meetings">
            <h2 id="council-meetings">{t('council.meetingsTitle')}</h2>
            <Meetings council={c} onSaved={(message) => { setNotice(message); council.reload(); }} />
            {c.canManage && (
              <details className="council-details">
                <summary>{t('meetingForm.title')}</summary>
                <MeetingForm councilId={c.id} onAdded={() => { setNotice(t('meetingForm.added')); council.reload(); }} />
              </details>
            )}
          </section>

          <section aria-labelledby="council-hearings">
            <h2 id="council-hearings">{t('council.hearingsTitle')}</h2>
            {c.hearings.length === 0 ? <p>{t('council.noHearings')}</p> : <HearingTable hearings={c.hearings} caption={t('council.hearingsTitle')} showCouncil={false} />}
            {c.canManage && (
              <details className="council-details">
                <summary>{t('hearingForm.title')}</summary>
                <p>{t('hearingForm.intro')}</p>
                <HearingForm councilId={c.id} onSent={(h) => void navigate(hearingPage(h.id), { state: { notice: t('hearingForm.sent') } })} />
              </details>
            )}
          </section>
        </>
      )}
    </>
  );
}

function periodText(t: (key: string, values?: Record<string, string>) => string, member: MemberView, language: string): string {
  if (!member.memberFrom && !member.memberTo) return t('council.periodOpen');
  return [member.memberFrom && t('council.periodFrom', { from: formatDate(member.memberFrom, language) }), member.memberTo && t('council.periodTo', { to: formatDate(member.memberTo, language) })].filter(Boolean).join(' ');
}

/** The sitting members, then the former ones; the administration may remove a member entered by mistake. */
function Members({ council, onChanged }: { council: CouncilView; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation('councils');
  const [asking, setAsking] = useState<MemberView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sitting = council.members.filter((m) => m.sitting);
  const former = council.members.filter((m) => !m.sitting);
  const remove = async (member: MemberView) => {
    setError(null);
    try {
      await api.delete(`${councilPath(council.id)}/members/${encodeURIComponent(member.id)}`);
      setAsking(null);
      onChanged(t('council.removed', { name: member.name }));
    } catch (reason) {
      setError(reason);
    }
  };
  const table = (members: MemberView[], caption: string) => (
    <table className="table table--responsive-headers council-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('council.name')}</th>
          <th scope="col">{t('council.role')}</th>
          <th scope="col">{t('council.organisation')}</th>
          <th scope="col">{t('council.period')}</th>
          {council.canManage && <th scope="col"><span className="sr-only">{t('council.remove', { name: '' })}</span></th>}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td data-title={t('council.name')}>
              {m.name}
              {m.userId && <span className="council-login"> ({t('council.hasLogin')})</span>}
            </td>
            <td data-title={t('council.role')}>{t(`roles.${m.role}`)}</td>
            <td data-title={t('council.organisation')}>{m.organisation ?? ''}</td>
            <td data-title={t('council.period')}>{periodText(t, m, i18n.language)}</td>
            {council.canManage && (
              <td>
                <button type="button" className="button button-tertiary" onClick={() => setAsking(m)}>
                  {t('council.remove', { name: m.name })}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {error !== null && <ErrorMessage error={error} />}
      {asking && (
        <div className="alert alert-warning" role="group" aria-labelledby="remove-ask">
          <p className="alert-text" id="remove-ask">
            {t('council.removeAsk', { name: asking.name })}
          </p>
          <button type="button" className="button button-primary" onClick={() => void remove(asking)}>
            {t('council.removeYes')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
            {t('council.removeNo')}
          </button>
        </div>
      )}
      {council.members.length === 0 && <p>{t('council.noMembers')}</p>}
      {sitting.length > 0 && table(sitting, t('council.membersCaption'))}
      {former.length > 0 && table(former, t('council.formerCaption'))}
    </>
  );
}

/** The meetings, newest first: agenda and minutes; the administration writes the minutes of a held meeting. */
function Meetings({ council, onSaved }: { council: CouncilView; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation('councils');
  const [writing, setWriting] = useState<string | null>(null);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  if (council.meetings.length === 0) return <p>{t('council.noMeetings')}</p>;
  return (
    <ul className="nobullet-list council-meetings">
      {council.meetings.map((m: MeetingView) => (
        <li key={m.id} className="council-meeting">
          <h3 className="h4">
            {formatDate(m.heldOn, i18n.language)} – {m.title}
          </h3>
          {m.heldOn > today && <p className="council-coming">{t('council.coming')}</p>}
          {m.agenda && (
            <>
              <h4 className="h5">{t('council.agenda')}</h4>
              <p className="council-text">{m.agenda}</p>
            </>
          )}
          {m.heldOn <= today && (
            <>
              <h4 className="h5">{t('council.minutes')}</h4>
              <p className="council-text">{m.minutes || t('council.noMinutes')}</p>
              {council.canManage &&
                (writing === m.id ? (
                  <MinutesForm councilId={council.id} meeting={m} onSaved={() => { setWriting(null); onSaved(t('minutesForm.saved')); }} onCancel={() => setWriting(null)} />
                ) : (
                  <button type="button" className="button button-secondary" onClick={() => setWriting(m.id)}>
                    {t('council.writeMinutes', { title: m.title })}
                  </button>
                ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
