import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-field.js';

export const filterKeys = ['actor', 'citizen', 'action', 'from', 'to'] as const;
export type AuditFilters = Record<(typeof filterKeys)[number], string>;
export const noFilters: AuditFilters = { actor: '', citizen: '', action: '', from: '', to: '' };

export const filterFieldIds: Record<keyof AuditFilters, string> = {
  actor: 'audit-actor',
  citizen: 'audit-citizen',
  action: 'audit-action',
  from: 'audit-from',
  to: 'audit-to',
};

interface Props {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  onApply: (filters: AuditFilters) => void;
  /** Per-field messages from the server, e.g. an id that is not an id. */
  errors: Record<string, string>;
}

export function AuditFilterForm({ filters, onChange, onApply, errors }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof AuditFilters) => (value: string) => onChange({ ...filters, [key]: value });
  const field = (key: keyof AuditFilters) => ({ id: filterFieldIds[key], label: t(`audit.${key}`), value: filters[key], onChange: set(key), error: errors[key] });

  return (
    <form
      className="filter-form"
      aria-labelledby="audit-filters-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(filters);
      }}
    >
      <h2 id="audit-filters-heading" className="h3">
        {t('audit.filters')}
      </h2>
      <div className="filter-fields">
        <TextField {...field('actor')} autoComplete="off" />
        <TextField {...field('citizen')} autoComplete="off" />
        <TextField {...field('action')} hint={t('audit.actionHint')} autoComplete="off" />
        <TextField {...field('from')} type="date" />
        <TextField {...field('to')} type="date" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onApply(noFilters)}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
