import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import type { PlanView } from '../casework/api-types.js';
import { ColumnHeads, Fact, Facts, formatDate, formatInstant } from '../casework/shared.js';
import type { ChangeReferralBody, ReferralState, ReferralView } from './api-types.js';
import { moveName, partList, partName, stateName } from './labels.js';
import { OverdueFlag } from './overdue-flag.js';

/** /henvisninger/:id — one referral for its sender and its receiver: the facts, the shared parts, the moves, the history. */
export function ReferralPage() {
  const { t, i18n } = useTranslation('referrals');
  const { id = '' } = useParams();
  const referral = useApi<ReferralView>(`/referrals/${encodeURIComponent(id)}`);
  const [arrived] = useNotice();
  const [notice, setNotice] = useState<string | null>(arrived === 'referralSent' ? t('refer.sent') : null);
  const data = referral.data;
  const name = data ? `${data.citizen.firstName} ${data.citizen.lastName}` : '';
  const withdrawn = data ? data.sharedParts.filter((part) => !data.sharedNow.includes(part)) : [];

  return (
    <>
      <BackLink to="/henvisninger">{t('detail.back')}</BackLink>
      <PageTitle>{data ? t('detail.title', { name }) : t('detail.titleLoading')}</PageTitle>
      <StatusMessage message={notice} />
      {referral.loading && !data && <Loading />}
      {referral.error && <ErrorMessage error={referral.error} />}
      {data && (
        <>
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('detail.about')}</h2>
            <Facts>
              <Fact term={t('detail.citizen')}>{name}</Fact>
              <Fact term={t('detail.age')}>{t('detail.years', { count: data.citizen.age })}</Fact>
              <Fact term={t('detail.offer')}>{data.offer.name}</Fact>
              <Fact term={t('detail.receiver')}>{data.receivingUnit?.name ?? ''}</Fact>
              <Fact term={t('detail.sender')}>{data.kind === 'self' ? t('kinds.self') : [data.senderName, data.senderUnitName].filter(Boolean).join(', ')}</Fact>
              <Fact term={t('detail.sentAt')}>{formatInstant(data.sentAt, i18n.language)}</Fact>
              <Fact term={t('detail.due')}>
                {formatDate(data.answerDueOn, i18n.language)}
                {data.overdue && <OverdueFlag />}
              </Fact>
              <Fact term={t('detail.state')}>
                <strong>{stateName(t, data.state)}</strong>
              </Fact>
              {data.reason && <Fact term={t('detail.reason')}>{data.reason}</Fact>}
            </Facts>
            <p>{data.sides.map((side) => t(`sides.${side}`)).join(' ')}</p>
            <h3>{t('detail.message')}</h3>
            <p className="readable preserve-lines">{data.message || t('detail.noMessage')}</p>
          </section>

          <section aria-labelledby="actions-heading">
            <h2 id="actions-heading">{t('detail.actions')}</h2>
            {data.moves.length === 0 ? (
              <p>{t('detail.noActions')}</p>
            ) : (
              <StateChange
                referral={data}
                onChanged={(state) => {
                  setNotice(t('detail.saved', { state: stateName(t, state) }));
                  referral.reload();
                }}
              />
            )}
          </section>

          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">{t('detail.shared')}</h2>
            {data.sharedNow.length === 0 ? <p>{t('detail.sharedNone')}</p> : <p>{t('detail.sharedIntro')}</p>}
            {withdrawn.length > 0 && <p>{t('detail.sharedWithdrawn', { parts: partList(t, withdrawn) })}</p>}
            {data.sharedNow.length > 0 && data.sides.includes('receiver') && <SharedPlan citizenId={data.citizen.id} />}
            {data.sharedNow.length > 0 && !data.sides.includes('receiver') && (
              <ul>
                {data.sharedNow.map((part) => (
                  <li key={part}>{partName(t, part)}</li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('detail.history')}</h2>
            <table className="table table--responsive-headers">
              <caption className="sr-only">{t('detail.historyCaption')}</caption>
              <ColumnHeads labels={[t('detail.when'), t('detail.what'), t('detail.who'), t('detail.whyCol')]} />
              <tbody>
                {data.history.map((event) => (
                  <tr key={event.id}>
                    <td data-title={t('detail.when')}>{formatInstant(event.at, i18n.language)}</td>
                    <td data-title={t('detail.what')}>{event.fromState ? t('detail.change', { from: stateName(t, event.fromState), to: stateName(t, event.toState) }) : t('detail.created')}</td>
                    <td data-title={t('detail.who')}>{event.actorName ?? ''}</td>
                    <td data-title={t('detail.whyCol')}>{event.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </>
  );
}

/** The moves the reader may make, one button each; declining and stopping first ask for a reason. */
function StateChange({ referral, onChanged }: { referral: ReferralView; onChanged: (state: ReferralState) => void }) {
  const { t } = useTranslation('referrals');
  const [asking, setAsking] = useState<ReferralState | null>(null);
  const [reason, setReason] = useState('');
  const submission = useSubmit();

  useEffect(() => {
    if (asking) document.getElementById('referral-reason')?.focus();
  }, [asking]);

  const change = (state: ReferralState, withReason: string | null) =>
    submission.submit(async () => {
      const body: ChangeReferralBody = { state, version: referral.version, ...(withReason !== null && { reason: withReason }) };
      await api.patch<ReferralView>(`/referrals/${encodeURIComponent(referral.id)}`, body);
      setAsking(null);
      setReason('');
      onChanged(state);
    });

  return (
    <>
      <ErrorSummary error={submission.error} fields={{ reason: { id: 'referral-reason', label: t('detail.reasonLabel') } }} />
      {asking ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void change(asking, reason);
          }}
        >
          <TextAreaField id="referral-reason" label={t('detail.reasonLabel')} hint={t('detail.reasonHint')} value={reason} onChange={setReason} error={submission.fieldErrors.reason} required rows={3} />
          <div className="referral-moves">
            <button type="submit" className="button button-primary">
              {submission.busy ? t('detail.saving') : t('detail.confirm', { move: moveName(t, asking) })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAsking(null);
                submission.reset();
              }}
            >
              {t('detail.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="referral-moves">
          {referral.moves.map((move) => (
            <button
              key={move.to}
              type="button"
              className={`button ${move.reasonRequired ? 'button-secondary' : 'button-primary'}`}
              disabled={submission.busy}
              onClick={() => (move.reasonRequired ? setAsking(move.to) : void change(move.to, null))}
            >
              {moveName(t, move.to)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

/** What the citizen shares with the receiving unit, read through the plan (the server returns only those parts). */
function SharedPlan({ citizenId }: { citizenId: string }) {
  const { t, i18n } = useTranslation('referrals');
  const plan = useApi<PlanView>(`/citizens/${encodeURIComponent(citizenId)}/plan`);
  if (plan.loading && !plan.data) return <Loading />;
  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return null;
  return (
    <>
      {plan.data.dreams && (
        <>
          <h3>{partName(t, 'dreams')}</h3>
          <ul>
            {plan.data.dreams.map((dream) => (
              <li key={dream.id}>{dream.text}</li>
            ))}
          </ul>
        </>
      )}
      {plan.data.domains.map((entry) => (
        <div key={entry.domain}>
          <h3>{partName(t, `domain:${entry.domain}`)}</h3>
          <ul>
            {entry.goals.map((goal) => (
              <li key={goal.id}>{goal.title}</li>
            ))}
          </ul>
        </div>
      ))}
      {plan.data.meetings && plan.data.meetings.length > 0 && (
        <>
          <h3>{partName(t, 'meetings')}</h3>
          <ul>
            {plan.data.meetings.map((meeting) => (
              <li key={meeting.id}>{formatInstant(meeting.startsAt, i18n.language)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
