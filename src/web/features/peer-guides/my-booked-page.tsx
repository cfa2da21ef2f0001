import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { ColumnHeads } from '../casework/shared.js';
import { bookingPage, type BookingListView } from './api.js';
import { whenText } from './format.js';

/** /borgerguider/bookinger — the bookings the staff member made, earliest first. */
export function MyBookedPage() {
  const { t, i18n } = useTranslation('peer-guides');
  const list = useApi<BookingListView>('/peer-guide-bookings');
  const items = list.data?.items ?? [];
  return (
    <>
      <PageTitle>{t('mine.title')}</PageTitle>
      <p className="readable">{t('mine.intro')}</p>
      <p>
        <Link to="/borgerguider">{t('mine.find')}</Link>
      </p>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && items.length === 0 && <p>{t('mine.none')}</p>}
      {items.length > 0 && (
        <table className="table table--responsive-headers">
          <caption>{t('mine.caption')}</caption>
          <ColumnHeads labels={[t('mine.columns.what'), t('mine.columns.guide'), t('mine.columns.when'), t('mine.columns.status')]} />
          <tbody>
            {items.map((b) => (
              <tr key={b.id}>
                <th scope="row" data-title={t('mine.columns.what')}>
                  <Link to={bookingPage(b.id)}>{t('booking.title', { kind: t(`kinds.${b.kind}`), title: b.title })}</Link>
                </th>
                <td data-title={t('mine.columns.guide')}>{b.guide.name}</td>
                <td data-title={t('mine.columns.when')}>{whenText(t, b.startsAt, b.endsAt, i18n.language)}</td>
                <td data-title={t('mine.columns.status')}>{t(`bookingStatus.${b.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
