import { Route, Routes } from 'react-router';
import { Layout } from './components/layout.js';
import { AccessibilityStatementPage } from './features/accessibility/accessibility-statement-page.js';
import { AuditLogPage } from './features/admin/audit/audit-log-page.js';
import { UnitCreatePage } from './features/admin/units/unit-create-page.js';
import { UnitEditPage } from './features/admin/units/unit-edit-page.js';
import { UnitListPage } from './features/admin/units/unit-list-page.js';
import { UserCreatePage } from './features/admin/users/user-create-page.js';
import { UserEditPage } from './features/admin/users/user-edit-page.js';
import { UserListPage } from './features/admin/users/user-list-page.js';
import { LoginPage } from './features/auth/login-page.js';
import { RequireLogin } from './features/auth/require-login.js';
import { StartRedirect } from './features/auth/start-redirect.js';
import { NotFoundPage } from './features/errors/not-found-page.js';
import { MyPage } from './features/me/my-page.js';
import { caseworkRoutes } from './features/casework/routes.js';
import { citizenPublicRoutes, citizenRoutes } from './features/plan/routes.js';
import { eventPublicRoutes, eventRoutes } from './features/events/routes.js';
import { offerPublicRoutes, offerRoutes } from './features/offers/routes.js';
import { receptionRoutes } from './features/reception/routes.js';
import { referralRoutes } from './features/referrals/routes.js';
import { financeRoutes } from './features/finance/routes.js';
import { housingRoutes } from './features/housing/routes.js';
import { volunteerPublicRoutes, volunteerRoutes } from './features/volunteers/routes.js';
import { volunteerStatisticsRoutes } from './features/volunteer-statistics/routes.js';
import { companionRoutes } from './features/companions/routes.js';
import { peerGuideRoutes } from './features/peer-guides/routes.js';
import { strategyRoutes } from './features/strategies/routes.js';
import { councilRoutes } from './features/councils/routes.js';
import { statusReportRoutes } from './features/status-reports/routes.js';
import { targetGroupRoutes } from './features/target-groups/routes.js';
import { indicatorRoutes } from './features/indicators/routes.js';

/** Every address of the app. Danish paths, as the citizens and staff read them. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartRedirect />} />
        <Route path="log-ind" element={<LoginPage />} />
        <Route path="tilgaengelighed" element={<AccessibilityStatementPage />} />
        {citizenPublicRoutes}
        {offerPublicRoutes}
        {eventPublicRoutes}
        {volunteerPublicRoutes}
        <Route element={<RequireLogin />}>
          <Route path="min-side" element={<MyPage />} />
          <Route path="admin/enheder" element={<UnitListPage />} />
          <Route path="admin/enheder/ny" element={<UnitCreatePage />} />
          <Route path="admin/enheder/:id" element={<UnitEditPage />} />
          <Route path="admin/brugere" element={<UserListPage />} />
          <Route path="admin/brugere/ny" element={<UserCreatePage />} />
          <Route path="admin/brugere/:id" element={<UserEditPage />} />
          <Route path="admin/log" element={<AuditLogPage />} />
          {citizenRoutes}
          {caseworkRoutes}
          {offerRoutes}
          {eventRoutes}
          {referralRoutes}
          {receptionRoutes}
          {financeRoutes}
          {housingRoutes}
          {volunteerRoutes}
          {volunteerStatisticsRoutes}
          {companionRoutes}
          {peerGuideRoutes}
          {strategyRoutes}
          {councilRoutes}
          {statusReportRoutes}
          {targetGroupRoutes}
          {indicatorRoutes}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
