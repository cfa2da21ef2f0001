import { Route } from 'react-router';
import './target-groups.css';
import { TargetGroupsPage } from './target-groups-page.js';

/** The target-group overview: Table 1 from live data, its trend and a CSV. */
export const targetGroupRoutes = (
  <>
    <Route path="styring/maalgrupper" element={<TargetGroupsPage />} />
  </>
);
