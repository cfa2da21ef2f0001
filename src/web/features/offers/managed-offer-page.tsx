import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ManagedOffer } from '../../../contracts/offers.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { offerPath, vocabulary } from './offer-labels.js';
import { emptyOfferForm, offerBody, OfferForm, offerFormValues, type OfferChoices, type OfferFormValues } from './offer-form.js';

/** /mine-tilbud/ny: a new offer starts as a draft. */
export function NewOfferPage() {
  const { t } = useTranslation('offers');
  const navigate = useNavigate();
  const choices = useApi<OfferChoices>('/managed-offers/choices');
  const [values, setValues] = useState<OfferFormValues | null>(null);
  const submission = useSubmit();
  useEffect(() => {
    if (choices.data && values === null) setValues(emptyOfferForm(choices.data));
  }, [choices.data, values]);
  const save = () =>
    submission.submit(async () => {
      const created = await api.post<ManagedOffer>('/offers', offerBody(values!));
      await navigate(`/mine-tilbud/${encodeURIComponent(created.id)}`, { state: { notice: t('upkeep.created') } });
    });
  return (
    <>
      <PageTitle>{t('upkeep.newTitle')}</PageTitle>
      <p>
        <Link to="/mine-tilbud">{t('upkeep.back')}</Link>
      </p>
      {choices.loading && <Loading />}
      {choices.error && <ErrorMessage error={choices.error} />}
      {choices.data && values && <OfferForm values={values} onChange={setValues} choices={choices.data} submission={submission} onSubmit={() => void save()} />}
    </>
  );
}

const actionsFor: Record<ManagedOffer['lifecycle'], ('publish' | 'archive' | 'unpublish' | 'confirm')[]> = {
  draft: ['publish', 'archive'],
  published: ['confirm', 'unpublish', 'archive'],
  archived: ['publish', 'unpublish'],
};

/** /mine-tilbud/:id: change the offer, publish, archive or confirm it. */
export function ManagedOfferPage() {
  const { t, i18n } = useTranslation('offers');
  const { id = '' } = useParams();
  const offer = useApi<ManagedOffer>(`/offers/${encodeURIComponent(id)}/managed`);
  const choices = useApi<OfferChoices>('/managed-offers/choices');
  const [values, setValues] = useState<OfferFormValues | null>(null);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const submission = useSubmit();
  const lifecycle = useSubmit();
  const current = offer.data;

  useEffect(() => {
    if (current) setValues(offerFormValues(current));
  }, [current]);

  const save = () =>
    submission.submit(async () => {
      await api.patch<ManagedOffer>(`/offers/${encodeURIComponent(id)}`, { ...offerBody(values!), version: current!.version });
      setNotice(t('upkeep.saved'));
      offer.reload();
    });
  const act = (action: (typeof actionsFor)['draft'][number]) =>
    lifecycle.submit(async () => {
      await api.post<ManagedOffer>(`/offers/${encodeURIComponent(id)}/lifecycle`, { action, version: current!.version });
      setNotice(t(`upkeep.lifecycleDone.${action}`));
      offer.reload();
    });
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'Europe/Copenhagen' });

  return (
    <>
      <PageTitle>{current ? current.name : t('upkeep.editTitle')}</PageTitle>
      <p>
        <Link to="/mine-tilbud">{t('upkeep.back')}</Link>
      </p>
      <StatusMessage message={notice} />
      {(offer.loading || choices.loading) && !current && <Loading />}
      {offer.error && <ErrorMessage error={offer.error} />}
      {choices.error && <ErrorMessage error={choices.error} />}
      {current && (
        <section aria-labelledby="state-heading">
          <h2 id="state-heading" className="sr-only">
            {t('upkeep.state')}
          </h2>
          <p>
            {t('upkeep.stateText', { state: vocabulary(t, 'lifecycle', current.lifecycle) })} {current.confirmedAt && t('upkeep.lastConfirmed', { date: date(current.confirmedAt) })}
          </p>
          {current.needsConfirmation && <p className="offer-outdated">{t('result.outdated')}</p>}
          {lifecycle.error !== null && <ErrorMessage error={lifecycle.error} />}
          <div className="offer-lifecycle-actions">
            {actionsFor[current.lifecycle].map((action) => (
              <button key={action} type="button" className={action === 'publish' || action === 'confirm' ? 'button button-primary' : 'button button-secondary'} disabled={lifecycle.busy} onClick={() => void act(action)}>
                {t(`upkeep.${action}`)}
              </button>
            ))}
            {current.lifecycle === 'published' && (
              <Link to={offerPath(current.id)} className="button button-tertiary">
                {t('upkeep.viewPublic')}
              </Link>
            )}
          </div>
        </section>
      )}
      {current && choices.data && values && <OfferForm values={values} onChange={setValues} choices={choices.data} submission={submission} onSubmit={() => void save()} />}
    </>
  );
}
