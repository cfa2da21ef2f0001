import { sql, type RawBuilder } from 'kysely';
import type { IndicatorSource } from '../../domain/indicator-definition.js';

/**
 * The SQL behind each source of the catalogue (src/domain/indicator-definition.ts): the table, the row's id, citizen
 * and unit, and one fixed expression per field and date. A definition picks among these by name; nothing a user
 * writes ever becomes SQL text. Every table is read as `t` inside the request's tenant transaction.
 */

export interface DateSql {
  /** The Danish calendar day, as a `date`. */
  day: RawBuilder<string>;
  /** The column itself and how to bound it, so the range condition can use an index. */
  column: RawBuilder<unknown>;
  kind: 'date' | 'instant';
}

export interface SourceSql {
  table: RawBuilder<unknown>;
  id: RawBuilder<string>;
  citizen: RawBuilder<string>;
  /** The row's own unit; null for sources that belong to units through the citizen's team. */
  unit: RawBuilder<string | null> | null;
  fields: Readonly<Record<string, RawBuilder<unknown>>>;
  dates: Readonly<Record<string, DateSql>>;
}

const day = (column: RawBuilder<unknown>): DateSql => ({ day: sql<string>`${column}`, column, kind: 'date' });
const instant = (column: RawBuilder<unknown>): DateSql => ({ day: sql<string>`(${column} AT TIME ZONE 'Europe/Copenhagen')::date`, column, kind: 'instant' });

export const sourceSql: Readonly<Record<IndicatorSource, SourceSql>> = {
  'citizen-status': {
    table: sql`citizen_status_observation t`,
    id: sql`t.observation_id`,
    citizen: sql`t.citizen_id`,
    unit: sql`t.unit_id`,
    fields: { kind: sql`t.kind`, value: sql`t.value` },
    dates: { 'observed-on': day(sql`t.observed_on`) },
  },
  goals: {
    table: sql`goal t`,
    id: sql`t.goal_id`,
    citizen: sql`t.citizen_id`,
    unit: null,
    fields: {
      'life-domain': sql`t.domain`,
      status: sql`t.status`,
      'goal-type': sql`t.goal_type`,
      track: sql`t.track`,
      'citizen-rating': sql`t.citizen_rating`,
      'worker-level': sql`t.worker_level`,
    },
    dates: {
      'created-on': instant(sql`t.created_at`),
      'updated-on': instant(sql`t.updated_at`),
      'rated-on': instant(sql`t.citizen_rated_at`),
      'assessed-on': instant(sql`t.worker_assessed_at`),
      'review-on': day(sql`t.review_date`),
    },
  },
  referrals: {
    table: sql`referral t`,
    id: sql`t.referral_id`,
    citizen: sql`t.citizen_id`,
    unit: sql`t.receiving_unit_id`,
    fields: {
      state: sql`t.state`,
      kind: sql`t.kind`,
      answered: sql`(t.answered_at IS NOT NULL)`,
      // Answered on or before the due day, Danish time; not answered at all is not in time.
      'answered-in-time': sql`(t.answered_at IS NOT NULL AND (t.answered_at AT TIME ZONE 'Europe/Copenhagen')::date <= t.answer_due_on)`,
    },
    dates: { 'sent-on': instant(sql`t.sent_at`), 'answered-on': instant(sql`t.answered_at`), 'answer-due-on': day(sql`t.answer_due_on`) },
  },
  'companion-requests': {
    table: sql`companion_request t`,
    id: sql`t.request_id`,
    citizen: sql`t.citizen_id`,
    unit: null,
    fields: {
      status: sql`t.status`,
      'requested-by': sql`t.requested_by_role`,
      // As the coordinator's evaluation counts it: a declined request goes back to open, but it was matched once.
      matched: sql`(t.assigned_at IS NOT NULL OR t.volunteer_user_id IS NOT NULL OR t.status IN ('assigned', 'accepted', 'done', 'missed'))`,
    },
    dates: { 'requested-on': instant(sql`t.created_at`), 'matched-on': instant(sql`t.assigned_at`), 'activity-on': instant(sql`t.starts_at`) },
  },
  enrolments: {
    table: sql`enrolment t`,
    id: sql`t.enrolment_id`,
    citizen: sql`t.citizen_id`,
    unit: sql`t.unit_id`,
    fields: { 'offer-type': sql`t.offer_type`, 'legal-basis': sql`t.legal_basis`, source: sql`t.source` },
    dates: { 'started-on': day(sql`t.started_on`), 'ended-on': day(sql`t.ended_on`) },
  },
};
