import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isResidentialBasis } from '../../../../domain/granted-service-rules.js';
import { yearlyCostOre } from '../../../../domain/service-cost.js';
import { ApiError, withQuery } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { CheckboxField } from '../../../components/form/checkbox-field.js';
import { SelectField } from '../../../components/form/select-field.js';
import { TextAreaField } from '../../../components/form/text-area-field.js';
import { TextField } from '../../../components/form/text-field.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../../casework/form.js';
import { VersionedForm, type SavedValue } from '../../casework/versioned-form.js';
import { formatKroner, hundredthsInputValue, kronerInputValue, parseHundredths, parseKronerToOre } from '../money-format.js';
import type { OfferSearchView, PriceUnit, ServiceView } from './api-types.js';

const RESULTS = 10;
const providerKinds = ['own', 'other-municipality', 'region', 'private'] as const;
const placements = ['inside', 'outside'] as const;
const priceUnits = ['day', 'hour', 'month'] as const;

/** What the form holds: text as typed (kroner, quantities), choices as the API names them. */
export interface ServiceFormValues {
  offer: { id: string; name: string } | null;
  serviceName: string;
  legalBasis: string;
  providerKind: (typeof providerKinds)[number];
  providerName: string;
  placement: (typeof placements)[number];
  residential: boolean;
  payingUnitId: string;
  periodFrom: string;
  periodTo: string;
  priceUnit: PriceUnit;
  unitPrice: string;
  quantity: string;
  decidedOn: string;
  note: string;
}

/** A decision as the API takes it: amounts in øre, quantities in hundredths, empty texts as null. */
export interface DecisionBody {
  offerId: string | null;
  serviceName: string;
  legalBasis: string;
  providerKind: ServiceFormValues['providerKind'];
  providerName: string | null;
  placement: ServiceFormValues['placement'];
  residential: boolean;
  payingUnitId: string | null;
  periodFrom: string;
  periodTo: string | null;
  priceUnit: PriceUnit;
  unitPriceOre: number;
  quantityHundredths: number;
  decidedOn: string;
  note: string | null;
}

export function emptyServiceForm(payingUnitId: string | null, today: string): ServiceFormValues {
  return { offer: null, serviceName: '', legalBasis: '', providerKind: 'own', providerName: '', placement: 'inside', residential: false, payingUnitId: payingUnitId ?? '', periodFrom: '', periodTo: '', priceUnit: 'day', unitPrice: '', quantity: '1', decidedOn: today, note: '' };
}

export function serviceFormOf(service: ServiceView, language: string): ServiceFormValues {
  return {
    offer: service.offer,
    serviceName: service.serviceName,
    legalBasis: service.legalBasis,
    providerKind: service.providerKind,
    providerName: service.providerName ?? '',
    placement: service.placement,
    residential: service.residential,
    payingUnitId: service.payingUnit?.id ?? '',
    periodFrom: service.periodFrom,
    periodTo: service.periodTo ?? '',
    priceUnit: service.priceUnit,
    unitPrice: kronerInputValue(service.unitPriceOre, language),
    quantity: hundredthsInputValue(service.quantityHundredths, language),
    decidedOn: service.decidedOn,
    note: service.note ?? '',
  };
}

