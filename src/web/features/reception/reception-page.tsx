import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FollowUpList } from './follow-up-list.js';
import { QueueTable } from './queue-table.js';
import { useMay, visitorName, type FollowUps, type Queue, type ReceptionCentres } from './reception-api.js';
import { VisitForm } from './visit-form.js';

/** /modtagelse — the desk of the worker's reception centre: a new visit, the queue, and today's follow-ups. */
export function ReceptionPage() {
  const { t } = useTranslation('reception');
  const centres = useApi<ReceptionCentres>('/reception/centres');
  const statistics = useMay('reception.statistics');
  const mine = centres.data?.items.find((centre) => centre.id === centres.data?.myCentreId);
  return (
    <>
      <PageTitle>{mine ? `${t('page.title')} – ${mine.name}` : t('page.title')}</PageTitle>
      {centres.loading && !centres.data && <Loading />}
      {centres.error && <ErrorMessage error={centres.error} />}
      {centres.data && !mine && <p className="readable">{t('page.noCentre')}</p>}
      {mine && <Desk centreId={mine.id} centreName={mine.name} />}
      {statistics && (
        <p>
          <Link to="/modtagelse/statistik">{t('page.statisticsLink')}</Link>
        </p>
      )}
    </>
  );
}

function Desk({ centreId, centreName }: { centreId: string; centreName: string }) {
  const { t } = useTranslation('reception');
  const queue = useApi<Queue>(`/reception/centres/${centreId}/queue`);
  const followUps = useApi<FollowUps>('/reception/follow-ups');
  const [notice, setNotice] = useState<string | null>(null);
  const [loadedAt, setLoadedAt] = useState(() => Date.now());
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const reloadQueue = () => {
    setLoadedAt(Date.now());
    queue.reload();
  };

  return (
    <>
      <p className="font-lead readable">{t('page.intro', { centre: centreName })}</p>
      <StatusMessage message={notice} />
      <div className="reception-desk">
        <section aria-labelledby="new-visit-heading" className="reception-new">
          <h2 id="new-visit-heading">{t('form.title')}</h2>
          <VisitForm
            centreId={centreId}
            onRegistered={(visit) => {
              setNotice(t('form.registered', { name: visitorName(visit) }));
              reloadQueue();
            }}
          />
        </section>
        <section aria-labelledby="queue-heading" className="reception-queue">
          <h2 id="queue-heading" ref={queueHeading} tabIndex={-1}>
            {t('queue.title')}
          </h2>
          {queue.error && <ErrorMessage error={queue.error} />}
          {queue.loading && !queue.data && <Loading />}
          <div role="status">{queue.data && <p>{queue.data.items.length === 0 ? t('queue.empty') : t('queue.count', { count: queue.data.items.length })}</p>}</div>
          {queue.data && queue.data.items.length > 0 && (
            <QueueTable
              items={queue.data.items}
              loadedAt={loadedAt}
              onChanged={(visit, what) => {
                setNotice(t(`queue.changed.${what}`, { name: visitorName(visit) }));
                reloadQueue();
                // The row's buttons change or go; the queue's heading is where the keyboard carries on.
                queueHeading.current?.focus();
              }}
            />
          )}
          <button type="button" className="button button-secondary" onClick={reloadQueue}>
            {t('queue.refresh')}
          </button>
        </section>
      </div>
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{t('followUps.title')}</h2>
        <p>{t('followUps.intro')}</p>
        {followUps.error && <ErrorMessage error={followUps.error} />}
        {followUps.loading && !followUps.data && <Loading />}
        {followUps.data && (
          <FollowUpList
            followUps={followUps.data}
            onDone={(visit) => {
              setNotice(t('followUps.completed', { name: visitorName(visit) }));
              followUps.reload();
            }}
          />
        )}
      </section>
    </>
  );
}
