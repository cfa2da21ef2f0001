import './events.css';
import { Route } from 'react-router';
import { EditEventPage, NewEventPage } from './event-edit-pages.js';
import { EventPage } from './event-page.js';
import { EventsPage } from './events-page.js';
import { KeptEventsPage } from './kept-events-page.js';
import { MyCalendarPage } from './my-calendar-page.js';

/** "Det sker": anyone may read it without logging in. */
export const eventPublicRoutes = (
  <>
    <Route path="det-sker" element={<EventsPage />} />
    <Route path="det-sker/:id" element={<EventPage />} />
  </>
);

/** The citizen's own calendar, and keeping events (offer owners, coordinators, the administrator). */
export const eventRoutes = (
  <>
    <Route path="min-kalender" element={<MyCalendarPage />} />
    <Route path="mine-tilbud/begivenheder" element={<KeptEventsPage />} />
    <Route path="mine-tilbud/begivenheder/ny" element={<NewEventPage />} />
    <Route path="mine-tilbud/begivenheder/:id" element={<EditEventPage />} />
  </>
);
