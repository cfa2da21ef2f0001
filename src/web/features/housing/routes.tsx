import { Route } from 'react-router';

/** Housing capacity: residential offers, placements inside and outside, self-sufficiency, Housing plan II. */
export const housingRoutes = <Route />;
