import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { api, withQuery } from '../../api/client.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { NoPlan } from './no-plan.js';
import type { HistoryItem, Page } from './plan-api.js';
import { formatInstant, partLabel } from './plan-format.js';
import { useOwnPlan } from './use-own-plan.js';

/** One change said in plain words: "Anders Holm (medarbejder) ændrede et mål." */
export function historySentence(t: TFunction, item: HistoryItem): string {
  const who = item.actorName ?? t('history.someone');
  const role = item.actorRole ? t(`roles.${item.actorRole}`, { defaultValue: '' }) : '';
  return t('history.sentence', {
    who: role ? `${who} (${role})` : who,
    did: t(`history.operations.${item.operation}`, { defaultValue: t('history.operations.update') }),
    what: t(`history.subjects.${item.subjectType}`, { defaultValue: t('history.subjects.other') }),
  });
}

function changedFields(t: TFunction, item: HistoryItem): string {
  const fields = Object.keys(item.changes ?? {}).filter((field) => field !== 'version');
  return [...new Set(fields.map((field) => t(`history.fields.${field}`, { defaultValue: t('history.fields.other') })))].join(', ');
}

/** /min-plan/historik — "Hvad er ændret?": every change to the plan, newest first, in plain words. */
export function HistoryPage() {
  const { t, i18n } = usePlanText();
  const { citizenId } = useOwnPlan();
  const [items, setItems] = useState<HistoryItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async (from: string | null) => {
    if (!citizenId) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<Page<HistoryItem>>(withQuery(`/citizens/${encodeURIComponent(citizenId)}/plan/history`, { cursor: from }));
      setItems((previous) => (from ? [...previous, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (reason) {
      setError(reason);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [citizenId]);

  return (
    <>
      <BackLink to="/min-plan">{t('common.backToPlan')}</BackLink>
      <PageTitle>{t('history.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('history.intro')}</p>
      {!citizenId && <NoPlan />}
      {error !== null && <ErrorMessage error={error} />}
      {citizenId && !loading && error === null && items.length === 0 && <p>{t('history.empty')}</p>}
      <ol className="nobullet-list history-list">
        {items.map((item) => {
          const fields = item.operation === 'update' ? changedFields(t, item) : '';
          return (
            <li key={item.id} className="history-item">
              <p className="history-when">{formatInstant(item.at, i18n.language)}</p>
              <p className="history-what">{historySentence(t, item)}</p>
              <p className="history-part">{t('history.part', { part: partLabel(t, item.part) })}</p>
              {fields && <p className="history-fields">{t('history.changed', { fields })}</p>}
            </li>
          );
        })}
      </ol>
      {loading && <Loading />}
      {cursor && !loading && (
        <button type="button" className="button button-secondary" onClick={() => void load(cursor)}>
          {t('common.showMore')}
        </button>
      )}
    </>
  );
}
