import { Route } from 'react-router';
import './casework.css';
import { CitizenCreatePage } from './citizen-create-page.js';
import { CitizenListPage } from './citizen-list-page.js';
import { ExportPage } from './export-page.js';
import { HistoryPage } from './history-page.js';
import { MeetingPage } from './meeting-page.js';
import { MeetingCreatePage, MeetingListPage } from './meetings-page.js';
import { OverviewPage } from './overview-page.js';
import { PlanEditPage } from './plan-edit-page.js';
import { RecordPage } from './record-page.js';
import { TransitionPage } from './transition-page.js';

/** The staff's pages around a citizen: caseload, the whole-situation overview, plan meetings, transition list, export. */
export const caseworkRoutes = (
  <>
    <Route path="borgere" element={<CitizenListPage />} />
    <Route path="borgere/ny" element={<CitizenCreatePage />} />
    <Route path="borgere/:id" element={<OverviewPage />} />
    <Route path="borgere/:id/plan" element={<PlanEditPage />} />
    <Route path="borgere/:id/moeder" element={<MeetingListPage />} />
    <Route path="borgere/:id/moeder/ny" element={<MeetingCreatePage />} />
    <Route path="borgere/:id/moeder/:meetingId" element={<MeetingPage />} />
    <Route path="borgere/:id/historik" element={<HistoryPage />} />
    <Route path="borgere/:id/stamdata" element={<RecordPage />} />
    <Route path="borgere/:id/indsigt" element={<ExportPage />} />
    <Route path="overgang" element={<TransitionPage />} />
  </>
);
