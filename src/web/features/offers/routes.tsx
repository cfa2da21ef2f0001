import './offers.css';
import { Route } from 'react-router';
import { AddToPlanPage } from './add-to-plan-page.js';
import { ManagedOfferPage, NewOfferPage } from './managed-offer-page.js';
import { ManagedOffersPage } from './managed-offers-page.js';
import { OfferPage } from './offer-page.js';
import { SearchPage } from './search-page.js';

/** The catalogue pages anyone may open without logging in. */
export const offerPublicRoutes = (
  <>
    <Route path="tilbud" element={<SearchPage />} />
    <Route path="tilbud/:id" element={<OfferPage />} />
  </>
);

/** The offer owners' pages, and putting an offer in one's own plan. */
export const offerRoutes = (
  <>
    <Route path="tilbud/:id/min-plan" element={<AddToPlanPage />} />
    <Route path="mine-tilbud" element={<ManagedOffersPage />} />
    <Route path="mine-tilbud/ny" element={<NewOfferPage />} />
    <Route path="mine-tilbud/:id" element={<ManagedOfferPage />} />
  </>
);
