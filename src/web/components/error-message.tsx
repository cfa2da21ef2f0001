import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { Icon } from './icon.js';

interface Props {
  error: unknown;
  children?: ReactNode;
  /** Given when the caller moves focus to the message (a form's error summary). */
  ref?: Ref<HTMLDivElement>;
}

/** Shows what went wrong in the words the server chose, or a plain general message when it did not say. */
export function ErrorMessage({ error, children, ref }: Props) {
  const { t } = useTranslation();
  const fromServer = error instanceof ApiError && error.title !== '';
  const title = fromServer ? error.title : t('errors.title');
  const detail = fromServer ? error.detail : error instanceof TypeError ? t('errors.network') : t('errors.unexpected');
  // The number only helps support find a server fault; with a mistake in a form it is just noise.
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
  return (
    <div className="alert alert-error" role="alert" ref={ref} tabIndex={ref ? -1 : undefined}>
      <Icon name="error" className="alert-icon" />
      <p className="alert-heading">{title}</p>
      {detail && <p className="alert-text">{detail}</p>}
      {requestId && <p className="alert-text small-text">{t('errors.requestId', { id: requestId })}</p>}
      {children}
    </div>
  );
}
