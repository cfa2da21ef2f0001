import type { Booking, BookingList, CreateBookingBody, PeerGuide, PeerGuideHours, PeerGuideList } from '../../../contracts/peer-guides.js';
import type { Json } from '../casework/api-types.js';

/** What the peer-guide API answers (src/contracts/peer-guides.ts), as it arrives over JSON. */
export type GuideView = Json<PeerGuide>;
export type GuideListView = Json<PeerGuideList>;
export type BookingView = Json<Booking>;
export type BookingListView = Json<BookingList>;
export type HoursView = Json<PeerGuideHours>;
export type BookingBody = Omit<CreateBookingBody, 'fundingSource'> & { fundingSource?: CreateBookingBody['fundingSource'] };

export const guidePath = (id: string) => `/peer-guides/${encodeURIComponent(id)}`;
export const bookingPath = (id: string) => `/peer-guide-bookings/${encodeURIComponent(id)}`;
/** The pages. */
export const guidePage = (id: string) => `/borgerguider/${encodeURIComponent(id)}`;
export const bookingPage = (id: string) => `/borgerguider/bookinger/${encodeURIComponent(id)}`;
