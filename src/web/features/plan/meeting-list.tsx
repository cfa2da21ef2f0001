import { usePlanText } from './easy-read.js';
import type { Meeting } from './plan-api.js';
import { formatDate, formatInstant } from './plan-format.js';

/** The plan meetings, read-only: when, where, who takes part, who does what, and the next review. */
export function MeetingList({ meetings, headingLevel = 2 }: { meetings: Meeting[]; headingLevel?: 2 | 3 }) {
  const { t, i18n } = usePlanText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  if (meetings.length === 0) return <p>{t('meetings.empty')}</p>;
  const sorted = [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <ul className="nobullet-list meeting-list">
      {sorted.map((meeting) => (
        <li key={meeting.id} className="meeting">
          <Heading className="meeting-when">{formatInstant(meeting.startsAt, i18n.language)}</Heading>
          <p>
            <strong>{t(`meetings.status.${meeting.status}`)}</strong>
            {meeting.location && <> · {t('meetings.where', { place: meeting.location })}</>}
          </p>
          <Sub>{t('meetings.participants')}</Sub>
          {meeting.participants.length === 0 ? (
            <p>{t('meetings.noParticipants')}</p>
          ) : (
            <ul>
              {meeting.participants.map((person, index) => (
                <li key={`${person.name}-${index}`}>
                  {person.name}
                  {person.role && <> ({t(`roles.${person.role}`, { defaultValue: person.role })})</>}
                </li>
              ))}
            </ul>
          )}
          <Sub>{t('meetings.agreements')}</Sub>
          {meeting.agreements.length === 0 ? (
            <p>{t('meetings.noAgreements')}</p>
          ) : (
            <ul className="agreement-list">
              {meeting.agreements.map((agreement, index) => (
                <li key={index}>
                  <strong>{agreement.who}:</strong> {agreement.what}
                  {agreement.byDate && <> ({t('goal.dueDate', { date: formatDate(agreement.byDate, i18n.language) })})</>}
                </li>
              ))}
            </ul>
          )}
          {meeting.summary && (
            <>
              <Sub>{t('meetings.summary')}</Sub>
              <p>{meeting.summary}</p>
            </>
          )}
          {meeting.nextReviewDate && <p className="meeting-next">{t('meetings.nextReview', { date: formatDate(meeting.nextReviewDate, i18n.language) })}</p>}
        </li>
      ))}
    </ul>
  );
}
