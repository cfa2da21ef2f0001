import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { NavigationItem } from '../api/types.js';
import { navigationLabel } from './labels.js';

/** The pages the user's roles allow, as the server lists them. Below 992 px it is shown by the Menu button. */
export function MainNavigation({ items, open }: { items: NavigationItem[]; open: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div id="hovedmenu" className={`navigation-menu${open ? ' is-open' : ''}`}>
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t('layout.mainNavigation')}>
          <ul className="mainmenu">
            {items.map((item) => {
              const here = pathname === item.path;
              const within = here || pathname.startsWith(`${item.path}/`);
              return (
                <li key={item.key} className={within ? 'active' : undefined}>
                  <Link className="nav-link" to={item.path} aria-current={here ? 'page' : within ? 'true' : undefined}>
                    <span>{navigationLabel(t, item.key)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </div>
  );
}
