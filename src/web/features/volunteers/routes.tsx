import { Route } from 'react-router';
import { CoordinationPage } from './coordination-page.js';
import { MyProfilePage } from './my-profile-page.js';
import { PublicOpportunitiesPage } from './public-opportunities-page.js';
import { PublicOpportunityPage } from './public-opportunity-page.js';
import { VolunteerPage } from './volunteer-page.js';
import './volunteers.css';

/** Volunteer opportunities anyone can read and apply to. */
export const volunteerPublicRoutes = (
  <>
    <Route path="frivillig" element={<PublicOpportunitiesPage />} />
    <Route path="frivillig/:id" element={<PublicOpportunityPage />} />
  </>
);

/** The coordinator's volunteers, applications, opportunities and guidelines; the volunteer's own profile. */
export const volunteerRoutes = (
  <>
    <Route path="koordinering/frivillige" element={<CoordinationPage />} />
    <Route path="koordinering/frivillige/:id" element={<VolunteerPage />} />
    <Route path="min-frivilligprofil" element={<MyProfilePage />} />
  </>
);
