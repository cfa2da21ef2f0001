import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title.js';
import { useSession } from '../auth/session.js';

/**
 * Required of public sector websites by the Danish act on web accessibility (lov nr. 692 af 8. juni 2018,
 * implementing directive (EU) 2016/2102). Open to everyone, logged in or not.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const testing = ['automatic', 'keyboard', 'zoom', 'colour', 'language'] as const;
  const report = ['municipality', 'contact', 'details'] as const;

  return (
    <div className="readable">
      <PageTitle>{t('accessibility.title')}</PageTitle>
      <p className="font-lead">{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.statusText')}</p>
      <p>{t('accessibility.statusPartly')}</p>

      <h2>{t('accessibility.testingHeading')}</h2>
      <ul>
        {testing.map((key) => (
          <li key={key}>{t(`accessibility.testing.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.missingHeading')}</h2>
      <ul>
        <li>{t('accessibility.missing.easyRead')}</li>
      </ul>
      <p>{t('accessibility.missing.tellUs')}</p>

      <h2>{t('accessibility.reportHeading')}</h2>
      <p>{t('accessibility.reportIntro')}</p>
      <ul>
        {report.map((key) => (
          <li key={key}>{t(`accessibility.report.${key}`)}</li>
        ))}
      </ul>
      {me && <p>{t('accessibility.yourMunicipality', { name: me.tenant.name })}</p>}

      <h2>{t('accessibility.complaintHeading')}</h2>
      <p>{t('accessibility.complaintText')}</p>
      <p>
        <a href="https://digst.dk/">{t('accessibility.complaintLink')}</a>
      </p>

      <h2>{t('accessibility.aboutHeading')}</h2>
      <p>{t('accessibility.date')}</p>
    </div>
  );
}
