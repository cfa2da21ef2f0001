import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../api/types.js';
import { CheckboxField } from '../../../components/form/checkbox-field.js';
import { ErrorSummary } from '../../../components/form/error-summary.js';
import { SelectField } from '../../../components/form/select-field.js';
import { TextField } from '../../../components/form/text-field.js';
import type { Submission } from '../../../components/form/use-submit.js';
import { possibleParents } from './unit-tree.js';

export interface UnitFormValues {
  name: string;
  /** Empty for "none": the unit is at the top level. */
  parentId: string;
  kind: OrgUnit['kind'];
  area: OrgUnit['area'];
  email: string;
  phone: string;
  active: boolean;
  isReceptionCentre: boolean;
}

export function unitFormValues(unit: OrgUnit): UnitFormValues {
  return { name: unit.name, parentId: unit.parentId ?? '', kind: unit.kind, area: unit.area, email: unit.email ?? '', phone: unit.phone ?? '', active: unit.active, isReceptionCentre: unit.isReceptionCentre };
}

interface Props {
  values: UnitFormValues;
  onChange: (values: UnitFormValues) => void;
  /** All units, to choose the parent from. */
  units: readonly OrgUnit[];
  /** The unit being edited, or null for a new one (which also chooses its type and area). */
  unitId: string | null;
  submission: Submission;
  onSubmit: () => void;
  /** Extra buttons in the error summary, such as fetching the newest version after a conflict. */
  errorActions?: ReactNode;
}

export function UnitForm({ values, onChange, units, unitId, submission, onSubmit, errorActions }: Props) {
  const { t } = useTranslation();
  const creating = unitId === null;
  const errors = submission.fieldErrors;
  const set = <K extends keyof UnitFormValues>(key: K) => (value: UnitFormValues[K]) => onChange({ ...values, [key]: value });

  const parentOptions = [
    { value: '', label: t('units.parentNone') },
    ...possibleParents(units, unitId).map(({ unit, depth }) => ({
      // Indentation shows the tree to sighted users; screen readers skip the spaces and still hear the type.
      value: unit.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name} (${t(`units.kinds.${unit.kind}`)})`,
    })),
  ];
  const summaryFields = {
    name: { id: 'unit-name', label: t('units.name') },
    kind: { id: 'unit-kind', label: t('units.kind') },
    area: { id: 'unit-area', label: t('units.area') },
    parentId: { id: 'unit-parent', label: t('units.parent') },
    email: { id: 'unit-email', label: t('units.email') },
    phone: { id: 'unit-phone', label: t('units.phone') },
    active: { id: 'unit-active', label: t('units.active') },
    isReceptionCentre: { id: 'unit-reception-centre', label: t('units.receptionCentre') },
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary error={submission.error} fields={summaryFields}>
        {errorActions}
      </ErrorSummary>
      <TextField id="unit-name" label={t('units.name')} value={values.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
      {creating && (
        <>
          <SelectField
            id="unit-kind"
            label={t('units.kind')}
            value={values.kind}
            onChange={(kind) => set('kind')(kind as OrgUnit['kind'])}
            options={(['centre', 'unit'] as const).map((kind) => ({ value: kind, label: t(`units.kinds.${kind}`) }))}
            error={errors.kind}
            required
          />
          <SelectField
            id="unit-area"
            label={t('units.area')}
            value={values.area}
            onChange={(area) => set('area')(area as OrgUnit['area'])}
            options={(['social', 'employment', 'other'] as const).map((area) => ({ value: area, label: t(`units.areas.${area}`) }))}
            error={errors.area}
            required
          />
        </>
      )}
      <SelectField id="unit-parent" label={t('units.parent')} value={values.parentId} onChange={set('parentId')} options={parentOptions} error={errors.parentId} />
      <TextField id="unit-email" type="email" label={t('units.email')} value={values.email} onChange={set('email')} error={errors.email} autoComplete="off" />
      <TextField id="unit-phone" type="tel" label={t('units.phone')} value={values.phone} onChange={set('phone')} error={errors.phone} autoComplete="off" width="input-width-m" />
      <CheckboxField id="unit-reception-centre" label={t('units.receptionCentre')} hint={t('units.receptionCentreHint')} checked={values.isReceptionCentre} onChange={set('isReceptionCentre')} error={errors.isReceptionCentre} />
      {!creating && <CheckboxField id="unit-active" label={t('units.active')} hint={t('units.activeHint')} checked={values.active} onChange={set('active')} error={errors.active} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
