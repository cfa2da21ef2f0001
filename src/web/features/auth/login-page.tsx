import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LoginProviders } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Icon } from '../../components/icon.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { DemoLogin } from './demo-login.js';
import { useSession } from './session.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const providers = useApi<LoginProviders>('/auth/providers');
  const oidc = providers.data?.oidc ?? [];
  const [search] = useSearchParams();
  // Where to land after an identity provider's login, e.g. back at an invitation link.
  const returnTo = search.get('returnTo');
  const failure = search.get('fejl') === 'login_failed' ? (search.get('aarsag') ?? 'provider_error') : null;
  const failureKey = failure === 'state_mismatch' || failure === 'unknown_user' ? failure : 'provider_error';

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      {me && (
        <div className="alert alert-info">
          <Icon name="info" className="alert-icon" />
          <p className="alert-heading">{t('login.alreadyLoggedIn', { name: me.displayName })}</p>
          <p className="alert-text">
            <Link to="/min-side">{t('login.goToMyPage')}</Link>
          </p>
        </div>
      )}
      {failure && (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <p className="alert-heading">{t('login.failedHeading')}</p>
          <p className="alert-text">{t(`login.failed.${failureKey}`)}</p>
        </div>
      )}
      {providers.loading && <Loading />}
      {providers.error && <ErrorMessage error={providers.error} />}
      {oidc.length > 0 && (
        <>
          <p className="font-lead">{t('login.intro')}</p>
          <ul className="nobullet-list login-methods">
            {oidc.map((provider) => (
              <li key={provider.id}>
                {/* A plain link: the identity provider's pages need a full page load, not the app's router. */}
                <a className="button button-primary login-button" href={returnTo ? `${provider.loginUrl}?returnTo=${encodeURIComponent(returnTo)}` : provider.loginUrl}>
                  {provider.kind === 'citizen' ? t('login.mitid') : t('login.staff')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {providers.data?.demo && <DemoLogin />}
      {providers.data && !providers.data.demo && oidc.length === 0 && <p>{t('login.noMethods')}</p>}
    </>
  );
}
