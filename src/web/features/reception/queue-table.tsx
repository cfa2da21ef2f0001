import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { CitizenPicker } from './citizen-picker.js';
import { formatClock, useMay, visitorName, type Visit } from './reception-api.js';

/** Minutes since the queue was read, so the waiting times keep counting without asking the server every minute. */
function useMinutesSince(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - since) / 60_000));
}

interface Props {
  items: Visit[];
  loadedAt: number;
  /** Called with the changed visit and what happened, after the server has saved it. */
  onChanged: (visit: Visit, what: 'with-worker' | 'done' | 'left' | 'merged') => void;
}

/** The centre's queue as a table: who, since when, how long, what they need, and the buttons to move them on. */
export function QueueTable({ items, loadedAt, onChanged }: Props) {
  const { t, i18n } = useTranslation('reception');
  const since = useMinutesSince(loadedAt);
  const action = useSubmit();
  const mayMerge = useMay('citizen.update');
  const [merging, setMerging] = useState<string | null>(null);

  const change = (visit: Visit, status: 'with-worker' | 'done' | 'left') =>
    action.submit(async () => onChanged(await api.patch<Visit>(`/reception/visits/${visit.id}`, { version: visit.version, status }), status));
  const merge = (visit: Visit, citizenId: string) =>
    action.submit(async () => {
      const merged = await api.post<Visit>(`/reception/visits/${visit.id}/merge`, { citizenId });
      setMerging(null);
      onChanged(merged, 'merged');
    });

  const who = (visit: Visit) => (visit.citizen ? visitorName(visit) : t('queue.anonymous', { name: visitorName(visit) }));

  return (
    <>
      {action.error !== null && <ErrorMessage error={action.error} />}
      <div className="table-scroll">
        <table className="table table--responsive-headers queue-table">
          <caption>{t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.who')}</th>
              <th scope="col">{t('queue.arrived')}</th>
              <th scope="col">{t('queue.waited')}</th>
              <th scope="col">{t('queue.needs')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((visit) => {
              const waited = visit.waitingMinutes + (visit.status === 'waiting' ? since : 0);
              const name = visitorName(visit);
              return (
                <tr key={visit.id}>
                  <th scope="row" data-title={t('queue.who')}>
                    {who(visit)}
                    {visit.anonymous?.description && <span className="visit-description">{visit.anonymous.description}</span>}
                    {visit.note && <span className="visit-note">{visit.note}</span>}
                  </th>
                  <td data-title={t('queue.arrived')}>
                    <time dateTime={visit.arrivedAt}>{formatClock(visit.arrivedAt, i18n.language)}</time>
                  </td>
                  <td data-title={t('queue.waited')}>{t('queue.minutes', { count: waited })}</td>
                  <td data-title={t('queue.needs')}>
                    <ul className="need-list">
                      {visit.needs.map((need) => (
                        <li key={need}>{t(`needs.${need}`)}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-title={t('queue.status')}>
                    <span className={`visit-status visit-status--${visit.status}`}>{visit.status === 'with-worker' && visit.worker ? t('queue.withWorker', { name: visit.worker.name }) : t(`status.${visit.status}`)}</span>
                  </td>
                  <td data-title={t('queue.actions')}>
                    <div className="queue-actions">
                      {visit.status === 'waiting' && (
                        <button type="button" className="button button-primary" onClick={() => void change(visit, 'with-worker')}>
                          {t('queue.take')}
                          <span className="sr-only"> {name}</span>
                        </button>
                      )}
                      {visit.status === 'with-worker' && (
                        <button type="button" className="button button-primary" onClick={() => void change(visit, 'done')}>
                          {t('queue.done')}
                          <span className="sr-only"> {name}</span>
                        </button>
                      )}
                      <button type="button" className="button button-secondary" onClick={() => void change(visit, 'left')}>
                        {t('queue.left')}
                        <span className="sr-only"> – {name}</span>
                      </button>
                      {mayMerge && !visit.citizen && (
                        <button type="button" className="button button-tertiary" aria-expanded={merging === visit.id} onClick={() => setMerging(merging === visit.id ? null : visit.id)}>
                          {t('queue.merge')}
                          <span className="sr-only"> – {name}</span>
                        </button>
                      )}
                    </div>
                    {merging === visit.id && (
                      <section className="merge-panel" aria-label={t('queue.mergeHeading', { name })}>
                        <CitizenPicker idPrefix={`merge-${visit.id}`} onPick={(citizen) => void merge(visit, citizen.id)} />
                        <button type="button" className="button button-tertiary" onClick={() => setMerging(null)}>
                          {t('queue.mergeCancel')}
                        </button>
                      </section>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
