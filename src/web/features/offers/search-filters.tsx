import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListKey, SearchState } from './search-params.js';

interface FacetGroupProps {
  legend: string;
  hint?: string;
  name: ListKey;
  keys: readonly string[];
  label: (key: string) => string;
  count: (key: string) => number;
  state: SearchState;
  onChange: (state: SearchState) => void;
}

/** A group of checkboxes, each with how many of the current results have it. */
export function FacetGroup({ legend, hint, name, keys, label, count, state, onChange }: FacetGroupProps) {
  const { t } = useTranslation('offers');
  const chosen = state.lists[name];
  const toggle = (key: string, on: boolean) => onChange({ ...state, lists: { ...state.lists, [name]: on ? [...chosen, key] : chosen.filter((k) => k !== key) } });
  return (
    <fieldset className="offer-filter" aria-describedby={hint ? `filter-${name}-hint` : undefined}>
      <legend className="form-label">{legend}</legend>
      {hint && (
        <span className="form-hint" id={`filter-${name}-hint`}>
          {hint}
        </span>
      )}
      {keys.map((key) => {
        const id = `filter-${name}-${key.replace(/[^a-z0-9-]/gi, '_')}`;
        return (
          <div className="form-group-checkbox" key={key}>
            <input className="form-checkbox" type="checkbox" id={id} checked={chosen.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
            <label className="form-label" htmlFor={id}>
              {label(key)} <span className="facet-count">{t('filter.count', { count: count(key) })}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

const days = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

export function WhenFields({ state, onChange }: { state: SearchState; onChange: (state: SearchState) => void }) {
  const { t } = useTranslation('offers');
  const set = (key: 'day' | 'time', value: string) => onChange({ ...state, text: { ...state.text, [key]: value } });
  return (
    <fieldset className="offer-filter">
      <legend className="form-label">{t('filter.when')}</legend>
      <div className="form-group">
        <label className="form-label" htmlFor="filter-day">
          {t('filter.day')}
        </label>
        <select className="form-select" id="filter-day" value={state.text.day} onChange={(e) => set('day', e.target.value)}>
          <option value="">{t('filter.anyDay')}</option>
          {days.map((day) => (
            <option key={day} value={day}>
              {t(`schedule.days.${day.toUpperCase()}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="filter-time">
          {t('filter.time')}
        </label>
        <span className="form-hint" id="filter-time-hint">
          {t('filter.timeHint')}
        </span>
        <input className="form-input input-width-xs" id="filter-time" type="time" aria-describedby="filter-time-hint" value={state.text.time} onChange={(e) => set('time', e.target.value)} />
      </div>
    </fieldset>
  );
}

/** Where from: an address or postal code, or the browser's position when the visitor allows it. */
export function NearField({ state, onChange }: { state: SearchState; onChange: (state: SearchState) => void }) {
  const { t } = useTranslation('offers');
  const [failed, setFailed] = useState(false);
  const set = (key: 'near' | 'withinKm', value: string) => onChange({ ...state, text: { ...state.text, [key]: value } });
  const locate = () => {
    setFailed(false);
    if (!('geolocation' in navigator)) return setFailed(true);
    navigator.geolocation.getCurrentPosition(
      (position) => set('near', `${position.coords.latitude.toFixed(4)},${position.coords.longitude.toFixed(4)}`),
      () => setFailed(true),
      { timeout: 10_000 },
    );
  };
  return (
    <fieldset className="offer-filter">
      <legend className="form-label">{t('filter.where')}</legend>
      <div className="form-group">
        <label className="form-label" htmlFor="filter-near">
          {t('filter.near')}
        </label>
        <span className="form-hint" id="filter-near-hint">
          {t('filter.nearHint')}
        </span>
        <input className="form-input" id="filter-near" autoComplete="street-address" aria-describedby="filter-near-hint" value={state.text.near} onChange={(e) => set('near', e.target.value)} />
        <button type="button" className="button button-tertiary" onClick={locate}>
          {t('filter.useMyLocation')}
        </button>
        {failed && (
          <p className="form-error-message" role="alert">
            {t('filter.locationFailed')}
          </p>
        )}
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="filter-within">
          {t('filter.withinKm')}
        </label>
        <input className="form-input input-width-xs" id="filter-within" type="number" min={1} max={500} inputMode="numeric" value={state.text.withinKm} onChange={(e) => set('withinKm', e.target.value)} />
      </div>
    </fieldset>
  );
}
