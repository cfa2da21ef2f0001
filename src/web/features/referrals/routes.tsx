import { Route } from 'react-router';
import { MyReferralsPage } from './my-referrals-page.js';
import { ReferPage } from './refer-page.js';
import { ReferralListPage } from './referral-list-page.js';
import { ReferralPage } from './referral-page.js';
import './referrals.css';

/** Referrals: the staff's lists and pages, referring from a citizen's overview, and the citizen's own page. */
export const referralRoutes = (
  <>
    <Route path="henvisninger" element={<ReferralListPage />} />
    <Route path="henvisninger/:id" element={<ReferralPage />} />
    <Route path="borgere/:id/henvis" element={<ReferPage />} />
    <Route path="mine-henvisninger" element={<MyReferralsPage />} />
  </>
);
