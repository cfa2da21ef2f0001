import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { api, withQuery } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import type { AccessLogItem, Page } from './plan-api.js';
import { formatInstant, partLabel } from './plan-format.js';

/** Known purposes in plain words; anything else gets a general sentence. */
export function purposeText(t: TFunction, purpose: string): string {
  const key = purpose.replace(/[.:]/g, '-');
  return t([`accessLog.purposes.${key}`, 'accessLog.purposes.other']);
}

/** Whether the access was a look or a change, from the action's verb ("plan.read", "goal.update"). */
function actionText(t: TFunction, action: string): string {
  return /\.(read|list|search|export)$|read/.test(action) ? t('accessLog.looked') : t('accessLog.changed');
}

/** /hvem-har-set — every access by others to my data, newest first, with a period filter and "Vis flere". */
export function AccessLogPage() {
  const { t, i18n } = usePlanText();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [filter, setFilter] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [items, setItems] = useState<AccessLogItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);

  const load = async (next: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<Page<AccessLogItem>>(withQuery('/me/access-log', { from: filter.from, to: filter.to, cursor: next, limit: '25' }));
      setItems((previous) => (next ? [...previous, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setLoaded(true);
    } catch (reason) {
      setError(reason);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ from, to });
  };

  return (
    <>
      <PageTitle>{t('accessLog.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('accessLog.intro')}</p>
      <form className="period-filter" onSubmit={applyFilter} aria-labelledby="period-heading">
        <h2 id="period-heading" className="h3">
          {t('accessLog.periodHeading')}
        </h2>
        <div className="period-fields">
          <div className="form-group">
            <label className="form-label" htmlFor="access-from">
              {t('accessLog.from')}
            </label>
            <input className="form-input" type="date" id="access-from" value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="access-to">
              {t('accessLog.to')}
            </label>
            <input className="form-input" type="date" id="access-to" value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          {t('accessLog.show')}
        </button>
      </form>
      {error !== null && <ErrorMessage error={error} />}
      <div role="status" className="sr-only">
        {loaded && !loading ? t('accessLog.count', { count: items.length }) : ''}
      </div>
      {loaded && items.length === 0 && !loading && <p>{t('accessLog.empty')}</p>}
      <ol className="nobullet-list access-list">
        {items.map((item) => (
          <li key={item.id} className="access-item">
            <h2 className="h4 access-when">{formatInstant(item.at, i18n.language)}</h2>
            <dl className="access-facts">
              {item.actorName && (
                <div>
                  <dt>{t('accessLog.who')}</dt>
                  <dd>{item.actorName}</dd>
                </div>
              )}
              <div>
                <dt>{t('accessLog.role')}</dt>
                <dd>{item.role ? t(`roles.${item.role}`, { defaultValue: t('roles.other') }) : t('roles.other')}</dd>
              </div>
              <div>
                <dt>{t('accessLog.where')}</dt>
                <dd>{item.unitName ?? t('accessLog.unknownUnit')}</dd>
              </div>
              <div>
                <dt>{t('accessLog.what')}</dt>
                <dd>
                  {item.outcome === 'denied' ? t('accessLog.denied') : actionText(t, item.action)}
                  {item.part && <> – {partLabel(t, item.part)}</>}
                </dd>
              </div>
              <div>
                <dt>{t('accessLog.why')}</dt>
                <dd>{purposeText(t, item.purpose)}</dd>
              </div>
            </dl>
          </li>
        ))}
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
