import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useSession } from '../auth/session.js';
import { usePlanText } from './easy-read.js';

const pendingKey = 'mestring.pendingInvitation';

/**
 * The address to go back to after logging in, when someone opened an invitation link first; read once.
 * The login (demo or MitID) can call this and go there instead of /min-side.
 */
export function takePendingInvitationPath(): string | null {
  try {
    const code = sessionStorage.getItem(pendingKey);
    sessionStorage.removeItem(pendingKey);
    return code ? `/invitation/${encodeURIComponent(code)}` : null;
  } catch {
    return null;
  }
}

/** /invitation/:code — accept an invitation to follow a citizen's plan; not logged in: to the login and back. */
export function InvitationPage() {
  const { t } = usePlanText();
  const { code = '' } = useParams();
  const { me, ready, refresh } = useSession();
  const submission = useSubmit();
  const [accepted, setAccepted] = useState(false);

  if (!ready) return <Loading />;
  if (!me) {
    try {
      sessionStorage.setItem(pendingKey, code);
    } catch {
      // Without storage the person opens the link again after logging in.
    }
    return <Navigate to={`/log-ind?returnTo=${encodeURIComponent(`/invitation/${encodeURIComponent(code)}`)}`} replace />;
  }

  const accept = () =>
    submission.submit(async () => {
      await api.post('/invitations/accept', { code });
      await refresh();
      setAccepted(true);
    });

  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <p className="font-lead">{t('invitation.intro')}</p>
      <StatusMessage message={accepted ? t('invitation.accepted') : null} />
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      {accepted ? (
        <p>
          <Link to="/delt-med-mig" className="button button-primary button-big">
            {t('invitation.goShared')}
          </Link>
        </p>
      ) : (
        <button type="button" className="button button-primary button-big" disabled={submission.busy} onClick={() => void accept()}>
          {t('invitation.accept')}
        </button>
      )}
    </>
  );
}
