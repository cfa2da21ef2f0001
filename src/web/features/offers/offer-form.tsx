import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ManagedOffer, offerChoices } from '../../../contracts/offers.js';
import { accessibilityFeatures, offerLifeDomains, offerTargetGroups } from '../../../domain/catalogue-vocabulary.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import type { Submission } from '../../components/form/use-submit.js';
import { vocabulary } from './offer-labels.js';

export type OfferChoices = z.infer<typeof offerChoices>;

/** The form's values: text inputs hold strings; numbers are sent only when filled in. */
export interface OfferFormValues {
  name: string;
  description: string;
  easyRead: string;
  organizationId: string;
  ownerUnitId: string;
  legalBasis: string;
  lifeDomains: string[];
  targetGroups: string[];
  minimumAge: string;
  maximumAge: string;
  freeOfCharge: boolean;
  feesDescription: string;
  applicationProcess: string;
  selfReferral: boolean;
  accessibility: string[];
  capacityPlaces: string;
  capacityFree: string;
  waitingList: string;
  locationIds: string[];
  url: string;
  email: string;
}

const text = (value: string | null | undefined) => value ?? '';
const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function emptyOfferForm(choices: OfferChoices): OfferFormValues {
  return {
    name: '', description: '', easyRead: '', organizationId: choices.organizations[0]?.id ?? '', ownerUnitId: choices.units[0]?.id ?? '', legalBasis: '',
    lifeDomains: [], targetGroups: [], minimumAge: '18', maximumAge: '', freeOfCharge: true, feesDescription: '', applicationProcess: '', selfReferral: false,
    accessibility: [], capacityPlaces: '', capacityFree: '', waitingList: '', locationIds: [], url: '', email: '',
  };
}

export function offerFormValues(offer: ManagedOffer): OfferFormValues {
  return {
    name: offer.name, description: offer.description, easyRead: text(offer.easyRead), organizationId: offer.organization.id, ownerUnitId: offer.ownerUnit?.id ?? '',
    legalBasis: text(offer.legalBasis), lifeDomains: offer.lifeDomains, targetGroups: offer.targetGroups, minimumAge: number(offer.minimumAge), maximumAge: number(offer.maximumAge),
    freeOfCharge: offer.freeOfCharge, feesDescription: text(offer.feesDescription), applicationProcess: text(offer.applicationProcess), selfReferral: offer.selfReferral,
    accessibility: offer.accessibility, capacityPlaces: number(offer.capacity?.places), capacityFree: number(offer.capacity?.free), waitingList: number(offer.capacity?.waitingList),
    locationIds: offer.locations.map((l) => l.id), url: text(offer.url), email: text(offer.email),
  };
}

/** The body the API takes; an empty text becomes null (cleared), an empty number too. */
export function offerBody(values: OfferFormValues) {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  // A number that is not one goes as typed, so the server names the field instead of it being cleared.
  const numberOrNull = (value: string) => (value.trim() === '' ? null : /^\d+$/.test(value.trim()) ? Number(value) : value);
  return {
    name: values.name, description: values.description, easyRead: orNull(values.easyRead), organizationId: values.organizationId, ownerUnitId: orNull(values.ownerUnitId),
    legalBasis: orNull(values.legalBasis), lifeDomains: values.lifeDomains, targetGroups: values.targetGroups, minimumAge: numberOrNull(values.minimumAge), maximumAge: numberOrNull(values.maximumAge),
    freeOfCharge: values.freeOfCharge, feesDescription: orNull(values.feesDescription), applicationProcess: orNull(values.applicationProcess), selfReferral: values.selfReferral,
    accessibility: values.accessibility, capacityPlaces: numberOrNull(values.capacityPlaces), capacityFree: numberOrNull(values.capacityFree), waitingList: numberOrNull(values.waitingList),
    locationIds: values.locationIds, url: orNull(values.url), email: orNull(values.email),
  };
}

interface Props {
  values: OfferFormValues;
  onChange: (values: OfferFormValues) => void;
  choices: OfferChoices;
  submission: Submission;
  onSubmit: () => void;
}

