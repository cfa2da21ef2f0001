import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import type { ItemList } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import type { MeetingView, UpdateMeetingBody } from './api-types.js';
import { FormActions } from './form.js';
import { meetingStatusName, participantRoleName } from './labels.js';
import { CitizenNav, citizenPath, Fact, Facts, formatDate, formatInstant } from './shared.js';
import { VersionedForm } from './versioned-form.js';

interface Row {
  key: number;
  who: string;
  what: string;
  byDate: string;
}

let nextKey = 1;
const row = (who = '', what = '', byDate = ''): Row => ({ key: nextKey++, who, what, byDate });

/** One plan meeting: its facts, and recording it as held with agreements, a summary and the next review. */
export function MeetingPage() {
  const { t, i18n } = useTranslation('casework');
  const { id = '', meetingId = '' } = useParams();
  const meetings = useApi<ItemList<MeetingView>>(`/citizens/${encodeURIComponent(id)}/meetings`);
  const meeting = meetings.data?.items.find((m) => m.id === meetingId);
  const [notice, setNotice] = useNotice();

  return (
    <>
      <BackLink to={citizenPath(id, 'moeder')}>{t('meetings.back')}</BackLink>
      <PageTitle>{meeting ? t('meetings.meetingTitle', { when: formatInstant(meeting.startsAt, i18n.language) }) : t('meetings.meetingTitleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <StatusMessage message={notice && t(`notices.${notice}`)} />
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.error && <ErrorMessage error={meetings.error} />}
      {meetings.data && !meeting && <p>{t('meetings.notFound')}</p>}
      {meeting && (
        <>
          <Facts>
            <Fact term={t('meetings.when')}>{formatInstant(meeting.startsAt, i18n.language)}</Fact>
            <Fact term={t('meetings.location')}>{meeting.location ?? '–'}</Fact>
            <Fact term={t('meetings.status')}>{meetingStatusName(t, meeting.status)}</Fact>
            <Fact term={t('meetings.participants')}>
              <ul className="nobullet-list">
                {meeting.participants.map((p, index) => (
                  <li key={`${p.name}-${index}`}>
                    {p.name} ({participantRoleName(t, p.role)})
                  </li>
                ))}
              </ul>
            </Fact>
          </Facts>
          <RecordForm key={meeting.id} citizenId={id} meeting={meeting} reload={meetings.reload} onSaved={setNotice} />
        </>
      )}
    </>
  );
}

function RecordForm({ citizenId, meeting, reload, onSaved }: { citizenId: string; meeting: MeetingView; reload: () => void; onSaved: (notice: string) => void }) {
  const { t, i18n } = useTranslation('casework');
  const [rows, setRows] = useState<Row[]>(() => (meeting.agreements.length > 0 ? meeting.agreements.map((a) => row(a.who, a.what, a.byDate ?? '')) : [row()]));
  const [summary, setSummary] = useState(meeting.summary ?? '');
  const [nextReview, setNextReview] = useState(meeting.nextReviewDate ?? '');
  const submission = useSubmit();
  const cancel = useSubmit();
  const focusRow = useRef<number | null>(null);
  const held = meeting.status === 'held';
  const errors = submission.fieldErrors;

  useEffect(() => {
    if (focusRow.current !== null) {
      document.getElementById(`agreement-${focusRow.current}-who`)?.focus();
      focusRow.current = null;
    }
  }, [rows]);

  const fields = {
    agreements: { id: rows[0] ? `agreement-${rows[0].key}-who` : 'agreement-add', label: t('meetings.agreements') },
    summary: { id: 'meeting-summary', label: t('meetings.summary') },
    nextReviewDate: { id: 'meeting-next-review', label: t('meetings.nextReview') },
  };
  const setRow = (key: number, change: Partial<Row>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = async () => {
    const body: UpdateMeetingBody = {
      version: meeting.version,
      ...(!held && { status: 'held' as const }),
      agreements: rows.filter((r) => r.who.trim() || r.what.trim() || r.byDate).map((r) => ({ who: r.who.trim(), what: r.what.trim(), byDate: r.byDate || null })),
      summary: summary.trim() || null,
      nextReviewDate: nextReview || null,
    };
    await api.patch<MeetingView>(`/citizens/${citizenId}/meetings/${meeting.id}`, body);
    reload();
    onSaved(held ? 'meetingSaved' : 'meetingHeld');
  };

  const cancelMeeting = () =>
    cancel.submit(async () => {
      await api.patch<MeetingView>(`/citizens/${citizenId}/meetings/${meeting.id}`, { version: meeting.version, status: 'cancelled' });
      reload();
      onSaved('meetingCancelled');
    });

  if (meeting.status === 'cancelled') return <p>{t('meetings.cancelledText')}</p>;

  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{held ? t('meetings.recordHeldTitle') : t('meetings.recordTitle')}</h2>
      <div className="alert alert-info">
        <p className="alert-text">{t('reminder')}</p>
      </div>
      <VersionedForm
        submission={submission}
        fields={fields}
        save={save}
        reload={reload}
        conflictMessage={t('conflict.meeting')}
        saved={[
          { label: t('meetings.status'), value: meetingStatusName(t, meeting.status) },
          { label: t('meetings.agreements'), value: meeting.agreements.map((a) => `${a.who}: ${a.what}${a.byDate ? ` (${formatDate(a.byDate, i18n.language)})` : ''}`).join('; ') },
          { label: t('meetings.summary'), value: meeting.summary ?? '' },
          { label: t('meetings.nextReview'), value: formatDate(meeting.nextReviewDate, i18n.language) },
        ]}
      >
        <fieldset className="agreements">
          <legend className="form-label">{t('meetings.agreements')}</legend>
          <p className="form-hint">{t('meetings.agreementsHint')}</p>
          {errors.agreements && <p className="form-error-message">{errors.agreements}</p>}
          <ol className="agreement-rows">
            {rows.map((r, index) => (
              <li key={r.key} className="agreement-row">
                <fieldset>
                  <legend className="sr-only">{t('meetings.agreementNumber', { number: index + 1 })}</legend>
                  <TextField id={`agreement-${r.key}-who`} label={t('meetings.who')} value={r.who} onChange={(who) => setRow(r.key, { who })} autoComplete="off" />
                  <TextField id={`agreement-${r.key}-what`} label={t('meetings.what')} value={r.what} onChange={(what) => setRow(r.key, { what })} autoComplete="off" />
                  <TextField id={`agreement-${r.key}-by`} type="date" label={t('meetings.byDate')} value={r.byDate} onChange={(byDate) => setRow(r.key, { byDate })} width="input-width-s" />
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => {
                      const rest = rows.filter((x) => x.key !== r.key);
                      setRows(rest);
                      document.getElementById('agreement-add')?.focus();
                    }}
                  >
                    {t('meetings.removeAgreement', { number: index + 1 })}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          <button
            type="button"
            id="agreement-add"
            className="button button-secondary"
            onClick={() => {
              const added = row();
              focusRow.current = added.key;
              setRows([...rows, added]);
            }}
          >
            {t('meetings.addAgreement')}
          </button>
        </fieldset>
        <TextAreaField id="meeting-summary" label={t('meetings.summary')} hint={t('meetings.summaryHint')} value={summary} onChange={setSummary} error={errors.summary} rows={6} />
        <TextField id="meeting-next-review" type="date" label={t('meetings.nextReview')} value={nextReview} onChange={setNextReview} error={errors.nextReviewDate} width="input-width-s" />
        <FormActions busy={submission.busy} saveLabel={held ? t('meetings.saveHeld') : t('meetings.markHeld')} />
      </VersionedForm>
      {!held && (
        <div className="form-actions">
          {cancel.error !== null && <ErrorMessage error={cancel.error} />}
          <button type="button" className="button button-tertiary" onClick={() => void cancelMeeting()}>
            {cancel.busy ? t('common.saving') : t('meetings.cancelMeeting')}
          </button>
        </div>
      )}
    </section>
  );
}
