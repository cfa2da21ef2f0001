import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import type { HistoryItemView, HistoryPageView } from './api-types.js';
import { HistoryTable } from './history-table.js';
import { CitizenNav, citizenPath } from './shared.js';

/** Every change to the plan: who, what and when; more pages on request. */
export function HistoryPage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const path = `/citizens/${encodeURIComponent(id)}/plan/history`;
  const first = useApi<HistoryPageView>(path);
  const [items, setItems] = useState<HistoryItemView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const more = useSubmit();

  useEffect(() => {
    if (first.data) {
      setItems(first.data.items);
      setCursor(first.data.nextCursor);
    }
  }, [first.data]);

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('overview.back')}</BackLink>
      <PageTitle>{t('history.title')}</PageTitle>
      <CitizenNav citizenId={id} />
      <p className="readable">{t('history.intro')}</p>
      {first.loading && !first.data && <Loading />}
      {first.error && <ErrorMessage error={first.error} />}
      <div role="status">{first.data && <p>{t('history.count', { count: items.length })}</p>}</div>
      {first.data && items.length === 0 && <p>{t('history.none')}</p>}
      {items.length > 0 && <HistoryTable items={items} caption={t('history.caption')} />}
      {more.error !== null && <ErrorMessage error={more.error} />}
      {cursor && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void more.submit(async () => {
              const page = await api.get<HistoryPageView>(withQuery(path, { cursor }));
              setItems((shown) => [...shown, ...page.items]);
              setCursor(page.nextCursor);
            })
          }
        >
          {more.busy ? t('common.loading') : t('history.more')}
        </button>
      )}
    </>
  );
}
