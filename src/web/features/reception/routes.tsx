import { Route } from 'react-router';

/** The reception centres' pages: register a walk-in, the queue, follow-ups, weekly counts. */
export const receptionRoutes = <Route />;
