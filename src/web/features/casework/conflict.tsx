import { useTranslation } from 'react-i18next';
import type { Submission } from '../../components/form/use-submit.js';
import { isConflict } from './shared.js';

/**
 * Inside the error summary after a 409: what happened and a button to fetch the newest version. What the user
 * typed stays in the fields; the next save is made on the newest version.
 */
export function ConflictHelp({ submission, message, onReload }: { submission: Submission; message: string; onReload: () => void }) {
  const { t } = useTranslation('casework');
  if (!isConflict(submission.error)) return null;
  return (
    <>
      <p className="alert-text">{message}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          submission.reset();
          onReload();
        }}
      >
        {t('conflict.reload')}
      </button>
    </>
  );
}

/** After the newest version is fetched: said once, and the saved values shown next to what the user typed. */
export function ReloadedNote({ shown, saved }: { shown: boolean; saved: { label: string; value: string }[] }) {
  const { t } = useTranslation('casework');
  return (
    <div role="status">
      {shown && (
        <div className="alert alert-info">
          <p className="alert-heading">{t('conflict.reloaded')}</p>
          <p className="alert-text">{t('conflict.reloadedText')}</p>
          <dl className="saved-values">
            {saved.map((entry) => (
              <div key={entry.label}>
                <dt>{entry.label}</dt>
                <dd>{entry.value || '–'}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
