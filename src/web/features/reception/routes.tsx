import { Route } from 'react-router';
import './reception.css';
import { ReceptionPage } from './reception-page.js';
import { StatisticsPage } from './statistics-page.js';

/** The reception centres' pages: register a walk-in, the queue, follow-ups, weekly counts. */
export const receptionRoutes = (
  <>
    <Route path="modtagelse" element={<ReceptionPage />} />
    <Route path="modtagelse/statistik" element={<StatisticsPage />} />
  </>
);
