import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { HousingProjectsSection } from './housing-projects-section.js';
import { ResidentialOffersSection } from './residential-offers-section.js';
import { SelfSufficiencySection } from './self-sufficiency-section.js';

/**
 * /boliger — housing capacity for finance, leaders and politicians: the self-sufficiency rate over the years against
 * Housing plan II's target, the plan's projects and what they are expected to bring, and the residential offers with
 * their places. Aggregates only; nobody is named.
 */
export function HousingPage() {
  const { t } = useTranslation('housing');
  const [notice] = useNotice();
  return (
    <>
      <PageTitle>{t('page.title')}</PageTitle>
      <p className="font-lead readable">{t('page.intro')}</p>
      <StatusMessage message={notice} />
      <nav aria-label={t('page.contents')} className="housing-contents">
        <ul className="nobullet-list">
          <li>
            <a href="#self-sufficiency-heading">{t('selfSufficiency.heading')}</a>
          </li>
          <li>
            <a href="#projects-heading">{t('projects.heading')}</a>
          </li>
          <li>
            <a href="#offers-heading">{t('offers.heading')}</a>
          </li>
        </ul>
      </nav>
      <SelfSufficiencySection />
      <HousingProjectsSection />
      <ResidentialOffersSection />
    </>
  );
}
