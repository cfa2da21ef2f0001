import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigationHelp, navigationLabel, roleName } from '../../components/labels.js';
import { PageTitle } from '../../components/page-title.js';
import { useSession } from '../auth/session.js';
import { NoticeList } from '../referrals/notice-list.js';

export function MyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  // Min side itself needs no card; every other page the roles allow gets a big, easy-to-hit one.
  const cards = me.navigation.filter((item) => item.key !== 'home');

  return (
    <>
      <PageTitle>{t('me.title')}</PageTitle>
      <p className="font-lead">{t('me.greeting', { name: me.displayName })}</p>
      <NoticeList />

      <h2>{t('me.aboutHeading')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('me.name')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('me.roles', { count: me.roles.length })}</dt>
          <dd>{me.roles.map((role) => roleName(t, role)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('me.municipality')}</dt>
          <dd>{me.tenant.name}</dd>
        </div>
        {me.orgUnit && (
          <div>
            <dt>{t('me.unit')}</dt>
            <dd>{me.orgUnit.name}</dd>
          </div>
        )}
      </dl>

      {cards.length > 0 && (
        <>
          <h2>{t('me.linksHeading')}</h2>
          <ul className="card-row row link-cards">
            {cards.map((item) => {
              const help = navigationHelp(t, item.key);
              return (
                <li key={item.key} className="col-12 col-md-6 col-lg-4">
                  <Link className="card" to={item.path}>
                    <div className="card-content">
                      <h3 className="card-heading">{navigationLabel(t, item.key)}</h3>
                      {help && <p>{help}</p>}
                    </div>
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
