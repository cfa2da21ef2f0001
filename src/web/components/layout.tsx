import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../features/auth/session.js';
import { ErrorMessage } from './error-message.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

export function Layout() {
  const { t } = useTranslation();
  const { error } = useSession();
  const main = useRef<HTMLElement>(null);

  // Moving focus ourselves keeps the address free of "#indhold" and works the same in every browser.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
    main.current?.scrollIntoView();
  };

  return (
    <>
      <a className="skipnav" href="#indhold" onClick={skipToContent}>
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      <main id="indhold" ref={main} tabIndex={-1} className="container page-container">
        {error && <ErrorMessage error={error} />}
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
