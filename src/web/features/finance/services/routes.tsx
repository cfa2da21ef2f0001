import { Route } from 'react-router';
import { ServiceCreatePage } from './service-create-page.js';
import { ServicePage } from './service-page.js';
import { ServicesPage } from './services-page.js';
import './services.css';

/** Ydelser: a citizen's decisions on services (the case officer's), on the staff's citizen pages. */
export const serviceRoutes = (
  <>
    <Route path="borgere/:id/ydelser" element={<ServicesPage />} />
    <Route path="borgere/:id/ydelser/ny" element={<ServiceCreatePage />} />
    <Route path="borgere/:id/ydelser/:serviceId" element={<ServicePage />} />
  </>
);
