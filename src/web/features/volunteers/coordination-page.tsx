import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ApplicationsTab } from './applications-tab.js';
import { GuidelinesTab } from './guidelines-tab.js';
import { OpportunitiesTab } from './opportunities-tab.js';
import { VolunteersTab } from './volunteers-tab.js';

const tabs = ['ansoegninger', 'frivillige', 'opslag', 'retningslinjer'] as const;
type Tab = (typeof tabs)[number];

/** /koordinering/frivillige — the coordinator's volunteering: applications, volunteers, opportunities and guidelines as tabs (?fane=). */
export function CoordinationPage() {
  const { t } = useTranslation('volunteers');
  const [params] = useSearchParams();
  const tab: Tab = tabs.find((k) => k === params.get('fane')) ?? 'ansoegninger';
  return (
    <>
      <PageTitle>{t('coordination.title')}</PageTitle>
      <nav className="tab-nav" aria-label={t('coordination.tabsLabel')}>
        <ul>
          {tabs.map((k) => (
            <li key={k}>
              <Link to={`/koordinering/frivillige?fane=${k}`} aria-current={k === tab ? 'page' : undefined}>
                {t(`coordination.tabs.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'ansoegninger' && <ApplicationsTab />}
      {tab === 'frivillige' && <VolunteersTab />}
      {tab === 'opslag' && <OpportunitiesTab />}
      {tab === 'retningslinjer' && <GuidelinesTab />}
    </>
  );
}
