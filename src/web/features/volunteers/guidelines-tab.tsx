import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelinesOverview } from '../../../contracts/volunteers.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { formatInstant } from '../casework/shared.js';

/** The guidelines: the current version, how many have accepted it, earlier versions, and a form to publish a new one. */
export function GuidelinesTab() {
  const { t } = useTranslation('volunteers');
  const overview = useApi<GuidelinesOverview>('/volunteer-guidelines');
  const [published, setPublished] = useState<GuidelinesOverview | null>(null);
  const data = published ?? overview.data;
  return (
    <section aria-labelledby="guidelines-tab-heading">
      <h2 id="guidelines-tab-heading">{t('guidelinesTab.title')}</h2>
      {overview.loading && !data && <Loading />}
      {overview.error && <ErrorMessage error={overview.error} />}
      {data && <GuidelinesView key={data.current?.version ?? 0} overview={data} onPublished={setPublished} justPublished={published !== null} />}
    </section>
  );
}

function GuidelinesView({ overview, onPublished, justPublished }: { overview: GuidelinesOverview; onPublished: (o: GuidelinesOverview) => void; justPublished: boolean }) {
  const { t, i18n } = useTranslation('volunteers');
  const current = overview.current;
  const [title, setTitle] = useState(current?.title ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const submission = useSubmit();
  const fields = { title: { id: 'guidelines-title', label: t('guidelinesTab.newTitle') }, body: { id: 'guidelines-body', label: t('guidelinesTab.body') } };
  return (
    <>
      <StatusMessage message={justPublished && current ? t('guidelinesTab.published', { version: current.version }) : null} />
      {current ? (
        <>
          <p>{t('guidelinesTab.current', { version: current.version, date: formatInstant(current.publishedAt, i18n.language) })}</p>
          <p>{t('guidelinesTab.acceptedCount', { accepted: overview.acceptedCurrent, total: overview.volunteers })}</p>
          <h3>{current.title}</h3>
          {current.body.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph} className="readable">
              {paragraph}
            </p>
          ))}
        </>
      ) : (
        <p>{t('guidelinesTab.none')}</p>
      )}
      {overview.earlier.length > 0 && (
        <>
          <h3>{t('guidelinesTab.earlier')}</h3>
          <ul>
            {overview.earlier.map((v) => (
              <li key={v.version}>{t('guidelinesTab.earlierItem', { version: v.version, title: v.title, date: formatInstant(v.publishedAt, i18n.language) })}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('guidelinesTab.publishTitle')}</h3>
      <p className="readable">{t('guidelinesTab.publishIntro')}</p>
      <SubmitForm submission={submission} fields={fields} save={async () => onPublished(await api.post<GuidelinesOverview>('/volunteer-guidelines', { title, body, basedOnVersion: current?.version ?? 0 }))}>
        <TextField id="guidelines-title" label={fields.title.label} value={title} onChange={setTitle} error={submission.fieldErrors.title} required />
        <TextAreaField id="guidelines-body" label={fields.body.label} hint={t('guidelinesTab.bodyHint')} value={body} onChange={setBody} rows={10} error={submission.fieldErrors.body} required />
        <FormActions busy={submission.busy} saveLabel={t('guidelinesTab.publish')} />
      </SubmitForm>
    </>
  );
}
