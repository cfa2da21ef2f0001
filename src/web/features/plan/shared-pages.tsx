import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { useSession } from '../auth/session.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { GoalCard } from './goal-card.js';
import { MeetingList } from './meeting-list.js';
import { domainPart, domainPictograms, lifeDomains, type Plan, type PlanMe, type PlanPart } from './plan-api.js';

/** /delt-med-mig — the citizens who share some of their plan with me. */
export function SharedListPage() {
  const { t } = usePlanText();
  const { me } = useSession();
  const people = (me as PlanMe | null)?.relativeOf ?? [];
  return (
    <>
      <PageTitle>{t('shared.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('shared.intro')}</p>
      {people.length === 0 ? (
        <p>{t('shared.empty')}</p>
      ) : (
        <ul className="nobullet-list big-link-list">
          {people.map((person) => (
            <li key={person.citizenId}>
              <Link to={`/delt-med-mig/${encodeURIComponent(person.citizenId)}`} className="big-link">
                <Pictogram name="people" size={40} />
                <span>{t('shared.open', { name: person.firstName })}</span>
              </Link>
              <p className="big-link-note">{person.relation}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** /delt-med-mig/:citizenId — what the citizen shares with me, and plainly what they do not. */
export function SharedPlanPage() {
  const { t } = usePlanText();
  const { citizenId = '' } = useParams();
  const { me } = useSession();
  const plan = useApi<Plan>(`/citizens/${encodeURIComponent(citizenId)}/plan`);
  const data = plan.data;
  // With nothing shared at all the server will not show the plan (404); for someone in the person's network
  // that is not "not found" but "nothing is shared with you now", and the page says so.
  const person = (me as PlanMe | null)?.relativeOf?.find((entry) => entry.citizenId === citizenId);
  const nothingShared = Boolean(person && !data && plan.error instanceof ApiError && plan.error.status === 404);
  const hidden = new Set<PlanPart>(data?.hiddenParts ?? []);
  const commentable = new Set<PlanPart>(data?.commentableParts ?? []);

  const NotShared = () => <p className="not-shared">{t('shared.notShared', { name: data?.firstName ?? '' })}</p>;

  return (
    <>
      <BackLink to="/delt-med-mig">{t('shared.back')}</BackLink>
      <PageTitle>{data ? t('shared.planTitle', { name: data.firstName }) : person ? t('shared.planTitle', { name: person.firstName }) : t('shared.title')}</PageTitle>
      <EasyReadSwitch />
      {plan.loading && !data && <Loading />}
      {nothingShared && person ? <p className="font-lead not-shared">{t('shared.nothingShared', { name: person.firstName })}</p> : plan.error && <ErrorMessage error={plan.error} />}
      {data && (
        <>
          <p className="font-lead">{t('shared.planIntro', { name: data.firstName })}</p>
          <section aria-labelledby="shared-dreams">
            <h2 id="shared-dreams">{t('parts.dreams')}</h2>
            {data.dreams === null || hidden.has('dreams') ? (
              <NotShared />
            ) : data.dreams.length === 0 ? (
              <p>{t('plan.noDreams')}</p>
            ) : (
              <ul className="nobullet-list dream-list">
                {data.dreams.map((dream) => (
                  <li key={dream.id} className="dream">
                    <p className="dream-text">{dream.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {lifeDomains.map((domain) => {
            const goals = data.domains.find((entry) => entry.domain === domain)?.goals;
            const part = domainPart(domain);
            return (
              <section key={domain} aria-labelledby={`shared-${domain}`} className="shared-domain">
                <h2 id={`shared-${domain}`}>
                  <Pictogram name={domainPictograms[domain]} size={40} /> {t(`domains.${domain}`)}
                </h2>
                {!goals || hidden.has(part) ? (
                  <NotShared />
                ) : (
                  <>
                    <p>{commentable.has(part) ? t('shared.canComment') : t('shared.readOnly')}</p>
                    {goals.length === 0 && <p>{t('domain.noGoals')}</p>}
                    <ul className="nobullet-list goal-list">
                      {goals.map((goal) => (
                        <li key={goal.id}>
                          <GoalCard citizenId={data.citizenId} goal={goal} canWrite={data.canWrite} canComment={commentable.has(part)} reload={plan.reload} headingLevel={3} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            );
          })}
          <section aria-labelledby="shared-meetings">
            <h2 id="shared-meetings">{t('parts.meetings')}</h2>
            {data.meetings === null || hidden.has('meetings') ? <NotShared /> : <MeetingList meetings={data.meetings} headingLevel={3} />}
          </section>
        </>
      )}
    </>
  );
}
