import { Route } from 'react-router';
import './cases.css';
import { CommitteeStatusPage } from './committee-status-page.js';
import { ExpensiveCasesPage } from './expensive-cases-page.js';

/** Expensive cases with refusion (finance) and the committee's anonymised status. */
export const caseRoutes = (
  <>
    <Route path="oekonomi/dyre-sager" element={<ExpensiveCasesPage />} />
    <Route path="oekonomi/udvalgsstatus" element={<CommitteeStatusPage />} />
  </>
);
