import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { MeetingList } from './meeting-list.js';
import { NoPlan } from './no-plan.js';
import { useOwnPlan } from './use-own-plan.js';

/** /min-plan/moeder — the plan meetings, read-only for the citizen. */
export function MeetingsPage() {
  const { t } = usePlanText();
  const { citizenId, plan } = useOwnPlan();
  return (
    <>
      <BackLink to="/min-plan">{t('common.backToPlan')}</BackLink>
      <PageTitle>{t('meetings.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('meetings.intro')}</p>
      {!citizenId && <NoPlan />}
      {plan.loading && !plan.data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {plan.data && <MeetingList meetings={plan.data.meetings ?? []} />}
    </>
  );
}
