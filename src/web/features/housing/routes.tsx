import { Route } from 'react-router';
import './housing.css';
import { HousingPage } from './housing-page.js';
import { ProjectEditPage } from './project-edit-page.js';

/** Housing capacity: residential offers, placements inside and outside, self-sufficiency, Housing plan II. */
export const housingRoutes = (
  <>
    <Route path="boliger" element={<HousingPage />} />
    <Route path="boliger/projekter/:id" element={<ProjectEditPage />} />
  </>
);
