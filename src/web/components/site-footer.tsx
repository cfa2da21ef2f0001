import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <p className="footer-text">{t('layout.footerText')}</p>
          <h2 className="sr-only">{t('layout.footerLinks')}</h2>
          <ul className="footer-links unstyled-list">
            <li>
              <Link to="/tilgaengelighed">{t('layout.accessibilityStatement')}</Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
