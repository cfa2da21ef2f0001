import { Route } from 'react-router';

/** Volunteer opportunities anyone can read and apply to. */
export const volunteerPublicRoutes = <Route />;

/** The coordinator's volunteers, applications, opportunities, guidelines and evaluation; the volunteer's own profile. */
export const volunteerRoutes = <Route />;
