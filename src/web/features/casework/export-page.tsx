import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useSession } from '../auth/session.js';
import { CitizenNav, citizenPath, todayInDenmark } from './shared.js';

type Format = 'json' | 'html';

/**
 * The export is a file, not JSON for the app, so it is fetched here directly (with the session's CSRF token) and
 * handed to the browser as a download or opened in a new tab.
 */
async function fetchExport(citizenId: string, format: Format, csrfToken: string): Promise<Blob> {
  const response = await fetch(`/api/v1/citizens/${encodeURIComponent(citizenId)}/access-request-export`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: format === 'html' ? 'text/html, application/problem+json' : 'application/json, application/problem+json',
      'accept-language': document.documentElement.lang || 'da',
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify({ format }),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { title?: string; detail?: string; errors?: []; code?: string; requestId?: string } | null;
    throw new ApiError(response.status, problem?.title ?? '', problem?.detail, problem?.errors ?? [], problem?.code, problem?.requestId);
  }
  return response.blob();
}

/** "Indsigtsanmodning": everything held about the citizen, for the citizen's right of access. */
export function ExportPage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const { me } = useSession();
  const [format, setFormat] = useState<Format>('json');
  const [done, setDone] = useState<string | null>(null);
  const [htmlUrl, setHtmlUrl] = useState<string | null>(null);
  const submission = useSubmit();

  useEffect(() => () => void (htmlUrl && URL.revokeObjectURL(htmlUrl)), [htmlUrl]);

  const produce = () =>
    submission.submit(async () => {
      setDone(null);
      const blob = await fetchExport(id, format, me?.csrfToken ?? '');
      const url = URL.createObjectURL(blob);
      if (format === 'json') {
        const link = document.createElement('a');
        link.href = url;
        link.download = `indsigt-${todayInDenmark()}.json`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        setDone(t('export.downloaded'));
      } else {
        setHtmlUrl(url);
        setDone(t('export.htmlReady'));
      }
    });

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('overview.back')}</BackLink>
      <PageTitle>{t('export.title')}</PageTitle>
      <CitizenNav citizenId={id} />
      <div className="readable">
        <p>{t('export.intro')}</p>
        <p>
          <strong>{t('export.logged')}</strong>
        </p>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void produce();
        }}
      >
        {submission.error !== null && <ErrorMessage error={submission.error} />}
        <fieldset className="form-group">
          <legend className="form-label">{t('export.format')}</legend>
          {(['json', 'html'] as const).map((value) => (
            <div className="form-group-radio" key={value}>
              <input className="form-radio" type="radio" id={`export-${value}`} name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              <label className="form-label" htmlFor={`export-${value}`}>
                {t(`export.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submission.busy ? t('export.working') : t('export.submit')}
          </button>
        </div>
      </form>
      <StatusMessage message={done} />
      {htmlUrl && (
        <p>
          <a href={htmlUrl} target="_blank" rel="noopener">
            {t('export.openHtml')}
          </a>
        </p>
      )}
    </>
  );
}