export function OfferForm({ values, onChange, choices, submission, onSubmit }: Props) {
  const { t } = useTranslation('offers');
  const errors = submission.fieldErrors;
  const set = <K extends keyof OfferFormValues>(key: K) => (value: OfferFormValues[K]) => onChange({ ...values, [key]: value });
  const field = (key: keyof OfferFormValues, id = `offer-${key}`) => ({ id, label: t(`upkeep.fields.${key}`), error: errors[key] });
  const summaryFields = Object.fromEntries((Object.keys(values) as (keyof OfferFormValues)[]).map((key) => [key, { id: `offer-${key}`, label: t(`upkeep.fields.${key}`) }]));
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <ErrorSummary error={submission.error} fields={summaryFields} />
      <TextField {...field('name')} value={values.name} onChange={set('name')} required autoComplete="off" />
      <TextAreaField {...field('description')} hint={t('upkeep.fields.descriptionHint')} rows={6} value={values.description} onChange={set('description')} />
      <TextAreaField {...field('easyRead')} hint={t('upkeep.fields.easyReadHint')} rows={3} value={values.easyRead} onChange={set('easyRead')} />
      <SelectField {...field('organizationId')} required value={values.organizationId} onChange={set('organizationId')} options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))} />
      <SelectField {...field('ownerUnitId')} required value={values.ownerUnitId} onChange={set('ownerUnitId')} options={choices.units.map((u) => ({ value: u.id, label: u.name }))} />
      <TextField {...field('legalBasis')} hint={t('upkeep.fields.legalBasisHint')} width="input-width-s" value={values.legalBasis} onChange={set('legalBasis')} autoComplete="off" />
      <CheckboxGroup {...field('lifeDomains')} legend={t('upkeep.fields.lifeDomains')} options={offerLifeDomains.map((d) => ({ value: d, label: vocabulary(t, 'lifeDomain', d) }))} selected={values.lifeDomains} onChange={set('lifeDomains')} />
      <CheckboxGroup {...field('targetGroups')} legend={t('upkeep.fields.targetGroups')} options={offerTargetGroups.map((g) => ({ value: g, label: vocabulary(t, 'targetGroup', g) }))} selected={values.targetGroups} onChange={set('targetGroups')} />
      <TextField {...field('minimumAge')} width="input-width-xs" value={values.minimumAge} onChange={set('minimumAge')} autoComplete="off" />
      <TextField {...field('maximumAge')} width="input-width-xs" value={values.maximumAge} onChange={set('maximumAge')} autoComplete="off" />
      <CheckboxField {...field('freeOfCharge')} checked={values.freeOfCharge} onChange={set('freeOfCharge')} />
      {!values.freeOfCharge && <TextAreaField {...field('feesDescription')} rows={2} value={values.feesDescription} onChange={set('feesDescription')} />}
      <CheckboxField {...field('selfReferral')} checked={values.selfReferral} onChange={set('selfReferral')} />
      <TextAreaField {...field('applicationProcess')} rows={3} value={values.applicationProcess} onChange={set('applicationProcess')} />
      <CheckboxGroup
        {...field('accessibility')}
        legend={t('upkeep.fields.accessibility')}
        options={[...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive].map((a) => ({ value: a, label: vocabulary(t, 'accessibility', a) }))}
        selected={values.accessibility}
        onChange={set('accessibility')}
      />
      <TextField {...field('capacityPlaces')} width="input-width-xs" value={values.capacityPlaces} onChange={set('capacityPlaces')} autoComplete="off" />
      <TextField {...field('capacityFree')} width="input-width-xs" value={values.capacityFree} onChange={set('capacityFree')} autoComplete="off" />
      <TextField {...field('waitingList')} width="input-width-xs" value={values.waitingList} onChange={set('waitingList')} autoComplete="off" />
      <CheckboxGroup
        {...field('locationIds')}
        legend={t('upkeep.fields.locations')}
        options={choices.locations.map((l) => ({ value: l.id, label: [l.name, l.addressLine, l.city].filter(Boolean).join(', ') }))}
        selected={values.locationIds}
        onChange={set('locationIds')}
      />
      <TextField {...field('url')} value={values.url} onChange={set('url')} autoComplete="off" />
      <TextField {...field('email')} type="email" value={values.email} onChange={set('email')} autoComplete="off" />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('translation:common.saving') : t('upkeep.save')}
        </button>
      </div>
    </form>
  );
}
