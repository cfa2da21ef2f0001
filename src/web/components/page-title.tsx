import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The path whose heading last had the chance to take focus; null until the first page is shown. */
let lastPath: string | null = null;

/**
 * The page's one h1. It names the browser tab and, after moving to another page, takes focus so a
 * screen reader announces the new page and keyboard users start from its top (not on the first page
 * load, where the browser already starts at the top).
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    if (lastPath !== null && lastPath !== pathname) heading.current?.focus();
    lastPath = pathname;
  }, [pathname]);

  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
