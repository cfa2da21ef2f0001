import type { MyReferral, NotificationList, Referral, ReferralSummary, SendReferralBody, ChangeReferralBody } from '../../../contracts/referrals.js';
import type { OfferSearchResult } from '../../../contracts/offers.js';
import type { Json } from '../casework/api-types.js';

/** What the referral API answers (src/contracts/referrals.ts), as it arrives over JSON. */
export type ReferralView = Json<Referral>;
export type ReferralSummaryView = Json<ReferralSummary>;
export type MyReferralView = Json<MyReferral>;
export type NotificationListView = Json<NotificationList>;
export type OfferSearchView = Json<OfferSearchResult>;
export type ReferralState = Referral['state'];
export type { ChangeReferralBody, SendReferralBody };
