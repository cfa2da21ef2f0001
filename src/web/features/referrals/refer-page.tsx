import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { planParts } from '../../../domain/plan-parts.js';
import { api, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import type { CitizenRecord } from '../casework/api-types.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { CitizenNav, citizenPath } from '../casework/shared.js';
import type { OfferSearchView, ReferralView, SendReferralBody } from './api-types.js';
import { partName } from './labels.js';

const RESULTS = 10;

/**
 * /borgere/:id/henvis — "Henvis til et tilbud": the worker finds a published offer (the public offer search), chooses
 * the parts of the plan the citizen agreed to share with the receiver, confirms the citizen's consent and sends.
 */
export function ReferPage() {
  const { t } = useTranslation('referrals');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const [words, setWords] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useApi<OfferSearchView>(query === null ? null : withQuery('/offers', { q: query, pageSize: String(RESULTS) }));
  const [offerId, setOfferId] = useState('');
  const [message, setMessage] = useState('');
  const [parts, setParts] = useState<string[]>([]);
  const [consented, setConsented] = useState(false);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const citizen = record.data;
  const chosen = results.data?.items.find((offer) => offer.id === offerId);
  const fields = {
    offerId: { id: results.data?.items[0] ? `offer-${results.data.items[0].id}` : 'offer-search', label: t('refer.results') },
    message: { id: 'referral-message', label: t('refer.message') },
    sharedParts: { id: `referral-parts-${planParts[0]}`, label: t('refer.share') },
    citizenConsented: { id: 'referral-consent', label: t('refer.consent') },
  };

  const send = async () => {
    const body: SendReferralBody = { citizenId: id, offerId, message: message.trim(), sharedParts: parts as SendReferralBody['sharedParts'], ...(parts.length > 0 && { citizenConsented: consented }) };
    const sent = await api.post<ReferralView>('/referrals', body);
    await navigate(`/henvisninger/${encodeURIComponent(sent.id)}`, { state: { notice: 'referralSent' } });
  };

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('refer.back')}</BackLink>
      <PageTitle>{citizen ? t('refer.title', { name: `${citizen.firstName} ${citizen.lastName}` }) : t('refer.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <p className="readable">{t('refer.intro')}</p>
      {record.loading && !citizen && <Loading />}
      {record.error && <ErrorMessage error={record.error} />}
      {citizen && (
        <>
          <form
            role="search"
            className="referral-search"
            onSubmit={(event) => {
              event.preventDefault();
              setOfferId('');
              setQuery(words.trim());
            }}
          >
            <TextField id="offer-search" type="search" label={t('refer.searchLabel')} hint={t('refer.searchHint')} value={words} onChange={setWords} autoComplete="off" width="input-width-l" />
            <button type="submit" className="button button-secondary">
              {t('refer.searchButton')}
            </button>
          </form>
          {results.loading && <p role="status">{t('refer.searching')}</p>}
          {results.error && <ErrorMessage error={results.error} />}

          <SubmitForm submission={submission} fields={fields} save={send}>
            {results.data && (
              <div className={`form-group${errors.offerId ? ' form-error' : ''}`}>
                <fieldset>
                  <legend className="form-label">{t('refer.results')}</legend>
                  <p role="status">{results.data.total === 0 ? t('refer.noResults') : t('refer.resultsCount', { count: results.data.total })}</p>
                  {errors.offerId && <p className="form-error-message">{errors.offerId}</p>}
                  <ul className="nobullet-list offer-choices">
                    {results.data.items.map((offer) => (
                      <li key={offer.id} className="offer-choice">
                        <div className="form-group-radio">
                          <input className="form-radio" type="radio" name="offer" id={`offer-${offer.id}`} value={offer.id} checked={offerId === offer.id} onChange={() => setOfferId(offer.id)} />
                          <label className="form-label" htmlFor={`offer-${offer.id}`}>
                            <strong>{offer.name}</strong>
                            <span className="offer-choice-note">
                              {offer.organization.name}
                              {offer.selfReferral && ` · ${t('refer.selfReferral')}`}
                            </span>
                          </label>
                        </div>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </div>
            )}
            <p role="status">{chosen ? t('refer.chosen', { name: chosen.name }) : ''}</p>
            <TextAreaField id="referral-message" label={t('refer.message')} hint={t('refer.messageHint')} value={message} onChange={setMessage} error={errors.message} rows={4} />
            <CheckboxGroup
              id="referral-parts"
              legend={t('refer.share')}
              hint={t('refer.shareHint')}
              error={errors.sharedParts}
              options={planParts.map((part) => ({ value: part, label: partName(t, part) }))}
              selected={parts}
              onChange={setParts}
            />
            {parts.length > 0 && <CheckboxField id="referral-consent" label={t('refer.consent')} checked={consented} onChange={setConsented} error={errors.citizenConsented} />}
            {!offerId && <p>{t('refer.chooseOffer')}</p>}
            <FormActions busy={submission.busy} saveLabel={t('refer.submit')} />
          </SubmitForm>
        </>
      )}
    </>
  );
}
