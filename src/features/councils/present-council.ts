import type { CouncilMeeting, CouncilMember, CouncilSummary, Hearing, HearingSummary } from '../../contracts/councils.js';
import { compositionGaps, councilCompositions, isSitting, type CouncilMemberRole } from '../../domain/council-composition.js';
import { daysToAnswer, isOverdue, moveHearing } from '../../domain/hearing-state.js';
import type { CouncilRow, HearingRow, MeetingRow, MemberRow } from './council-repository.js';

/** Rows to the shapes of src/contracts/councils.ts. */

const memberView = (row: MemberRow) => ({ role: row.role, memberFrom: row.member_from, memberTo: row.member_to });

export function presentMember(row: MemberRow, today: string): CouncilMember {
  return {
    id: row.member_id,
    name: row.name,
    role: row.role as CouncilMemberRole,
    organisation: row.organisation,
    userId: row.user_id,
    memberFrom: row.member_from,
    memberTo: row.member_to,
    sitting: isSitting(memberView(row), today),
  };
}

export function presentMeeting(row: MeetingRow): CouncilMeeting {
  return { id: row.meeting_id, kind: row.kind, heldOn: row.held_on, title: row.title, agenda: row.agenda, minutes: row.minutes };
}

export function presentCouncilSummary(council: CouncilRow, members: readonly MemberRow[], meetings: readonly MeetingRow[], openHearings: number, today: string): CouncilSummary {
  const dialogue = meetings.filter((m) => m.kind === 'dialogue-meeting');
  // Meetings come newest first: the last held is the first on or before today, the next the last after it.
  const last = dialogue.find((m) => m.held_on <= today);
  const next = dialogue.filter((m) => m.held_on > today).at(-1);
  const ref = (m: MeetingRow | undefined) => (m ? { id: m.meeting_id, heldOn: m.held_on, title: m.title } : null);
  const views = members.map(memberView);
  return {
    id: council.body_id,
    key: council.key,
    name: council.name,
    description: council.description,
    memberCount: views.filter((m) => m.role !== 'secretary' && isSitting(m, today)).length,
    lastDialogueMeeting: ref(last),
    nextDialogueMeeting: ref(next),
    openHearings,
    compositionGaps: compositionGaps(views, councilCompositions[council.key], today),
  };
}

export function presentHearingSummary(row: HearingRow, today: string): HearingSummary {
  const state = { status: row.status, respondBy: row.respond_by };
  return {
    id: row.hearing_id,
    council: { id: row.body_id, name: row.council_name },
    title: row.title,
    decisionReference: row.decision_reference,
    sentOn: row.sent_on,
    respondBy: row.respond_by,
    status: row.status,
    overdue: isOverdue(state, today),
    daysToAnswer: daysToAnswer(state, today),
    respondedAt: row.responded_at ? new Date(row.responded_at).toISOString() : null,
  };
}

/** The whole hearing; what the reader may do with it comes from their permissions and whether they sit on the council. */
export function presentHearing(row: HearingRow, today: string, reader: { manages: boolean; answers: boolean; sitsOnCouncil: boolean }): Hearing {
  return {
    ...presentHearingSummary(row, today),
    description: row.description,
    strategy: row.strategy_id && row.strategy_name ? { id: row.strategy_id, name: row.strategy_name } : null,
    response: row.response,
    respondedBy: row.responded_by ? { id: row.responded_by, name: row.responded_by_name ?? '' } : null,
    outcome: row.outcome,
    canAnswer: reader.answers && reader.sitsOnCouncil && moveHearing(row.status, 'answer', row.respond_by, today).allowed,
    canRecordOutcome: reader.manages && moveHearing(row.status, 'outcome', row.respond_by, today).allowed,
    version: row.version,
  };
}
