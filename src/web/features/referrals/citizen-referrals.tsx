import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isRole, rolesAllow } from '../../../domain/roles.js';
import { useSession } from '../auth/session.js';
import type { OverviewView } from '../casework/api-types.js';
import { citizenPath, formatInstant } from '../casework/shared.js';
import { stateName } from './labels.js';
import { OverdueFlag } from './overdue-flag.js';

/** The referrals section of the citizen's overview ("helhedsplan"): offer, state, when sent, overdue; and "Henvis". */
export function CitizenReferrals({ citizenId, referrals }: { citizenId: string; referrals: OverviewView['referrals'] }) {
  const { t, i18n } = useTranslation('referrals');
  const { me } = useSession();
  const maySend = rolesAllow((me?.roles ?? []).filter(isRole), 'referral.send');
  return (
    <section aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">{t('overview.heading')}</h2>
      {referrals.length === 0 ? (
        <p>{t('overview.none')}</p>
      ) : (
        <ul>
          {referrals.map((referral) => (
            <li key={referral.id}>
              <Link to={`/henvisninger/${encodeURIComponent(referral.id)}`}>{referral.offerName}</Link>: {stateName(t, referral.state)}, {t('overview.sentOn', { date: formatInstant(referral.sentAt, i18n.language) })}
              {referral.overdue && <OverdueFlag />}
            </li>
          ))}
        </ul>
      )}
      {maySend && (
        <p>
          <Link className="button button-secondary" to={citizenPath(citizenId, 'henvis')}>
            {t('overview.refer')}
          </Link>
        </p>
      )}
    </section>
  );
}
