import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import type { ChangeReferralBody, MyReferralView } from './api-types.js';
import { partList } from './labels.js';
import { formatDay } from './referral-format.js';

/**
 * /mine-henvisninger — the citizen's referrals in plain words, one big card each: where it stands ("Perron 4 har sagt
 * ja til dig"), why if it was said no to, what the citizen shares for it, and what has happened. A referral not yet
 * answered can be withdrawn. Every control is a real button or field, so the page works with the keyboard alone.
 */
export function MyReferralsPage() {
  const { t, i18n } = useTranslation('referrals');
  const list = useApi<{ items: MyReferralView[] }>('/me/referrals');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageTitle>{t('mine.title')}</PageTitle>
      <p className="font-lead">{t('mine.intro')}</p>
      <StatusMessage message={notice} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('mine.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="my-referrals">
          {list.data.items.map((referral) => (
            <li key={referral.id} className="my-referral">
              <h2 id={`referral-${referral.id}`}>{referral.offer.name}</h2>
              <p className="my-referral-state">{referral.stateText}</p>
              {referral.reason && <p>{t('mine.reason', { reason: referral.reason })}</p>}
              <p>{t('mine.sentAt', { date: formatDay(referral.sentAt, i18n.language) })}</p>
              <p>{referral.sharedParts.length > 0 ? t('mine.shared', { parts: partList(t, referral.sharedParts) }) : t('mine.sharedNone')}</p>
              <h3>{t('mine.history')}</h3>
              <ol className="my-referral-history">
                {referral.history.map((step, index) => (
                  <li key={`${step.state}-${index}`}>
                    {formatDay(step.at, i18n.language)}: {step.text}
                  </li>
                ))}
              </ol>
              {referral.canWithdraw && (
                <Withdraw
                  referral={referral}
                  onWithdrawn={() => {
                    setNotice(t('mine.withdrawn'));
                    list.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "Træk tilbage": asks why in a field that gets focus, then stops the referral. */
function Withdraw({ referral, onWithdrawn }: { referral: MyReferralView; onWithdrawn: () => void }) {
  const { t } = useTranslation('referrals');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submission = useSubmit();
  const fieldId = `withdraw-reason-${referral.id}`;

  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
  }, [open, fieldId]);

  if (!open) {
    return (
      <button type="button" className="button button-secondary" aria-describedby={`referral-${referral.id}`} onClick={() => setOpen(true)}>
        {t('mine.withdraw')}
      </button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submission.submit(async () => {
          const body: ChangeReferralBody = { state: 'stopped', reason, version: referral.version };
          await api.patch(`/referrals/${encodeURIComponent(referral.id)}`, body);
          onWithdrawn();
        });
      }}
    >
      <ErrorSummary error={submission.error} fields={{ reason: { id: fieldId, label: t('mine.withdrawReason') } }} />
      <TextAreaField id={fieldId} label={t('mine.withdrawReason')} hint={t('mine.withdrawHint')} value={reason} onChange={setReason} error={submission.fieldErrors.reason} required rows={3} />
      <div className="referral-moves">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('mine.saving') : t('mine.withdrawConfirm')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setOpen(false);
            submission.reset();
          }}
        >
          {t('mine.cancel')}
        </button>
      </div>
    </form>
  );
}
