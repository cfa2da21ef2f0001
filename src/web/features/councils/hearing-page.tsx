import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { Fact, Facts, formatDate, formatInstant } from '../casework/shared.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { councilPage, hearingPath, type HearingView } from './api.js';
import { DeadlineText } from './hearing-table.js';

/**
 * /styring/hoeringer/:id — one hearing: the decision, the deadline, the council's response and the outcome. A member
 * of the council sends the response; the administration records the outcome. Politicians read.
 */
export function HearingPage() {
  const { t, i18n } = useTranslation('councils');
  const { id = '' } = useParams();
  const hearing = useApi<HearingView>(hearingPath(id));
  const [notice, setNotice] = useNotice();
  const h = hearing.data;
  const saved = (message: string, updated: HearingView) => {
    hearing.replace(updated);
    setNotice(message);
  };

  return (
    <>
      {h && <BackLink to={councilPage(h.council.id)}>{t('hearing.back', { council: h.council.name })}</BackLink>}
      <PageTitle>{h ? h.title : t('hearing.loading')}</PageTitle>
      <StatusMessage message={notice} />
      {hearing.loading && !h && <Loading />}
      {hearing.error && <ErrorMessage error={hearing.error} />}
      {h && (
        <>
          <Facts>
            <Fact term={t('hearing.council')}>{h.council.name}</Fact>
            <Fact term={t('hearing.decisionReference')}>{h.decisionReference}</Fact>
            {h.strategy && <Fact term={t('hearing.strategy')}>{h.strategy.name}</Fact>}
            <Fact term={t('hearing.sentOn')}>{formatDate(h.sentOn, i18n.language)}</Fact>
            <Fact term={t('hearing.respondBy')}>
              {formatDate(h.respondBy, i18n.language)}
              {h.status === 'open' && (
                <>
                  {' – '}
                  <DeadlineText hearing={h} />
                </>
              )}
            </Fact>
            <Fact term={t('hearing.status')}>{t(`status.${h.status}`)}</Fact>
          </Facts>

          {h.description && (
            <section aria-labelledby="hearing-about">
              <h2 id="hearing-about">{t('hearing.aboutTitle')}</h2>
              <p className="readable council-text">{h.description}</p>
            </section>
          )}

          <section aria-labelledby="hearing-response">
            <h2 id="hearing-response">{t('hearing.responseTitle')}</h2>
            {h.response ? (
              <>
                <blockquote className="council-response council-text">{h.response}</blockquote>
                {h.respondedAt && (
                  <p className="small-text">
                    {h.respondedBy ? t('hearing.respondedBy', { name: h.respondedBy.name, when: formatInstant(h.respondedAt, i18n.language) }) : t('hearing.respondedAt', { when: formatInstant(h.respondedAt, i18n.language) })}
                  </p>
                )}
              </>
            ) : (
              <p>{t('hearing.noResponse')}</p>
            )}
            {h.canAnswer && <ResponseForm hearing={h} onSaved={(updated) => saved(t('hearing.responseSent'), updated)} />}
          </section>

          <section aria-labelledby="hearing-outcome">
            <h2 id="hearing-outcome">{t('hearing.outcomeTitle')}</h2>
            {h.outcome ? <p className="readable council-text">{h.outcome}</p> : <p>{t('hearing.noOutcome')}</p>}
            {h.canRecordOutcome && <OutcomeForm hearing={h} onSaved={(updated) => saved(t('hearing.outcomeSaved'), updated)} />}
          </section>
        </>
      )}
    </>
  );
}

/** "Rådets høringssvar": a member of the council sends it, or corrects it until the outcome is recorded. */
function ResponseForm({ hearing, onSaved }: { hearing: HearingView; onSaved: (updated: HearingView) => void }) {
  const { t } = useTranslation('councils');
  const [response, setResponse] = useState(hearing.response ?? '');
  const submission = useSubmit();
  const field = { id: 'hearing-response-text', label: t('hearing.responseLabel') };
  return (
    <SubmitForm
      submission={submission}
      fields={{ response: field }}
      className="council-form"
      save={async () => {
        onSaved(await api.post<HearingView>(`${hearingPath(hearing.id)}/response`, { response, version: hearing.version }));
      }}
    >
      <TextAreaField {...field} hint={t('hearing.responseHint')} value={response} onChange={setResponse} error={submission.fieldErrors.response} required rows={8} />
      <FormActions busy={submission.busy} saveLabel={t('hearing.responseSubmit')} />
    </SubmitForm>
  );
}

/** "Registrér udfald": what the decision-maker did with the response; closes the hearing. */
function OutcomeForm({ hearing, onSaved }: { hearing: HearingView; onSaved: (updated: HearingView) => void }) {
  const { t } = useTranslation('councils');
  const [outcome, setOutcome] = useState('');
  const submission = useSubmit();
  const field = { id: 'hearing-outcome-text', label: t('hearing.outcomeLabel') };
  return (
    <SubmitForm
      submission={submission}
      fields={{ outcome: field }}
      className="council-form"
      save={async () => {
        onSaved(await api.post<HearingView>(`${hearingPath(hearing.id)}/outcome`, { outcome, version: hearing.version }));
      }}
    >
      <TextAreaField {...field} hint={t('hearing.outcomeHint')} value={outcome} onChange={setOutcome} error={submission.fieldErrors.outcome} required rows={4} />
      <FormActions busy={submission.busy} saveLabel={t('hearing.outcomeSubmit')} />
    </SubmitForm>
  );
}
