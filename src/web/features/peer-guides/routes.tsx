import { Route } from 'react-router';

/** Peer guides: browse and book; the guide's own bookings and hours. */
export const peerGuideRoutes = <Route />;
