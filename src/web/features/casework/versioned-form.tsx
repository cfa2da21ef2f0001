import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { SummaryField } from '../../components/form/error-summary.js';
import type { Submission } from '../../components/form/use-submit.js';
import { SubmitForm } from './form.js';
import { isConflict } from './shared.js';

/** A saved value shown next to what the user typed after the newest version is fetched. */
export interface SavedValue {
  label: string;
  value: string;
}

/**
 * Sends a change to something saved with a version, if anything changed: the body always holds the version the
 * change was made on, so a body with nothing else in it is not sent.
 */
export async function patchChanged(path: string, body: { version: number }): Promise<void> {
  if (Object.keys(body).length > 1) await api.patch<unknown>(path, body);
}

/**
 * Inside the error summary after a 409: what happened and a button to fetch the newest version. What the user
 * typed stays in the fields; the next save is made on the newest version.
 */
function ConflictHelp({ submission, message, onReload }: { submission: Submission; message: string; onReload: () => void }) {
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
function ReloadedNote({ shown, saved }: { shown: boolean; saved: SavedValue[] }) {
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

interface Props {
  submission: Submission;
  fields: Record<string, SummaryField>;
  save: () => Promise<void>;
  /** Fetch the thing again, to get the newest version after a conflict. */
  reload: () => void;
  /** What the error summary says after a 409. */
  conflictMessage: string;
  /** The saved values to show after the newest version is fetched; none when the form makes something new. */
  saved?: SavedValue[];
  className?: string;
  children: ReactNode;
}

/**
 * A form that changes something saved with a version. When the save meets a newer version (409), the error summary
 * offers "Hent den nyeste udgave"; after fetching it the saved values are shown once, and the next save is made on it.
 */
export function VersionedForm({ submission, fields, save, reload, conflictMessage, saved, className, children }: Props) {
  const [reloaded, setReloaded] = useState(false);
  return (
    <SubmitForm
      submission={submission}
      fields={fields}
      save={save}
      onSubmit={() => setReloaded(false)}
      className={className}
      help={
        <ConflictHelp
          submission={submission}
          message={conflictMessage}
          onReload={() => {
            reload();
            setReloaded(true);
          }}
        />
      }
    >
      {saved && <ReloadedNote shown={reloaded} saved={saved} />}
      {children}
    </SubmitForm>
  );
}
