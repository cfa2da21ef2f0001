import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EventSummary, ManagedEventChoices, ManagedEvents } from '../../../contracts/events.js';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { eventPath } from './event-format.js';
import { blankEvent, eventBody, EventForm, eventFormValues, type EventFormValues } from './event-form.js';
import { keptEventPath, keptEventsPath } from './kept-events-page.js';

/** /mine-tilbud/begivenheder/ny — a new activity of an offer the user keeps, or of an organisation. */
export function NewEventPage() {
  const { t } = useTranslation('events');
  const navigate = useNavigate();
  const choices = useApi<ManagedEventChoices>('/managed-events/choices');
  const [values, setValues] = useState<EventFormValues>(blankEvent);
  const submission = useSubmit();
  const save = () =>
    submission.submit(async () => {
      const created = await api.post<EventSummary>('/events', { ...eventBody(values), offerId: values.offerId || null, organizationId: values.offerId ? null : values.organizationId || null });
      await navigate(keptEventPath(created.id), { state: { notice: 'created' } });
    });
  return (
    <>
      <BackLink to={keptEventsPath}>{t('kept.back')}</BackLink>
      <PageTitle>{t('form.createTitle')}</PageTitle>
      {choices.loading && <Loading />}
      {choices.error && <ErrorMessage error={choices.error} />}
      {choices.data && <EventForm values={values} onChange={setValues} choices={choices.data} creating submission={submission} onSubmit={() => void save()} />}
    </>
  );
}

/** /mine-tilbud/begivenheder/:id — change an activity (version checked) or cancel it. */
export function EditEventPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const event = useApi<ManagedEvents['items'][number]>(`/managed-events/${encodeURIComponent(id)}`);
  const choices = useApi<ManagedEventChoices>('/managed-events/choices');
  const [notice, setNotice] = useNotice();
  if ((event.loading && !event.data) || (choices.loading && !choices.data)) return <Loading />;
  if (event.error || choices.error || !event.data || !choices.data) {
    return (
      <>
        <BackLink to={keptEventsPath}>{t('kept.back')}</BackLink>
        <PageTitle>{t('event.notFound')}</PageTitle>
        <ErrorMessage error={event.error ?? choices.error} />
      </>
    );
  }
  return <EditEvent key={`${event.data.id}-${event.data.version}`} event={event.data} choices={choices.data} reload={event.reload} notice={notice} onNotice={setNotice} />;
}

interface EditProps {
  event: ManagedEvents['items'][number];
  choices: ManagedEventChoices;
  reload: () => void;
  /** 'created' or 'saved': kept by the page, so it outlives the form's reload after a save. */
  notice: string | null;
  onNotice: (notice: string | null) => void;
}

function EditEvent({ event, choices, reload, notice, onNotice }: EditProps) {
  const { t } = useTranslation('events');
  const navigate = useNavigate();
  const [values, setValues] = useState<EventFormValues>(() => eventFormValues(event));
  const submission = useSubmit();
  const cancelling = useSubmit();
  const cancelled = event.status === 'cancelled';
  const stale = submission.error instanceof ApiError && submission.error.status === 409;

  const save = () =>
    submission.submit(async () => {
      await api.patch<EventSummary>(`/events/${encodeURIComponent(event.id)}`, { version: event.version, ...eventBody(values) });
      onNotice('saved');
      reload();
    });
  const cancel = () =>
    cancelling.submit(async () => {
      await api.post<EventSummary>(`/events/${encodeURIComponent(event.id)}/cancel`, { version: event.version });
      await navigate(keptEventsPath, { state: { notice: 'cancelled' } });
    });

  return (
    <>
      <BackLink to={keptEventsPath}>{t('kept.back')}</BackLink>
      <PageTitle>{t('form.editTitle')}</PageTitle>
      <StatusMessage message={notice ? t(`form.${notice}`, { defaultValue: '' }) || null : null} />
      {event.offerLifecycle !== 'draft' && (
        <p>
          <Link to={eventPath(event.id)}>{t('form.publicPage')}</Link>
        </p>
      )}
      {cancelled ? (
        <p>
          <strong>{t('event.cancelledText')}</strong>
        </p>
      ) : (
        <>
          <EventForm
            values={values}
            onChange={setValues}
            choices={choices}
            creating={false}
            submission={submission}
            onSubmit={() => void save()}
            errorActions={
              stale && (
                <button type="button" className="button button-secondary" onClick={() => reload()}>
                  {t('form.reload')}
                </button>
              )
            }
          />
          <section aria-labelledby="cancel-heading" className="event-cancel">
            <h2 id="cancel-heading">{t('form.cancelHeading')}</h2>
            <p>{t('form.cancelText')}</p>
            {cancelling.error !== null && <ErrorMessage error={cancelling.error} />}
            <button type="button" className="button button-secondary" disabled={cancelling.busy} onClick={() => void cancel()}>
              {t('form.cancel')}
            </button>
          </section>
        </>
      )}
    </>
  );
}
