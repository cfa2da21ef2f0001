import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../features/auth/session.js';
import type { Language } from '../i18n/index.js';
import { ErrorMessage } from './error-message.js';
import { Icon } from './icon.js';
import { LanguageSwitch } from './language-switch.js';
import { MainNavigation } from './main-navigation.js';

/** What a visitor who is not logged in can use: the public catalogue, what is on, and how to volunteer. */
const publicNavigation = [
  { key: 'offers', path: '/tilbud' },
  { key: 'events', path: '/det-sker' },
  { key: 'volunteer-opportunities', path: '/frivillig' },
];

export function SiteHeader() {
  const { t } = useTranslation();
  const { me, logout, changeLanguage } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A chosen menu link has done its job; the next page starts with the menu closed and no old error.
  useEffect(() => {
    setMenuOpen(false);
    setFailure(null);
  }, [pathname]);

  const run = (action: () => Promise<void>) => {
    setFailure(null);
    action().catch(setFailure);
  };
  const onLanguage = (language: Language) => run(() => changeLanguage(language));
  const onLogout = () =>
    run(async () => {
      await logout();
      await navigate('/log-ind');
    });

  return (
    <header className="header">
      <div className="portal-info">
        <div className="container portal-info-inner header-bar">
          {me && <p className="authority-name">{me.tenant.name}</p>}
          <div className="header-tools">
            <LanguageSwitch onChange={onLanguage} />
            {!me && pathname !== '/log-ind' && (
              <Link className="button button-secondary" to="/log-ind">
                {t('layout.login')}
              </Link>
            )}
            {me && (
              <>
                <p className="header-user">
                  <span className="sr-only">{t('layout.loggedInAs')} </span>
                  {me.displayName}
                </p>
                <button type="button" className="button button-secondary" onClick={onLogout}>
                  {t('layout.logout')}
                </button>
              </>
            )}
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="container solution-info-inner">
          <div className="solution-heading">
            <Link to="/">{t('app.name')}</Link>
          </div>
          <button type="button" className="button button-secondary button-menu-open" aria-expanded={menuOpen} aria-controls="hovedmenu" onClick={() => setMenuOpen(!menuOpen)}>
            <Icon name={menuOpen ? 'close' : 'menu'} />
            <span>{t('layout.menu')}</span>
          </button>
        </div>
      </div>
      <MainNavigation items={me ? me.navigation : publicNavigation} open={menuOpen} />
      {failure !== null && (
        <div className="container">
          <ErrorMessage error={failure} />
        </div>
      )}
    </header>
  );
}
