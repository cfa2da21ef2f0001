import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../api/client.js';
import type { ItemList } from '../../api/types.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import type { CaseloadItem, CprSearchItem } from '../casework/api-types.js';
import { useMay } from './reception-api.js';

export interface PickedCitizen {
  id: string;
  name: string;
}

/**
 * Finds a known citizen among those the worker may see: by name in their caseload, or — for case officers — by CPR
 * number through the CPR search (the number goes in a POST body only and is not remembered by the browser).
 * Workers without either permission see nothing here, and register visitors anonymously.
 */
export function CitizenPicker({ idPrefix, onPick }: { idPrefix: string; onPick: (citizen: PickedCitizen) => void }) {
  const { t } = useTranslation('reception');
  const byName = useMay('caseload.read');
  const byCpr = useMay('citizen.search-cpr');
  const [name, setName] = useState('');
  const [cpr, setCpr] = useState('');
  const [found, setFound] = useState<PickedCitizen[] | null>(null);
  const search = useSubmit();
  if (!byName && !byCpr) return null;

  const run = (find: () => Promise<PickedCitizen[]>) => {
    setFound(null);
    void search.submit(async () => setFound(await find()));
  };
  const findByName = async () => (await api.get<ItemList<CaseloadItem>>(withQuery('/citizens', { q: name.trim() }))).items.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }));
  const findByCpr = async () => (await api.post<ItemList<CprSearchItem>>('/citizens/search-by-cpr', { cpr: cpr.trim() })).items.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }));

  return (
    <div className="citizen-picker">
      <p>{t('form.citizenIntro')}</p>
      {byName && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${idPrefix}-name`}>
            {t('form.citizenName')}
          </label>
          <div className="search-row-controls">
            <input
              className="form-input"
              id={`${idPrefix}-name`}
              type="search"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                // Enter searches here instead of submitting the visit form around it.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  run(findByName);
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={() => run(findByName)}>
              {t('form.citizenSearch')}
            </button>
          </div>
        </div>
      )}
      {byCpr && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${idPrefix}-cpr`}>
            {t('form.citizenCpr')}
          </label>
          <div className="search-row-controls">
            <input
              className="form-input input-width-s"
              id={`${idPrefix}-cpr`}
              autoComplete="off"
              value={cpr}
              onChange={(event) => setCpr(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  run(findByCpr);
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={() => run(findByCpr)}>
              {t('form.citizenCprSearch')}
            </button>
          </div>
        </div>
      )}
      {search.error !== null && <ErrorMessage error={search.error} />}
      <div role="status">{found && <p>{found.length === 0 ? t('form.citizenNone') : t('form.citizenFound', { count: found.length })}</p>}</div>
      {found && found.length > 0 && (
        <ul className="nobullet-list citizen-choices">
          {found.map((citizen) => (
            <li key={citizen.id}>
              <button type="button" className="button button-secondary" onClick={() => onPick(citizen)}>
                {t('form.citizenChoose', { name: citizen.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
