import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { weekdayName, weekdays } from './labels.js';

export interface SlotValue {
  weekday: number;
  from: string;
  to: string;
}

interface Props {
  slots: SlotValue[];
  onChange: (slots: SlotValue[]) => void;
  /** The server's messages by path, e.g. "weeklySlots.1.to". */
  errors: Record<string, string>;
}

/**
 * The weekly times as rows of day, from and to — one fieldset per row, so a screen reader hears "Tid 2, Fra" —
 * with a button to remove each and one to add another. After adding, focus moves to the new row's day.
 */
export function WeeklySlotsEditor({ slots, onChange, errors }: Props) {
  const { t } = useTranslation('volunteers');
  const update = (index: number, change: Partial<SlotValue>) => onChange(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  return (
    <fieldset className="form-group volunteer-slots" id="weekly-slots">
      <legend className="form-label">{t('profile.slots')}</legend>
      <p className="form-hint">{t('profile.slotsHint')}</p>
      {slots.length === 0 && <p>{t('profile.noSlots')}</p>}
      {errors.weeklySlots && <p className="form-error-message">{errors.weeklySlots}</p>}
      {slots.map((slot, index) => (
        <fieldset key={index} className="volunteer-slot">
          <legend>{t('profile.slotLegend', { number: index + 1 })}</legend>
          <SelectField
            id={`slot-${index}-weekday`}
            label={t('profile.weekday')}
            value={String(slot.weekday)}
            onChange={(value) => update(index, { weekday: Number(value) })}
            error={errors[`weeklySlots.${index}.weekday`]}
            options={weekdays.map((d) => ({ value: String(d), label: weekdayName(t, d) }))}
          />
          <TextField id={`slot-${index}-from`} label={t('profile.from')} hint={t('profile.timeHint')} value={slot.from} onChange={(value) => update(index, { from: value })} error={errors[`weeklySlots.${index}.from`]} width="input-width-xs" autoComplete="off" />
          <TextField id={`slot-${index}-to`} label={t('profile.to')} hint={t('profile.timeHint')} value={slot.to} onChange={(value) => update(index, { to: value })} error={errors[`weeklySlots.${index}.to`]} width="input-width-xs" autoComplete="off" />
          <button type="button" className="button button-secondary" onClick={() => onChange(slots.filter((_, i) => i !== index))}>
            {t('profile.removeSlot', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          onChange([...slots, { weekday: 1, from: '', to: '' }]);
          setTimeout(() => document.getElementById(`slot-${slots.length}-weekday`)?.focus(), 0);
        }}
      >
        {t('profile.addSlot')}
      </button>
    </fieldset>
  );
}

/** The server's messages by their full path, for fields in rows. */
export function messagesByPath(error: unknown): Record<string, string> {
  const problems = (error as { errors?: { path: string; message: string }[] } | null)?.errors ?? [];
  const byPath: Record<string, string> = {};
  for (const p of problems) byPath[p.path] ??= p.message;
  return byPath;
}
