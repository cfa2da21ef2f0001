import './plan.css';
import { Route } from 'react-router';
import { AccessLogPage } from './access-log-page.js';
import { DomainPage } from './domain-page.js';
import { PlanArea } from './easy-read.js';
import { HistoryPage } from './history-page.js';
import { InvitationPage } from './invitation-page.js';
import { MeetingsPage } from './meetings-page.js';
import { NetworkPage } from './network-page.js';
import { PlanPage } from './plan-page.js';
import { PrintPage } from './print-page.js';
import { SharedListPage, SharedPlanPage } from './shared-pages.js';

/** The citizen's own pages (Min plan, network and consent, who has looked) and the relative's shared view. */
export const citizenRoutes = (
  <Route element={<PlanArea />}>
    <Route path="min-plan" element={<PlanPage />} />
    <Route path="min-plan/historik" element={<HistoryPage />} />
    <Route path="min-plan/moeder" element={<MeetingsPage />} />
    <Route path="min-plan/udskriv" element={<PrintPage />} />
    <Route path="min-plan/:domain" element={<DomainPage />} />
    <Route path="mit-netvaerk" element={<NetworkPage />} />
    <Route path="hvem-har-set" element={<AccessLogPage />} />
    <Route path="delt-med-mig" element={<SharedListPage />} />
    <Route path="delt-med-mig/:citizenId" element={<SharedPlanPage />} />
  </Route>
);

/** The invitation link works before logging in (it sends the visitor to the login and back), so it is outside RequireLogin. */
export const citizenPublicRoutes = (
  <Route element={<PlanArea />}>
    <Route path="invitation/:code" element={<InvitationPage />} />
  </Route>
);
