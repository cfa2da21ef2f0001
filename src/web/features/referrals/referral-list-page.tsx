import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isRole, rolesAllow } from '../../../domain/roles.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { useSession } from '../auth/session.js';
import { ColumnHeads, formatDate, formatInstant } from '../casework/shared.js';
import type { ReferralSummaryView } from './api-types.js';
import { OverdueFlag } from './overdue-flag.js';
import { stateName } from './labels.js';

type Box = 'received' | 'sent';

/** /henvisninger: the referrals to the staff member's unit, and those they sent; overdue ones flagged in words. */
export function ReferralListPage() {
  const { t, i18n } = useTranslation('referrals');
  const { me } = useSession();
  const [params] = useSearchParams();
  const roles = (me?.roles ?? []).filter(isRole);
  const boxes: Box[] = [...(rolesAllow(roles, 'referral.receive') ? (['received'] as const) : []), ...(rolesAllow(roles, 'referral.send') ? (['sent'] as const) : [])];
  const asked = params.get('box');
  const box: Box = boxes.find((b) => b === asked) ?? boxes[0] ?? 'received';
  const list = useApi<{ items: ReferralSummaryView[] }>(withQuery('/referrals', { box }));
  const items = list.data?.items ?? [];
  const overdue = items.filter((item) => item.overdue).length;

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="readable">{t('list.intro')}</p>
      {boxes.length > 1 && (
        <nav className="tab-nav" aria-label={t('list.tabsLabel')}>
          <ul>
            {boxes.map((b) => (
              <li key={b}>
                <Link to={`/henvisninger?box=${b}`} aria-current={b === box ? 'page' : undefined}>
                  {t(`list.${b}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && items.length === 0 && <p>{t('list.none')}</p>}
      {list.data && items.length > 0 && (
        <>
          {overdue > 0 && (
            <div className="alert alert-warning">
              <p className="alert-heading">{t('list.overdueCount', { count: overdue })}</p>
            </div>
          )}
          <table className="table table--responsive-headers referral-table">
            <caption>{t(box === 'received' ? 'list.captionReceived' : 'list.captionSent')}</caption>
            <ColumnHeads labels={[t('list.citizen'), t('list.offer'), t('list.state'), t('list.sentAt'), t('list.due'), t('list.from')]} />
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item.overdue ? 'referral-overdue' : undefined}>
                  <th scope="row" data-title={t('list.citizen')}>
                    <Link to={`/henvisninger/${encodeURIComponent(item.id)}`}>{`${item.citizen.firstName} ${item.citizen.lastName}`}</Link>
                  </th>
                  <td data-title={t('list.offer')}>{item.offer.name}</td>
                  <td data-title={t('list.state')}>{stateName(t, item.state)}</td>
                  <td data-title={t('list.sentAt')}>{formatInstant(item.sentAt, i18n.language)}</td>
                  <td data-title={t('list.due')}>
                    {formatDate(item.answerDueOn, i18n.language)}
                    {item.overdue && <OverdueFlag />}
                  </td>
                  <td data-title={t('list.from')}>{item.kind === 'self' ? t('kinds.self') : (item.senderName ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