/** The decision the form holds, as the API takes it. Amounts that are not amounts are refused here, before sending. */
function decisionOf(values: ServiceFormValues, t: TFunction): DecisionBody {
  const unitPriceOre = parseKronerToOre(values.unitPrice);
  const quantityHundredths = parseHundredths(values.quantity);
  const problems = [
    ...(unitPriceOre === null ? [{ path: 'unitPriceOre', message: t('services.form.priceNotAmount') }] : []),
    ...(quantityHundredths === null ? [{ path: 'quantityHundredths', message: t('services.form.quantityNotNumber') }] : []),
  ];
  if (problems.length > 0) throw new ApiError(400, t('services.form.clientTitle'), undefined, problems, 'validation_failed', undefined);
  return {
    offerId: values.offer?.id ?? null,
    serviceName: values.serviceName.trim(),
    legalBasis: values.legalBasis.trim(),
    providerKind: values.providerKind,
    providerName: values.providerName.trim() || null,
    placement: values.placement,
    residential: values.residential,
    payingUnitId: values.payingUnitId || null,
    periodFrom: values.periodFrom,
    periodTo: values.periodTo || null,
    priceUnit: values.priceUnit,
    unitPriceOre: unitPriceOre!,
    quantityHundredths: quantityHundredths!,
    decidedOn: values.decidedOn,
    note: values.note.trim() || null,
  };
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The cost in `year` of what the form holds, or null while something needed is missing. */
function previewCost(values: ServiceFormValues, year: number): number | null {
  const unitPriceOre = parseKronerToOre(values.unitPrice);
  const quantityHundredths = parseHundredths(values.quantity);
  if (unitPriceOre === null || unitPriceOre <= 0 || quantityHundredths === null || quantityHundredths <= 0) return null;
  if (!datePattern.test(values.periodFrom) || (values.periodTo !== '' && !datePattern.test(values.periodTo))) return null;
  if (values.periodTo !== '' && values.periodTo < values.periodFrom) return null;
  return yearlyCostOre({ periodFrom: values.periodFrom, periodTo: values.periodTo || null, priceUnit: values.priceUnit, unitPriceOre, quantityHundredths }, year);
}

interface Props {
  initial: ServiceFormValues;
  payingUnits: { id: string; name: string }[];
  /** The year whose cost is shown before saving. */
  year: number;
  submitLabel: string;
  save: (decision: DecisionBody) => Promise<void>;
  /** For a change to a saved decision: fetching the newest version after a 409, and its values to show. */
  versioned?: { reload: () => void; conflictMessage: string; saved: SavedValue[] };
}

/**
 * The decision form, for recording and for changing: the service (an offer found in the catalogue, or a named
 * service), its paragraph, provider and place, the paying centre, the period, the price and quantity, and the cost
 * this year worked out from them as they are typed (domain/service-cost.ts, as the server counts it).
 */
export function ServiceForm({ initial, payingUnits, year, submitLabel, save, versioned }: Props) {
  const { t, i18n } = useTranslation('finance');
  const [values, setValues] = useState(initial);
  const [residentialTouched, setResidentialTouched] = useState(false);
  const [words, setWords] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useApi<OfferSearchView>(query === null ? null : withQuery('/offers', { q: query, pageSize: String(RESULTS) }));
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof ServiceFormValues>(key: K, value: ServiceFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setLegalBasis = (legalBasis: string) => setValues((v) => ({ ...v, legalBasis, residential: residentialTouched ? v.residential : isResidentialBasis(legalBasis) }));
  const chooseOffer = (offer: OfferSearchView['items'][number]) =>
    setValues((v) => {
      const legalBasis = offer.legalBasis ?? v.legalBasis;
      return { ...v, offer: { id: offer.id, name: offer.name }, serviceName: offer.name, legalBasis, residential: residentialTouched ? v.residential : isResidentialBasis(legalBasis) };
    });

  const fieldIds: Record<string, string> = {
    offerId: 'service-offer-search',
    serviceName: 'service-name',
    legalBasis: 'service-legal-basis',
    providerKind: 'service-provider-kind',
    providerName: 'service-provider-name',
    placement: 'service-placement',
    residential: 'service-residential',
    payingUnitId: 'service-paying-unit',
    periodFrom: 'service-period-from',
    periodTo: 'service-period-to',
    priceUnit: 'service-price-unit',
    unitPriceOre: 'service-price',
    quantityHundredths: 'service-quantity',
    decidedOn: 'service-decided-on',
    note: 'service-note',
  };
  const fields = Object.fromEntries(Object.entries(fieldIds).map(([key, id]) => [key, { id, label: t(`services.fields.${key}`) }]));
  const cost = previewCost(values, year);
  const submit = () => save(decisionOf(values, t));

  const body = (
    <>
      <div className={`form-group${errors.offerId ? ' form-error' : ''}`}>
        {errors.offerId && <p className="form-error-message">{errors.offerId}</p>}
        {results.data && (
          <fieldset>
            <legend className="form-label">{t('services.form.results')}</legend>
            <p role="status">{results.data.total === 0 ? t('services.form.noResults') : t('services.form.resultsCount', { count: results.data.total })}</p>
            <ul className="nobullet-list service-offers">
              {results.data.items.map((offer) => (
                <li key={offer.id} className="service-offer">
                  <div className="form-group-radio">
                    <input className="form-radio" type="radio" name="service-offer" id={`service-offer-${offer.id}`} value={offer.id} checked={values.offer?.id === offer.id} onChange={() => chooseOffer(offer)} />
                    <label className="form-label" htmlFor={`service-offer-${offer.id}`}>
                      <strong>{offer.name}</strong>
                      <span className="service-offer-note">{[offer.legalBasis, offer.organization.name].filter(Boolean).join(' · ')}</span>
                    </label>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <p role="status">{values.offer ? t('services.form.chosen', { name: values.offer.name }) : t('services.form.noOffer')}</p>
        {values.offer && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              set('offer', null);
              document.getElementById('service-name')?.focus();
            }}
          >
            {t('services.form.clearOffer')}
          </button>
        )}
      </div>
      <TextField id="service-name" label={t('services.form.serviceName')} hint={t('services.form.serviceNameHint')} value={values.serviceName} onChange={(v) => set('serviceName', v)} error={errors.serviceName} required autoComplete="off" />
      <TextField id="service-legal-basis" label={t('services.form.legalBasis')} hint={t('services.form.legalBasisHint')} value={values.legalBasis} onChange={setLegalBasis} error={errors.legalBasis} required autoComplete="off" width="input-width-s" />
      <SelectField id="service-provider-kind" label={t('services.form.providerKind')} value={values.providerKind} onChange={(v) => set('providerKind', v as ServiceFormValues['providerKind'])} error={errors.providerKind} options={providerKinds.map((k) => ({ value: k, label: t(`services.providerKinds.${k}`) }))} />
      <TextField id="service-provider-name" label={t('services.form.providerName')} hint={t('services.form.providerNameHint')} value={values.providerName} onChange={(v) => set('providerName', v)} error={errors.providerName} autoComplete="off" />
      <SelectField id="service-placement" label={t('services.form.placement')} value={values.placement} onChange={(v) => set('placement', v as ServiceFormValues['placement'])} error={errors.placement} options={placements.map((p) => ({ value: p, label: t(`services.placements.${p}`) }))} />
      <CheckboxField
        id="service-residential"
        label={t('services.form.residential')}
        hint={t('services.form.residentialHint')}
        checked={values.residential}
        onChange={(checked) => {
          setResidentialTouched(true);
          set('residential', checked);
        }}
        error={errors.residential}
      />
      <SelectField
        id="service-paying-unit"
        label={t('services.form.payingUnit')}
        hint={t('services.form.payingUnitHint')}
        value={values.payingUnitId}
        onChange={(v) => set('payingUnitId', v)}
        error={errors.payingUnitId}
        options={[{ value: '', label: t('services.form.noPayingUnit') }, ...payingUnits.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t('services.form.periodLegend')}</legend>
        <div className="field-row">
          <TextField id="service-period-from" type="date" label={t('services.form.periodFrom')} value={values.periodFrom} onChange={(v) => set('periodFrom', v)} error={errors.periodFrom} required width="input-width-s" />
          <TextField id="service-period-to" type="date" label={t('services.form.periodTo')} hint={t('services.form.periodToHint')} value={values.periodTo} onChange={(v) => set('periodTo', v)} error={errors.periodTo} width="input-width-s" />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend className="form-label">{t('services.form.priceLegend')}</legend>
        <SelectField id="service-price-unit" label={t('services.form.priceUnit')} value={values.priceUnit} onChange={(v) => set('priceUnit', v as PriceUnit)} error={errors.priceUnit} options={priceUnits.map((u) => ({ value: u, label: t(`services.priceUnits.${u}`) }))} />
        <TextField id="service-price" label={t(`services.form.unitPrice.${values.priceUnit}`)} hint={t('services.form.unitPriceHint')} value={values.unitPrice} onChange={(v) => set('unitPrice', v)} error={errors.unitPriceOre} required autoComplete="off" width="input-width-s" />
        <TextField id="service-quantity" label={t(`services.form.quantity.${values.priceUnit}`)} hint={t(`services.form.quantityHint.${values.priceUnit}`)} value={values.quantity} onChange={(v) => set('quantity', v)} error={errors.quantityHundredths} required autoComplete="off" width="input-width-xs" />
      </fieldset>
      <TextField id="service-decided-on" type="date" label={t('services.form.decidedOn')} value={values.decidedOn} onChange={(v) => set('decidedOn', v)} error={errors.decidedOn} required width="input-width-s" />
      <TextAreaField id="service-note" label={t('services.form.note')} value={values.note} onChange={(v) => set('note', v)} error={errors.note} rows={3} />
      <div className="service-preview" aria-live="polite" aria-atomic="true">
        {cost === null ? (
          <p>{t('services.form.previewMissing', { year })}</p>
        ) : (
          <>
            <p>
              <strong>{t('services.form.preview', { year, amount: formatKroner(cost, i18n.language) })}</strong>
            </p>
            <p className="form-hint">{t('services.form.previewHint', { year })}</p>
          </>
        )}
      </div>
      <FormActions busy={submission.busy} saveLabel={submitLabel} />
    </>
  );

  return (
    <>
      <form
        role="search"
        className="service-search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(words.trim());
        }}
      >
        <TextField id="service-offer-search" type="search" label={t('services.form.searchLabel')} hint={t('services.form.searchHint')} value={words} onChange={setWords} autoComplete="off" width="input-width-l" />
        <button type="submit" className="button button-secondary">
          {t('services.form.searchButton')}
        </button>
      </form>
      {results.loading && <p role="status">{t('services.form.searching')}</p>}
      {results.error && <ErrorMessage error={results.error} />}
      {versioned ? (
        <VersionedForm submission={submission} fields={fields} save={submit} reload={versioned.reload} conflictMessage={versioned.conflictMessage} saved={versioned.saved}>
          {body}
        </VersionedForm>
      ) : (
        <SubmitForm submission={submission} fields={fields} save={submit}>
          {body}
        </SubmitForm>
      )}
    </>
  );
}
