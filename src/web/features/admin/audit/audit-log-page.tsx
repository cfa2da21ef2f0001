import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, withQuery } from '../../../api/client.js';
import type { AuditEvent, AuditEventPage } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { ErrorSummary } from '../../../components/form/error-summary.js';
import { fieldErrorsOf } from '../../../components/form/field-errors.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { AuditFilterForm, filterFieldIds, filterKeys, type AuditFilters } from './audit-filters.js';
import { AuditTable } from './audit-table.js';

const pageSize = '50';

const filled = (filters: Partial<AuditFilters>) => Object.fromEntries(Object.entries(filters).filter(([, value]) => value && value.trim() !== ''));

export function AuditLogPage() {
  const { t } = useTranslation();
  // The filters live in the address, so a view of the log can be bookmarked or handed to a colleague.
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])) as AuditFilters;
  const query = withQuery('/admin/audit-events', { ...applied, limit: pageSize });
  const first = useApi<AuditEventPage>(query);
  const [draft, setDraft] = useState(applied);
  const [more, setMore] = useState<AuditEventPage | null>(null);
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const loadingMore = useSubmit();

  // New filters (from the form, a link in the table or the back button) start a new list.
  useEffect(() => {
    setDraft(applied);
    setMore(null);
    setFirstNew(null);
    // `applied` is rebuilt on every render; `query` says when it really changed.
  }, [query]);

  const events: AuditEvent[] = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  const showMore = (cursor: string) =>
    loadingMore.submit(async () => {
      const page = await api.get<AuditEventPage>(withQuery('/admin/audit-events', { ...applied, limit: pageSize, cursor }));
      setFirstNew(events.length);
      setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    });
  const narrowTo = (key: keyof AuditFilters, value: string) => `?${new URLSearchParams({ ...filled(applied), [key]: value })}`;
  const summaryFields = Object.fromEntries(filterKeys.map((key) => [key, { id: filterFieldIds[key], label: t(`audit.${key}`) }]));

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <ErrorSummary error={first.error ?? null} fields={summaryFields} />
      <AuditFilterForm filters={draft} onChange={setDraft} onApply={(chosen) => setParams(filled(chosen))} errors={fieldErrorsOf(first.error)} />
      {first.loading && <Loading />}
      <div role="status">
        {first.data && !first.loading && <p>{events.length === 0 ? t('audit.empty') : t('audit.shown', { count: events.length })}</p>}
        {more && nextCursor === null && <p>{t('audit.allShown')}</p>}
      </div>
      {events.length > 0 && <AuditTable events={events} focusRow={firstNew} narrowTo={narrowTo} />}
      {loadingMore.error !== null && <ErrorMessage error={loadingMore.error} />}
      {nextCursor && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => void showMore(nextCursor)}>
            {loadingMore.busy ? t('common.loading') : t('audit.more')}
          </button>
        </p>
      )}
    </>
  );
}
