import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, withQuery } from '../../api/client.js';
import type { ItemList } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import type { CaseloadItem, CprSearchItem } from './api-types.js';
import { teamRoleName } from './labels.js';
import { citizenPath, ColumnHeads, formatDate, formatInstant, useIsCaseOfficer } from './shared.js';

/** "Mine borgere": the caseload, a name filter, and for case officers a CPR search that never puts the number in a URL. */
export function CitizenListPage() {
  const { t, i18n } = useTranslation('casework');
  const caseOfficer = useIsCaseOfficer();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const caseload = useApi<ItemList<CaseloadItem>>(withQuery('/citizens', { q: query }));

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="readable">{t('list.intro')}</p>
      {caseOfficer && (
        <p>
          <Link className="button button-primary" to="/borgere/ny">
            {t('list.create')}
          </Link>
        </p>
      )}
      <form
        role="search"
        aria-label={t('list.filterLabel')}
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="caseload-filter">
            {t('list.filter')}
          </label>
          <div className="search-row-controls">
            <input className="form-input" id="caseload-filter" name="q" type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit" className="button button-secondary">
              {t('list.filterButton')}
            </button>
          </div>
        </div>
      </form>
      <div role="status">{caseload.data && <p>{query ? t('list.countFiltered', { count: caseload.data.items.length, query }) : t('list.count', { count: caseload.data.items.length })}</p>}</div>
      {caseload.loading && <Loading />}
      {caseload.error && <ErrorMessage error={caseload.error} />}
      {caseload.data && caseload.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="table table--responsive-headers">
            <caption>{t('list.caption')}</caption>
            <ColumnHeads labels={[t('list.name'), t('list.age'), t('list.cpr'), t('list.myRole'), t('list.nextMeeting'), t('list.nextReview')]} />
            <tbody>
              {caseload.data.items.map((citizen) => (
                <tr key={citizen.id}>
                  <th scope="row" data-title={t('list.name')}>
                    <Link to={citizenPath(citizen.id)}>
                      {citizen.firstName} {citizen.lastName}
                    </Link>
                  </th>
                  <td data-title={t('list.age')}>{t('list.years', { count: citizen.age })}</td>
                  <td data-title={t('list.cpr')}>
                    <span className="identifier">{citizen.cprMasked ?? ''}</span>
                  </td>
                  <td data-title={t('list.myRole')}>{teamRoleName(t, citizen.teamRole)}</td>
                  <td data-title={t('list.nextMeeting')}>{citizen.nextMeetingAt ? formatInstant(citizen.nextMeetingAt, i18n.language) : t('common.none')}</td>
                  <td data-title={t('list.nextReview')}>{citizen.nextReviewDate ? formatDate(citizen.nextReviewDate, i18n.language) : t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {caseOfficer && <CprSearch />}
    </>
  );
}

/** The CPR number goes in a POST body only; the field is not remembered by the browser. */
function CprSearch() {
  const { t, i18n } = useTranslation('casework');
  const [cpr, setCpr] = useState('');
  const [result, setResult] = useState<CprSearchItem[] | null>(null);
  const submission = useSubmit();

  return (
    <section aria-labelledby="cpr-search-heading" className="filter-form">
      <h2 id="cpr-search-heading">{t('cprSearch.title')}</h2>
      <p>{t('cprSearch.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setResult(null);
          void submission.submit(async () => {
            const found = await api.post<ItemList<CprSearchItem>>('/citizens/search-by-cpr', { cpr: cpr.trim() });
            setResult(found.items);
          });
        }}
      >
        <ErrorSummary error={submission.error} fields={{ cpr: { id: 'cpr-search', label: t('cprSearch.label') } }} />
        <TextField id="cpr-search" label={t('cprSearch.label')} hint={t('cprSearch.hint')} value={cpr} onChange={setCpr} error={submission.fieldErrors.cpr} autoComplete="off" width="input-width-s" required />
        <button type="submit" className="button button-secondary">
          {submission.busy ? t('cprSearch.searching') : t('cprSearch.button')}
        </button>
      </form>
      <div role="status">
        {result && result.length === 0 && <p>{t('cprSearch.none')}</p>}
        {result && result.length > 0 && <p>{t('cprSearch.found', { count: result.length })}</p>}
      </div>
      {result && result.length > 0 && (
        <ul className="nobullet-list">
          {result.map((citizen) => (
            <li key={citizen.id}>
              <Link to={citizenPath(citizen.id)}>
                {citizen.firstName} {citizen.lastName}
              </Link>
              {`, ${t('cprSearch.born', { date: formatDate(citizen.birthDate, i18n.language) })}. `}
              {citizen.onMyTeam ? t('cprSearch.onTeam') : t('cprSearch.notOnTeam')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
