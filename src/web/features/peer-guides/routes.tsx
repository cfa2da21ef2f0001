import { Route } from 'react-router';
import { BookingPage } from './booking-page.js';
import { GuideBookingsPage } from './guide-bookings-page.js';
import { GuideListPage } from './guide-list-page.js';
import { GuidePage } from './guide-page.js';
import { GuideProfilePage } from './guide-profile-page.js';
import { HoursPage } from './hours-page.js';
import { MyBookedPage } from './my-booked-page.js';
import './peer-guides.css';

/** Peer guides: browse and book; the guide's own bookings and hours. */
export const peerGuideRoutes = (
  <>
    <Route path="borgerguider" element={<GuideListPage />} />
    <Route path="borgerguider/timer" element={<HoursPage />} />
    <Route path="borgerguider/bookinger" element={<MyBookedPage />} />
    <Route path="borgerguider/bookinger/:bookingId" element={<BookingPage />} />
    <Route path="borgerguider/:id" element={<GuidePage />} />
    <Route path="mine-bookinger" element={<GuideBookingsPage />} />
    <Route path="mine-bookinger/profil" element={<GuideProfilePage />} />
  </>
);
