import { Route } from 'react-router';

/** Status reports: the archive, a report, drafting and publishing. */
export const statusReportRoutes = <Route />;
