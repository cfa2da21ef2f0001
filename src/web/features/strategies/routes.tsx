import { Route } from 'react-router';
import { ActivityPage } from './activity-page.js';
import { GroupsPage } from './groups-page.js';
import { OverviewPage } from './overview-page.js';
import { SelectionPage } from './selection-page.js';
import { StrategyPage } from './strategy-page.js';
import './strategies.css';

/** Steering: the leader's overview of strategies, a strategy, its focus areas and activities, the yearly selection. */
export const strategyRoutes = (
  <>
    <Route path="styring" element={<OverviewPage />} />
    <Route path="styring/strategier/:id" element={<StrategyPage />} />
    <Route path="styring/aktiviteter/:id" element={<ActivityPage />} />
    <Route path="styring/udvalgsvalg" element={<SelectionPage />} />
    <Route path="styring/grupper" element={<GroupsPage />} />
  </>
);
