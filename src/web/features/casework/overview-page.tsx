import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { lifeDomains } from '../../../domain/plan-parts.js';
import type { OverviewView } from './api-types.js';
import { HistoryTable } from './history-table.js';
import { domainName, goalStatusName, needName, outcomeName, participantRoleName, teamRoleName } from './labels.js';
import { CitizenNav, citizenPath, Fact, Facts, formatDate, formatInstant } from './shared.js';
import { CitizenReferrals } from '../referrals/citizen-referrals.js';

/** A progress bar that also says its number, so nobody depends on the bar or its colour. */
export function Progress({ value, label }: { value: number; label: string }) {
  return (
    <div className="goal-progress">
      <span>{label}</span>
      <span className="goal-progress-bar" aria-hidden="true">
        <span style={{ width: `${value}%` }} />
      </span>
    </div>
  );
}

/** "Helhedsplan": everything the worker may see about the citizen on one screen. */
export function OverviewPage() {
  const { t, i18n } = useTranslation('casework');
  const { id = '' } = useParams();
  const overview = useApi<OverviewView>(`/citizens/${encodeURIComponent(id)}/overview`);
  const [notice] = useNotice();
  const data = overview.data;
  const citizen = data?.citizen;
  const name = citizen ? `${citizen.firstName} ${citizen.lastName}` : '';
  const visual = citizen?.communicationNeeds.some((need) => need === 'easy-read' || need === 'pictograms');

  return (
    <>
      <BackLink to="/borgere">{t('list.back')}</BackLink>
      <PageTitle>{citizen ? t('overview.title', { name }) : t('overview.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <StatusMessage message={notice && t(`notices.${notice}`)} />
      {overview.loading && !data && <Loading />}
      {overview.error && <ErrorMessage error={overview.error} />}
      {data && citizen && (
        <>
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('overview.about')}</h2>
            {visual && (
              <div className="alert alert-info">
                <p className="alert-heading">{t('overview.communicationAlert', { firstName: citizen.firstName })}</p>
                <p className="alert-text">{citizen.communicationNeeds.map((need) => needName(t, need)).join(', ')}</p>
              </div>
            )}
            <Facts>
              <Fact term={t('record.age')}>{t('list.years', { count: citizen.age })}</Fact>
              <Fact term={t('record.cpr')}>
                <span className="identifier">{citizen.cprMasked ?? t('common.notShown')}</span>
              </Fact>
              <Fact term={t('record.needs')}>{citizen.communicationNeeds.length > 0 ? citizen.communicationNeeds.map((need) => needName(t, need)).join(', ') : t('record.noNeeds')}</Fact>
              <Fact term={t('record.contactPerson')}>{citizen.contactPerson?.name ?? t('record.noContactPerson')}</Fact>
              {data.transition && (
                <Fact term={t('overview.transition')}>
                  {t('overview.transitionText', { date: formatDate(data.transition.startedOn, i18n.language), name: data.transition.responsibleName ?? t('common.none') })}
                  {data.transition.parentsInvolved && <span className="cell-note">{t('overview.parentsInvolved')}</span>}
                </Fact>
              )}
            </Facts>
          </section>

          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t('overview.goals')}</h2>
            <p>
              <Link to={citizenPath(id, 'plan')}>{t('overview.editPlan')}</Link>
            </p>
            {lifeDomains.map((domain) => {
              const goals = data.domains.find((entry) => entry.domain === domain)?.goals;
              if (goals === undefined) return null;
              return (
                <section key={domain} aria-labelledby={`domain-${domain}`} className="domain-block">
                  <h3 id={`domain-${domain}`}>{domainName(t, domain)}</h3>
                  {goals.length === 0 ? (
                    <p>{t('overview.noGoals')}</p>
                  ) : (
                    <ul className="nobullet-list goal-list">
                      {goals.map((goal) => (
                        <li key={goal.id} className="goal-card">
                          <p className="goal-title">{goal.title}</p>
                          <p className="goal-meta">
                            <span className={`goal-status goal-status-${goal.outcome}`}>{goalStatusName(t, goal.status)}</span> · {outcomeName(t, goal.outcome)}
                          </p>
                          <Progress value={goal.progress} label={t('plan.progress', { value: goal.progress })} />
                          <p className="goal-next">
                            {goal.nextStep
                              ? t('overview.nextStep', {
                                  text: goal.nextStep.text,
                                  who: goal.nextStep.whoHelps ?? t('common.none'),
                                  date: goal.nextStep.dueDate ? formatDate(goal.nextStep.dueDate, i18n.language) : t('common.noDate'),
                                })
                              : t('overview.noNextStep')}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </section>

          <div className="overview-columns">
            <section aria-labelledby="network-heading">
              <h2 id="network-heading">{t('overview.network')}</h2>
              {data.network.length === 0 ? (
                <p>{t('overview.noNetwork')}</p>
              ) : (
                <ul>
                  {data.network.map((member, index) => (
                    <li key={`${member.name}-${index}`}>
                      <strong>{member.name}</strong>, {member.relation}
                      {member.isRelative && ` (${t('overview.relative')})`}
                      {member.hasLogin && <span className="cell-note">{t('overview.hasLogin')}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="team-heading">
              <h2 id="team-heading">{t('overview.team')}</h2>
              {data.team.length === 0 ? (
                <p>{t('overview.noTeam')}</p>
              ) : (
                <ul>
                  {data.team.map((member, index) => (
                    <li key={`${member.name}-${index}`}>
                      <strong>{member.name}</strong>, {teamRoleName(t, member.teamRole)}
                      {(member.title || member.unitName) && <span className="cell-note">{[member.title, member.unitName].filter(Boolean).join(', ')}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>

          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('overview.upcoming')}</h2>
            <h3>{t('overview.upcomingMeetings')}</h3>
            {data.upcoming.meetings.length === 0 ? (
              <p>{t('overview.noMeetings')}</p>
            ) : (
              <ul>
                {data.upcoming.meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <Link to={citizenPath(id, `moeder/${meeting.id}`)}>{t('meetings.linkText', { when: formatInstant(meeting.startsAt, i18n.language) })}</Link>
                    {meeting.location && `, ${meeting.location}`}
                    <span className="cell-note">{meeting.participants.map((p) => `${p.name} (${participantRoleName(t, p.role)})`).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to={citizenPath(id, 'moeder/ny')}>{t('meetings.create')}</Link>
            </p>
            <h3>{t('overview.upcomingReviews')}</h3>
            {data.upcoming.reviews.length === 0 ? (
              <p>{t('overview.noReviews')}</p>
            ) : (
              <ul>
                {data.upcoming.reviews.map((review) => (
                  <li key={review.goalId}>
                    {t('overview.review', { title: review.title, date: formatDate(review.reviewDate, i18n.language) })}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <CitizenReferrals citizenId={id} referrals={data.referrals} />

          <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('overview.recentChanges')}</h2>
            {data.recentChanges.length === 0 ? <p>{t('history.none')}</p> : <HistoryTable items={data.recentChanges} caption={t('overview.recentChanges')} captionHidden />}
            <p>
              <Link to={citizenPath(id, 'historik')}>{t('overview.allHistory')}</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
