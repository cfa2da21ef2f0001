import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { experienceAreas } from '../../../domain/peer-guide-booking.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { guidePage, type GuideListView } from './api.js';
import { useCan } from './use-can.js';

/** /borgerguider: the peer guides to book, by area of lived experience; links to one's bookings and the hours. */
export function GuideListPage() {
  const { t } = useTranslation('peer-guides');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const area = params.get('omraade') ?? '';
  const [chosen, setChosen] = useState(area);
  const list = useApi<GuideListView>(withQuery('/peer-guides', { area }));
  const canBook = useCan('peer-guide.book');
  const seesHours = useCan('volunteer.statistics');
  const items = list.data?.items ?? [];

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="readable">{t('list.intro')}</p>
      {(canBook || seesHours) && (
        <ul className="peer-guide-links">
          {canBook && (
            <li>
              <Link to="/borgerguider/bookinger">{t('list.myBookings')}</Link>
            </li>
          )}
          {seesHours && (
            <li>
              <Link to="/borgerguider/timer">{t('list.hours')}</Link>
            </li>
          )}
        </ul>
      )}
      <form
        className="peer-guide-filter"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(chosen ? `/borgerguider?omraade=${encodeURIComponent(chosen)}` : '/borgerguider');
        }}
      >
        <SelectField id="guide-area" label={t('list.filterLabel')} value={chosen} onChange={setChosen} options={[{ value: '', label: t('list.filterAll') }, ...experienceAreas.map((a) => ({ value: a, label: t(`areas.${a}`) }))]} />
        <button type="submit" className="button button-secondary">
          {t('list.filterButton')}
        </button>
      </form>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <p role="status">{items.length === 0 ? t('list.none') : t('list.count', { count: items.length })}</p>
      )}
      <ul className="nobullet-list peer-guide-cards">
        {items.map((guide) => (
          <li key={guide.id} className="peer-guide-card">
            <h2 className="h3">
              <Link to={guidePage(guide.id)}>{guide.name}</Link>
            </h2>
            <p>
              <strong>{t('list.areasLabel')}:</strong> {guide.experienceAreas.map((a) => t(`areas.${a}`)).join(', ')}
            </p>
            <p>{t(`training.${guide.trainingStatus}`)}</p>
            {guide.availabilityNote && <p>{guide.availabilityNote}</p>}
            <p className="peer-guide-bookable">{guide.bookable ? t('list.bookable') : t('list.notBookable')}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
