import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../casework/shared.js';
import { councilPage, type CouncilListView, type HearingListView } from './api.js';
import { CompositionWarning } from './composition-warning.js';
import { HearingTable } from './hearing-table.js';
import { useCan } from './use-can.js';

/** /styring/raad — the councils at a glance, and the hearings the reader may see (a council member: their own councils'). */
export function CouncilListPage() {
  const { t, i18n } = useTranslation('councils');
  const councils = useApi<CouncilListView>('/councils');
  const hearings = useApi<HearingListView>('/hearings');
  const answers = useCan('hearing.answer');
  const manages = useCan('council.manage');
  const ownOnly = answers && !manages;
  const meeting = (m: { heldOn: string; title: string } | null) => (m ? `${formatDate(m.heldOn, i18n.language)} – ${m.title}` : t('list.noMeeting'));

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="readable">{t('list.intro')}</p>
      {councils.loading && !councils.data && <Loading />}
      {councils.error && <ErrorMessage error={councils.error} />}
      {councils.data && councils.data.items.length === 0 && <p>{t('list.none')}</p>}
      <ul className="nobullet-list council-cards">
        {councils.data?.items.map((council) => (
          <li key={council.id} className="council-card">
            <h2 className="h3">
              <Link to={councilPage(council.id)}>{council.name}</Link>
            </h2>
            <p>{t('list.members', { count: council.memberCount })}</p>
            <dl className="council-facts">
              <div>
                <dt>{t('list.lastMeeting')}</dt>
                <dd>{meeting(council.lastDialogueMeeting)}</dd>
              </div>
              <div>
                <dt>{t('list.nextMeeting')}</dt>
                <dd>{meeting(council.nextDialogueMeeting)}</dd>
              </div>
              <div>
                <dt>{t('list.openHearings')}</dt>
                <dd>{council.openHearings}</dd>
              </div>
            </dl>
            <CompositionWarning gaps={council.compositionGaps} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="council-hearings">
        <h2 id="council-hearings">{t('list.hearingsTitle')}</h2>
        <p>{ownOnly ? t('list.hearingsMine') : t('list.hearingsAll')}</p>
        {hearings.loading && !hearings.data && <Loading />}
        {hearings.error && <ErrorMessage error={hearings.error} />}
        {hearings.data && hearings.data.items.length === 0 && <p>{t('list.noHearings')}</p>}
        {hearings.data && hearings.data.items.length > 0 && <HearingTable hearings={hearings.data.items} caption={t('hearingTable.caption')} />}
      </section>
    </>
  );
}
