import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PublicOpportunityList } from '../../../contracts/volunteers.js';
import { opportunityKinds } from '../../../contracts/volunteers.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { kindName } from './labels.js';

/** /frivillig — the published volunteer opportunities in plain words, for anyone; filter by kind and area. */
export function PublicOpportunitiesPage() {
  const { t } = useTranslation('volunteers');
  const [params, setParams] = useSearchParams();
  const kind = params.get('type') ?? '';
  const area = params.get('omraade') ?? '';
  const [typedArea, setTypedArea] = useState(area);
  const list = useApi<PublicOpportunityList>(withQuery('/volunteer-opportunities', { kind, area }));
  const items = list.data?.items ?? [];
  return (
    <>
      <PageTitle>{t('public.title')}</PageTitle>
      <p className="font-lead readable">{t('public.intro')}</p>
      <form
        className="volunteer-filters"
        role="search"
        aria-label={t('public.filterLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(Object.fromEntries(Object.entries({ type: kind, omraade: typedArea.trim() }).filter(([, v]) => v !== '')));
        }}
      >
        <SelectField
          id="opportunity-kind"
          label={t('public.kind')}
          value={kind}
          onChange={(value) => setParams(Object.fromEntries(Object.entries({ type: value, omraade: area }).filter(([, v]) => v !== '')))}
          options={[{ value: '', label: t('public.allKinds') }, ...opportunityKinds.map((k) => ({ value: k, label: kindName(t, k) }))]}
        />
        <TextField id="opportunity-area" label={t('public.area')} hint={t('public.areaHint')} value={typedArea} onChange={setTypedArea} width="input-width-m" />
        <button type="submit" className="button button-secondary">
          {t('public.search')}
        </button>
      </form>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <p role="status" className="volunteer-count">
          {t('public.count', { count: items.length })}
        </p>
      )}
      <ul className="nobullet-list volunteer-opportunities">
        {items.map((item) => (
          <li key={item.id} className="volunteer-opportunity">
            <h2 className="h3">
              <Link to={`/frivillig/${encodeURIComponent(item.id)}`}>{item.title}</Link>
            </h2>
            <p className="readable">{item.summary}</p>
            <p className="volunteer-meta">{[kindName(t, item.kind), item.area, item.timeCommitment].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
