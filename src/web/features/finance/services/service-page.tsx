import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { CitizenNav, citizenPath, Fact, Facts, formatDate, formatInstant } from '../../casework/shared.js';
import { patchChanged } from '../../casework/versioned-form.js';
import { formatKroner } from '../money-format.js';
import { servicePath, servicesPath, type ServiceHistoryView, type ServiceListView, type ServiceView } from './api-types.js';
import { periodText, priceText } from './labels.js';
import { ServiceForm, serviceFormOf, type DecisionBody } from './service-form.js';
import { ServiceHistory } from './service-history.js';

/** The fields of the form that differ from the saved decision, as a change body with the version read. */
function changesOf(saved: ServiceView, decision: DecisionBody): Record<string, unknown> & { version: number } {
  const before: DecisionBody = {
    offerId: saved.offer?.id ?? null,
    serviceName: saved.serviceName,
    legalBasis: saved.legalBasis,
    providerKind: saved.providerKind,
    providerName: saved.providerName,
    placement: saved.placement,
    residential: saved.residential,
    payingUnitId: saved.payingUnit?.id ?? null,
    periodFrom: saved.periodFrom,
    periodTo: saved.periodTo,
    priceUnit: saved.priceUnit,
    unitPriceOre: saved.unitPriceOre,
    quantityHundredths: saved.quantityHundredths,
    decidedOn: saved.decidedOn,
    note: saved.note,
  };
  const body: Record<string, unknown> & { version: number } = { version: saved.version };
  for (const key of Object.keys(decision) as (keyof DecisionBody)[]) if (decision[key] !== before[key]) body[key] = decision[key];
  // The paragraph decides the residential default on the server; what the form shows is what is saved.
  if ('legalBasis' in body) body.residential = decision.residential;
  return body;
}

/** /borgere/:id/ydelser/:serviceId — one decision: its facts, a change, a withdrawal, and its history. */
export function ServicePage() {
  const { t, i18n } = useTranslation('finance');
  const { id = '', serviceId = '' } = useParams();
  const list = useApi<ServiceListView>(servicesPath(id));
  const history = useApi<ServiceHistoryView>(`${servicePath(id, serviceId)}/history`);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const withdrawal = useSubmit();
  const question = useRef<HTMLDivElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const language = i18n.language;
  const data = list.data;
  const service = data?.items.find((item) => item.id === serviceId);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const reloadAll = () => {
    list.reload();
    history.reload();
  };

  const withdraw = () =>
    withdrawal.submit(async () => {
      await api.post<ServiceView>(`${servicePath(id, serviceId)}/cancel`, { version: service!.version });
      setConfirming(false);
      setNotice('withdrawn');
      reloadAll();
      outcome.current?.focus();
    });

  return (
    <>
      <BackLink to={citizenPath(id, 'ydelser')}>{t('services.backToList')}</BackLink>
      <PageTitle>{service ? t('services.decision.title', { name: service.serviceName }) : t('services.decision.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <div ref={outcome} tabIndex={-1}>
        <StatusMessage message={notice ? t(`services.notices.${notice}`) : null} />
      </div>
      {list.loading && !data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {data && !service && <p>{t('services.decision.notFound')}</p>}
      {data && service && (
        <>
          <h2>{t('services.decision.factsHeading')}</h2>
          <Facts>
            <Fact term={t('services.fields.legalBasis')}>{service.legalBasis}</Fact>
            {service.offer && <Fact term={t('services.fields.offerId')}>{service.offer.name}</Fact>}
            <Fact term={t('services.fields.providerKind')}>{[t(`services.providerKinds.${service.providerKind}`), service.providerName].filter(Boolean).join(': ')}</Fact>
            <Fact term={t('services.fields.placement')}>{t(`services.placements.${service.placement}`)}</Fact>
            <Fact term={t('services.fields.residential')}>{service.residential ? t('services.yes') : t('services.no')}</Fact>
            <Fact term={t('services.fields.payingUnitId')}>{service.payingUnit?.name ?? t('services.form.noPayingUnit')}</Fact>
            <Fact term={t('services.columns.period')}>{periodText(t, service, language)}</Fact>
            <Fact term={t('services.columns.price')}>{priceText(t, service, language)}</Fact>
            <Fact term={t('services.fields.decidedOn')}>{formatDate(service.decidedOn, language)}</Fact>
            {service.decidedBy && <Fact term={t('services.decision.decidedBy')}>{service.decidedBy.name}</Fact>}
            <Fact term={t('services.columns.status')}>{t(`services.status.${service.status}`)}</Fact>
            <Fact term={t('services.decision.costThisYear', { year: data.year })}>{formatKroner(service.costThisYearOre, language)}</Fact>
            <Fact term={t('services.decision.costLastYear', { year: data.year - 1 })}>{formatKroner(service.costLastYearOre, language)}</Fact>
            {service.note && <Fact term={t('services.fields.note')}>{service.note}</Fact>}
          </Facts>

          {service.cancelledAt ? (
            <div className="alert alert-info">
              <p className="alert-text">{t('services.decision.cancelledAt', { when: formatInstant(service.cancelledAt, language) })}</p>
            </div>
          ) : (
            <>
              <h2>{t('services.decision.changeHeading')}</h2>
              <ServiceForm
                initial={serviceFormOf(service, language)}
                payingUnits={data.payingUnits}
                year={data.year}
                submitLabel={t('services.form.submitChange')}
                versioned={{
                  reload: list.reload,
                  conflictMessage: t('services.decision.conflict'),
                  saved: [
                    { label: t('services.fields.unitPriceOre'), value: priceText(t, service, language) },
                    { label: t('services.columns.period'), value: periodText(t, service, language) },
                    { label: t('services.fields.payingUnitId'), value: service.payingUnit?.name ?? '' },
                  ],
                }}
                save={async (decision) => {
                  await patchChanged(servicePath(id, serviceId), changesOf(service, decision));
                  setNotice('changed');
                  reloadAll();
                  outcome.current?.focus();
                }}
              />

              <h2>{t('services.decision.withdrawHeading')}</h2>
              <p className="readable">{t('services.decision.withdrawIntro')}</p>
              {withdrawal.error !== null && <ErrorMessage error={withdrawal.error} />}
              {confirming ? (
                <div ref={question} tabIndex={-1}>
                  <p>
                    <strong>{t('services.decision.withdrawConfirm')}</strong>
                  </p>
                  <div className="service-withdraw">
                    <button type="button" className="button button-primary" onClick={() => void withdraw()}>
                      {withdrawal.busy ? t('services.decision.withdrawing') : t('services.decision.withdrawYes')}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                      {t('services.decision.withdrawNo')}
                    </button>
                  </div>
                </div>
              ) : (
                <p>
                  <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
                    {t('services.decision.withdraw')}
                  </button>
                </p>
              )}
            </>
          )}

          <h2>{t('services.history.heading')}</h2>
          <p className="readable">{t('services.history.intro')}</p>
          {history.error && <ErrorMessage error={history.error} />}
          {history.data && <ServiceHistory history={history.data} />}
        </>
      )}
    </>
  );
}
