import { Route } from 'react-router';
import { CouncilListPage } from './council-list-page.js';
import { CouncilPage } from './council-page.js';
import { HearingPage } from './hearing-page.js';
import './councils.css';

/** The councils, their members and meetings, and hearings. */
export const councilRoutes = (
  <>
    <Route path="styring/raad" element={<CouncilListPage />} />
    <Route path="styring/raad/:id" element={<CouncilPage />} />
    <Route path="styring/hoeringer/:id" element={<HearingPage />} />
  </>
);
