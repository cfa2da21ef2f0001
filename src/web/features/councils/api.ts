import type { CouncilDetail, CouncilList, CouncilMeeting, CouncilMember, Hearing, HearingList, HearingSummary } from '../../../contracts/councils.js';
import type { Json } from '../casework/api-types.js';

/** What the councils API answers (src/contracts/councils.ts), as it arrives over JSON. */
export type CouncilListView = Json<CouncilList>;
export type CouncilView = Json<CouncilDetail>;
export type MemberView = Json<CouncilMember>;
export type MeetingView = Json<CouncilMeeting>;
export type HearingView = Json<Hearing>;
export type HearingListView = Json<HearingList>;
export type HearingSummaryView = Json<HearingSummary>;

/** API paths. */
export const councilPath = (id: string) => `/councils/${encodeURIComponent(id)}`;
export const hearingPath = (id: string) => `/hearings/${encodeURIComponent(id)}`;
/** The pages. */
export const councilPage = (id: string) => `/styring/raad/${encodeURIComponent(id)}`;
export const hearingPage = (id: string) => `/styring/hoeringer/${encodeURIComponent(id)}`;
