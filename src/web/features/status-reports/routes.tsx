import { Route } from 'react-router';
import './status-reports.css';
import { StatusReportArchivePage } from './status-report-archive-page.js';
import { StatusReportPage } from './status-report-page.js';

/** Status reports: the archive, a report, drafting and publishing. */
export const statusReportRoutes = (
  <>
    <Route path="styring/statusrapporter" element={<StatusReportArchivePage />} />
    <Route path="styring/statusrapporter/:id" element={<StatusReportPage />} />
  </>
);
