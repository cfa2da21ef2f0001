import { Route } from 'react-router';
import { CitizenCompanionPage } from './citizen-page.js';
import { CitizenCompanionTab } from './citizen-tab-page.js';
import { CoordinatorListPage } from './coordinator-list-page.js';
import { CoordinatorRequestPage } from './coordinator-request-page.js';
import { MyTripsPage } from './my-trips-page.js';
import './companions.css';

/** Companions to activities: the citizen's requests, the coordinator's matching, the volunteer's trips. */
export const companionRoutes = (
  <>
    <Route path="foelgeskab" element={<CitizenCompanionPage />} />
    <Route path="koordinering/foelgeskab" element={<CoordinatorListPage />} />
    <Route path="koordinering/foelgeskab/:id" element={<CoordinatorRequestPage />} />
    <Route path="mine-ture" element={<MyTripsPage />} />
    <Route path="borgere/:id/foelgeskab" element={<CitizenCompanionTab />} />
  </>
);
