import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OfferSearchResult } from '../../../contracts/offers.js';
import { accessibilityFeatures, ageGroups, offerLifeDomains, offerTargetGroups } from '../../../domain/catalogue-vocabulary.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { vocabulary } from './offer-labels.js';
import { OfferResult } from './offer-result.js';
import { FacetGroup, NearField, WhenFields } from './search-filters.js';
import { flagKeys, readSearch, withPage, writeSearch, type SearchState } from './search-params.js';

/** /tilbud: the public catalogue. The whole search lives in the address, so it can be shared and reloaded. */
export function SearchPage() {
  const { t } = useTranslation('offers');
  const [params, setParams] = useSearchParams();
  const applied = readSearch(params);
  const [draft, setDraft] = useState<SearchState>(applied);
  const query = writeSearch(applied);
  query.set('pageSize', '20');
  const result = useApi<OfferSearchResult>(`/offers?${query.toString()}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(writeSearch(withPage(draft, 1)));
  };
  const reset = () => {
    const empty = readSearch(new URLSearchParams());
    setDraft(empty);
    setParams(new URLSearchParams());
  };
  const facets = result.data?.facets;
  const count = (facet: keyof Omit<NonNullable<typeof facets>, 'free' | 'selfReferral' | 'freePlaces'>, key: string) => facets?.[facet].find((f) => f.key === key)?.count ?? 0;

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <p className="font-lead readable">{t('search.intro')}</p>
      <form role="search" aria-label={t('search.label')} className="offer-search" onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor="offer-words">
            {t('search.words')}
          </label>
          <span className="form-hint" id="offer-words-hint">
            {t('search.wordsHint')}
          </span>
          <div className="search-row-controls">
            <input className="form-input" id="offer-words" type="search" maxLength={200} autoComplete="off" aria-describedby="offer-words-hint" value={draft.text.q} onChange={(e) => setDraft({ ...draft, text: { ...draft.text, q: e.target.value } })} />
            <button type="submit" className="button button-primary">
              {t('search.submit')}
            </button>
          </div>
        </div>
        <details className="offer-filters" open={hasFilters(applied)}>
          <summary>{t('search.showFilters')}</summary>
          <div className="offer-filter-grid">
            <FacetGroup legend={t('filter.lifeDomain')} name="lifeDomain" keys={offerLifeDomains} label={(k) => vocabulary(t, 'lifeDomain', k)} count={(k) => count('lifeDomain', k)} state={draft} onChange={setDraft} />
            <FacetGroup legend={t('filter.targetGroup')} name="targetGroup" keys={offerTargetGroups} label={(k) => vocabulary(t, 'targetGroup', k)} count={(k) => count('targetGroup', k)} state={draft} onChange={setDraft} />
            <FacetGroup legend={t('filter.ageGroup')} name="ageGroup" keys={ageGroups.map((g) => g.key)} label={(k) => vocabulary(t, 'ageGroup', k)} count={(k) => count('ageGroup', k)} state={draft} onChange={setDraft} />
            <FacetGroup
              legend={t('filter.accessibility')}
              hint={t('filter.accessibilityHint')}
              name="accessibility"
              keys={[...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive]}
              label={(k) => vocabulary(t, 'accessibility', k)}
              count={(k) => count('accessibility', k)}
              state={draft}
              onChange={setDraft}
            />
            {facets && facets.legalBasis.length > 0 && (
              <FacetGroup legend={t('filter.legalBasis')} name="legalBasis" keys={facets.legalBasis.map((f) => f.key)} label={(k) => k} count={(k) => count('legalBasis', k)} state={draft} onChange={setDraft} />
            )}
            <fieldset className="offer-filter">
              <legend className="form-label">{t('filter.other')}</legend>
              {flagKeys.map((key) => (
                <div className="form-group-checkbox" key={key}>
                  <input className="form-checkbox" type="checkbox" id={`filter-${key}`} checked={draft.flags[key]} onChange={(e) => setDraft({ ...draft, flags: { ...draft.flags, [key]: e.target.checked } })} />
                  <label className="form-label" htmlFor={`filter-${key}`}>
                    {t(`filter.${key}`)} {facets && <span className="facet-count">{t('filter.count', { count: facets[key] })}</span>}
                  </label>
                </div>
              ))}
            </fieldset>
            <WhenFields state={draft} onChange={setDraft} />
            <NearField state={draft} onChange={setDraft} />
          </div>
          <p className="offer-filter-actions">
            <button type="submit" className="button button-primary">
              {t('search.submit')}
            </button>
            <button type="button" className="button button-tertiary" onClick={reset}>
              {t('search.reset')}
            </button>
          </p>
        </details>
      </form>
      {result.error && <ErrorMessage error={result.error} />}
      <Results result={result.data} loading={result.loading} state={applied} onState={(next) => setParams(writeSearch(next))} />
    </>
  );
}

function hasFilters(state: SearchState): boolean {
  return Object.values(state.lists).some((l) => l.length > 0) || Object.values(state.flags).some(Boolean) || ['day', 'time', 'near'].some((k) => state.text[k as 'day'] !== '');
}

function Results({ result, loading, state, onState }: { result: OfferSearchResult | undefined; loading: boolean; state: SearchState; onState: (s: SearchState) => void }) {
  const { t } = useTranslation('offers');
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const from = result && result.total > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const to = result ? Math.min(result.total, result.page * result.pageSize) : 0;
  return (
    <section aria-labelledby="results-heading" className="offer-results">
      <h2 id="results-heading">{t('search.results')}</h2>
      <div role="status" className="offer-count">
        {result && (
          <p>
            {t('search.count', { count: result.total })} {result.total > result.pageSize && t('search.countPage', { from, to })}
            {result.near && <> {t('search.nearLabel', { place: result.near.label })}</>}
          </p>
        )}
      </div>
      {loading && !result && <Loading />}
      {result && result.total > 0 && (
        <p>
          <a href={`/api/v1/offers/calendar.ics?${writeSearch(withPage(state, 1)).toString()}`} aria-describedby="search-calendar-hint">
            {t('search.calendar')}
          </a>{' '}
          <span className="form-hint" id="search-calendar-hint">
            {t('search.calendarHint')}
          </span>
        </p>
      )}
      {result && result.total > 0 && <ViewChoices state={state} onState={onState} hasWords={state.text.q !== ''} hasNear={result.near !== null} />}
      {result?.groups ? (
        <Groups result={result} state={state} onState={onState} />
      ) : (
        result &&
        result.items.length > 0 && (
          <ul className="nobullet-list offer-result-list">
            {result.items.map((offer) => (
              <li key={offer.id}>
                <OfferResult offer={offer} />
              </li>
            ))}
          </ul>
        )
      )}
      {result && !result.groups && pages > 1 && (
        <nav aria-label={t('search.pagination')} className="offer-pagination">
          {state.page > 1 && (
            <Link to={`?${writeSearch(withPage(state, state.page - 1)).toString()}`} className="button button-secondary">
              {t('search.previous')}
            </Link>
          )}
          <span>{t('search.page', { page: state.page, pages })}</span>
          {state.page < pages && (
            <Link to={`?${writeSearch(withPage(state, state.page + 1)).toString()}`} className="button button-secondary">
              {t('search.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

/** Grouping and order: two small choices that apply at once (they do not change what is found). */
function ViewChoices({ state, onState, hasWords, hasNear }: { state: SearchState; onState: (s: SearchState) => void; hasWords: boolean; hasNear: boolean }) {
  const { t } = useTranslation('offers');
  const set = (key: 'groupBy' | 'sort', value: string) => onState({ ...state, page: 1, text: { ...state.text, [key]: value } });
  return (
    <div className="offer-view-choices">
      <div className="form-group">
        <label className="form-label" htmlFor="offer-group-by">
          {t('search.groupBy')}
        </label>
        <select className="form-select" id="offer-group-by" value={state.text.groupBy} onChange={(e) => set('groupBy', e.target.value)}>
          <option value="">{t('search.groupNone')}</option>
          <option value="ageGroup">{t('search.groupAge')}</option>
          <option value="targetGroup">{t('search.groupTarget')}</option>
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="offer-sort">
          {t('search.sort')}
        </label>
        <select className="form-select" id="offer-sort" value={state.text.sort} onChange={(e) => set('sort', e.target.value)}>
          <option value="">{hasWords ? t('search.sortRelevance') : hasNear ? t('search.sortDistance') : t('search.sortName')}</option>
          {hasWords && <option value="name">{t('search.sortName')}</option>}
          {hasNear && <option value="distance">{t('search.sortDistance')}</option>}
          {!hasWords && hasNear && <option value="name">{t('search.sortName')}</option>}
        </select>
      </div>
    </div>
  );
}

function Groups({ result, state, onState }: { result: OfferSearchResult; state: SearchState; onState: (s: SearchState) => void }) {
  const { t } = useTranslation('offers');
  const kind = state.text.groupBy === 'ageGroup' ? 'ageGroup' : 'targetGroup';
  return (
    <>
      {(result.groups ?? []).map((group) => {
        const name = vocabulary(t, kind, group.key);
        const showAll = () => onState({ ...state, page: 1, text: { ...state.text, groupBy: '' }, lists: { ...state.lists, [kind]: [group.key] } });
        return (
          <section key={group.key} aria-labelledby={`group-${group.key}`} className="offer-group">
            <h3 id={`group-${group.key}`}>
              {name} <span className="facet-count">({t('search.groupCount', { count: group.count })})</span>
            </h3>
            <ul className="nobullet-list offer-result-list">
              {group.items.map((offer) => (
                <li key={offer.id}>
                  <OfferResult offer={offer} headingLevel={4} />
                </li>
              ))}
            </ul>
            {group.count > group.items.length && (
              <button type="button" className="button button-secondary" onClick={showAll}>
                {t('search.groupShowAll', { count: group.count, group: name })}
              </button>
            )}
          </section>
        );
      })}
    </>
  );
}
