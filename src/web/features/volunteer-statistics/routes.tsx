import { Route } from 'react-router';
import './volunteer-statistics.css';
import { VolunteerStatisticsPage } from './volunteer-statistics-page.js';

/** The coordinator's evaluation of volunteering: figures per month, charts and a CSV. */
export const volunteerStatisticsRoutes = (
  <>
    <Route path="koordinering/evaluering" element={<VolunteerStatisticsPage />} />
  </>
);
