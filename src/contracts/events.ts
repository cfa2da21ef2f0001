import { z } from 'zod';
import { offerLifeDomains, offerTargetGroups } from '../domain/catalogue-vocabulary.js';
import { idSchema } from './common.js';

/** "Det sker": dated activities of offers and associations, sign-ups, and iCalendar feeds. */

const instant = z.iso.datetime().describe('An instant, ISO 8601 UTC');
const calendarDate = z.iso.date().describe('A Danish calendar date, YYYY-MM-DD');
const municipality = z.string().regex(/^[a-z0-9-]{1,60}$/).optional().describe("The municipality's slug; default: the logged-in user's, else the installation's default");

export const eventIdParams = z.strictObject({ id: idSchema.describe('The event') });
export const signupParams = z.strictObject({ id: idSchema.describe('The event'), citizenId: idSchema.describe('The citizen signed up') });
export const offerIdParams = z.strictObject({ id: idSchema.describe('The offer') });
export const municipalityQuery = z.strictObject({ municipality });
export const calendarFeedParams = z.strictObject({
  file: z
    .string()
    .max(200)
    .regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}\.ics$/)
    .describe('The secret feed address: <municipality id>.<secret>.ics'),
});

export const eventListQuery = z.strictObject({
  from: calendarDate.optional().describe('First day (default today)'),
  to: calendarDate.optional().describe('Last day, inclusive (default 8 weeks from the first day); at most a year after it'),
  offerId: idSchema.optional().describe("Only this offer's events"),
  lifeDomain: z.enum(offerLifeDomains).optional().describe("Only events of offers serving this life domain"),
  targetGroup: z.enum(offerTargetGroups).optional().describe('Only events of offers for this target group'),
  q: z.string().trim().max(200).optional().describe('Words in the title, the description or the offer (Danish stemming)'),
  municipality,
});
export type EventListQuery = z.infer<typeof eventListQuery>;

export const eventPlace = z
  .object({
    text: z.string().nullable().describe('Where, in words: the place given, or the location\'s name and address'),
    locationId: idSchema.nullable().describe('The catalogue location, when the event is at one'),
  })
  .describe('Where the event is');

export const eventSummary = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().describe('What happens, in plain words'),
  startsAt: instant.describe('When it begins'),
  endsAt: instant.describe('When it ends'),
  status: z.enum(['planned', 'cancelled']).describe('cancelled events are still shown, marked as cancelled'),
  place: eventPlace,
  offer: z.object({ id: idSchema, name: z.string(), lifeDomains: z.array(z.string()), targetGroups: z.array(z.string()) }).nullable().describe("The offer it belongs to; null for an organisation's own event"),
  organization: z.object({ id: idSchema, name: z.string() }).describe('Who holds it'),
  signupRequired: z.boolean().describe('Whether one must sign up to come'),
  capacity: z.number().int().nullable().describe('Places in all; null: no limit'),
  signedUp: z.number().int().describe('How many are signed up'),
  freePlaces: z.number().int().nullable().describe('Places left; null: no limit'),
  version: z.number().int().describe('Send it back when changing the event'),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventList = z.object({
  from: calendarDate.describe('The first day listed'),
  to: calendarDate.describe('The last day listed'),
  items: z.array(eventSummary).describe('Earliest first'),
});
export type EventList = z.infer<typeof eventList>;

const title = z.string().trim().min(1).max(300).describe('What it is called');
const description = z.string().trim().max(8000).describe('What happens, in plain words');
const place = z.string().trim().max(300).nullable().describe('Where, in words, when it is not (only) a catalogue location');
const capacity = z.number().int().min(1).max(100000).nullable().describe('Places in all; null: no limit');

export const createEventBody = z
  .strictObject({
    offerId: idSchema.nullable().optional().describe('The offer it belongs to'),
    organizationId: idSchema.nullable().optional().describe("For an organisation's own event (no offer): the organisation"),
    title,
    description: description.optional(),
    startsAt: instant,
    endsAt: instant,
    place: place.optional(),
    locationId: idSchema.nullable().optional().describe('A catalogue location'),
    capacity: capacity.optional(),
    signupRequired: z.boolean().optional().describe('Default false'),
  })
  .describe('Either offerId or organizationId');
export type CreateEventBody = z.infer<typeof createEventBody>;

export const updateEventBody = z.strictObject({
  version: z.number().int().positive().describe('The version you read; a save on a newer version is refused with 409'),
  title: title.optional(),
  description: description.optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  place: place.optional(),
  locationId: idSchema.nullable().optional(),
  capacity: capacity.optional(),
  signupRequired: z.boolean().optional(),
});
export type UpdateEventBody = z.infer<typeof updateEventBody>;

export const cancelEventBody = z.strictObject({
  version: z.number().int().positive().describe('The version you read'),
});

export const signupBody = z.strictObject({
  citizenId: idSchema.optional().describe("Whom to sign up; default the logged-in citizen's own record"),
});

export const signup = z.object({
  eventId: idSchema,
  citizenId: idSchema,
  signedUpAt: instant.describe('When the sign-up was made'),
});
export type Signup = z.infer<typeof signup>;

export const myEvents = z.object({
  items: z.array(eventSummary.extend({ signedUpAt: instant.describe('When the sign-up was made') })).describe('Events the citizen is signed up for that have not ended, earliest first'),
});
export type MyEvents = z.infer<typeof myEvents>;

export const calendarFeed = z.object({
  url: z.string().describe('The secret address to subscribe to; shown only now, it cannot be read again'),
  createdAt: instant,
});
export type CalendarFeed = z.infer<typeof calendarFeed>;

export const calendarFeedStatus = z.object({
  active: z.boolean().describe('Whether the citizen has a calendar address'),
  createdAt: instant.nullable().describe('When the address was made'),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;

export const managedEventChoices = z.object({
  offers: z.array(z.object({ id: idSchema, name: z.string(), lifecycle: z.string() })).describe('Offers whose events the actor keeps'),
  organizations: z.array(z.object({ id: idSchema, name: z.string() })).describe("Organisations whose own events the actor keeps"),
  locations: z.array(z.object({ id: idSchema, name: z.string().nullable(), addressLine: z.string().nullable(), city: z.string().nullable() })).describe('Catalogue locations'),
});
export type ManagedEventChoices = z.infer<typeof managedEventChoices>;

export const managedEvents = z.object({
  items: z.array(eventSummary.extend({ offerLifecycle: z.string().nullable().describe('The offer\'s life cycle: events of a draft offer are not public yet') })).describe("Events the actor keeps that have not ended more than 30 days ago, earliest first"),
});
export type ManagedEvents = z.infer<typeof managedEvents>;
