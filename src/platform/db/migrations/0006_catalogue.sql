-- One catalogue of offers (DOMAIN §4.3), modelled on Open Referral HSDS 3: organisations, offers (HSDS services),
-- locations, offers at locations, schedules, taxonomies. Columns hold what the product searches, filters and shows;
-- `hsds_extra` keeps every other HSDS field of an imported object as it came, so an import exports back equal
-- (decision 0005). Nested HSDS arrays that are shown but never queried (phones, contacts, cost options,
-- languages, funding, ...) are stored in their HSDS shape as jsonb.

-- Danish stemming is built in; typo-tolerant search needs trigrams. pg_trgm is a trusted extension (PostgreSQL 13+),
-- so the database owner creates it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE taxonomy (
  tenant_id      uuid NOT NULL REFERENCES tenant (tenant_id),
  taxonomy_id    uuid NOT NULL,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description    text NOT NULL DEFAULT '',
  uri            text,
  version        text,
  -- Mestring's own taxonomies (target groups, life domains, legal basis, offer types, accessibility) are 'mestring';
  -- imported ones are 'imported'.
  origin         text NOT NULL DEFAULT 'imported' CHECK (origin IN ('mestring', 'imported')),
  hsds_extra     jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, taxonomy_id)
);

CREATE TABLE taxonomy_term (
  tenant_id      uuid NOT NULL,
  term_id        uuid NOT NULL,
  taxonomy_id    uuid,
  code           text,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description    text NOT NULL DEFAULT '',
  parent_id      uuid,
  term_uri       text,
  hsds_extra     jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, term_id),
  FOREIGN KEY (tenant_id, taxonomy_id) REFERENCES taxonomy (tenant_id, taxonomy_id)
);
CREATE INDEX taxonomy_term_taxonomy ON taxonomy_term (tenant_id, taxonomy_id, code);

-- Who provides offers: the municipality's own units, associations, NGOs, the region, private providers.
CREATE TABLE organization (
  tenant_id        uuid NOT NULL REFERENCES tenant (tenant_id),
  organization_id  uuid NOT NULL,
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  alternate_name   text,
  description      text NOT NULL DEFAULT '',
  email            text,
  website          text,
  kind             text NOT NULL DEFAULT 'other' CHECK (kind IN ('municipal', 'association', 'ngo', 'region', 'private', 'other')),
  -- The municipal unit this organisation is, when it is one of the municipality's own.
  org_unit_id      uuid,
  hsds_extra       jsonb NOT NULL DEFAULT '{}'::jsonb,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, organization_id),
  FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, unit_id)
);

CREATE TABLE location (
  tenant_id        uuid NOT NULL REFERENCES tenant (tenant_id),
  location_id      uuid NOT NULL,
  organization_id  uuid,
  -- HSDS location_type: physical | postal | virtual
  location_type    text NOT NULL DEFAULT 'physical',
  name             text,
  alternate_name   text,
  description      text,
  transportation   text,
  latitude         double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude        double precision CHECK (longitude BETWEEN -180 AND 180),
  -- The physical address in Denmark, for the offer page and distance search.
  address_line     text,
  postal_code      text,
  city             text,
  -- Physical accessibility: step-free, accessible-toilet, hearing-loop, parking, ...
  accessibility    text[] NOT NULL DEFAULT '{}',
  -- HSDS addresses, accessibility, phones, languages, contacts, schedules-at-location, ...
  hsds_extra       jsonb NOT NULL DEFAULT '{}'::jsonb,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, location_id),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES organization (tenant_id, organization_id)
);

-- An offer (HSDS service): anything the citizen can use.
CREATE TABLE offer (
  tenant_id              uuid NOT NULL REFERENCES tenant (tenant_id),
  offer_id               uuid NOT NULL,
  organization_id        uuid NOT NULL,
  -- The unit whose offer owners keep this offer; NULL for imported offers kept by the administrator.
  owner_unit_id          uuid,
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  alternate_name         text,
  description            text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
  -- The same in easy-read Danish (short sentences, everyday words), for citizens who need it.
  easy_read              text CHECK (length(easy_read) <= 4000),
  url                    text,
  email                  text,
  -- The offer's life cycle in Mestring: only published offers are public.
  lifecycle              text NOT NULL DEFAULT 'draft' CHECK (lifecycle IN ('draft', 'published', 'archived')),
  -- HSDS status: active | inactive | defunct | temporarily closed
  status                 text NOT NULL DEFAULT 'active',
  -- KL FFB offer type (CodeSystem-FFB), e.g. the code for "socialpædagogisk støtte"
  offer_type             text,
  -- Serviceloven paragraph as data, e.g. 'SEL §85' (DOMAIN §5.11)
  legal_basis            text,
  life_domains           text[] NOT NULL DEFAULT '{}',
  target_groups          text[] NOT NULL DEFAULT '{}',
  minimum_age            integer CHECK (minimum_age BETWEEN 0 AND 130),
  maximum_age            integer CHECK (maximum_age BETWEEN 0 AND 130),
  free_of_charge         boolean NOT NULL DEFAULT true,
  fees_description       text,
  application_process    text,
  eligibility_description text,
  -- The citizen may apply themselves (no worker's referral needed).
  self_referral          boolean NOT NULL DEFAULT false,
  -- Cognitive and social accessibility: easy-read-info, quiet-room, companion-welcome, pictograms, ...
  accessibility          text[] NOT NULL DEFAULT '{}',
  -- ISO 639-1 codes of the languages the offer is given in.
  language_codes         text[] NOT NULL DEFAULT '{da}',
  capacity_places        integer CHECK (capacity_places >= 0),
  capacity_free          integer CHECK (capacity_free >= 0),
  waiting_list           integer CHECK (waiting_list >= 0),
  -- Pictogram key shown with the offer (the same set as the plan's).
  pictogram              text,
  -- HSDS arrays kept in their HSDS shape.
  phones                 jsonb NOT NULL DEFAULT '[]'::jsonb,
  contacts               jsonb NOT NULL DEFAULT '[]'::jsonb,
  cost_options           jsonb NOT NULL DEFAULT '[]'::jsonb,
  languages              jsonb NOT NULL DEFAULT '[]'::jsonb,
  hsds_extra             jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The owner confirms at least yearly that the offer is still right; older ones are shown as possibly outdated.
  confirmed_at           timestamptz,
  owner_reminded_at      timestamptz,
  published_at           timestamptz,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  -- Danish full text: the name weighs most, then the short and easy-read texts, then the description.
  search_document        tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', coalesce(name, '') || ' ' || coalesce(alternate_name, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(easy_read, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(description, '') || ' ' || coalesce(eligibility_description, '')), 'C')
  ) STORED,
  -- The words a misspelt query is compared with by trigram similarity.
  search_words           text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(alternate_name, ''))) STORED,
  PRIMARY KEY (tenant_id, offer_id),
  FOREIGN KEY (tenant_id, organization_id) REFERENCES organization (tenant_id, organization_id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX offer_search ON offer USING gin (search_document);
CREATE INDEX offer_search_words ON offer USING gin (search_words gin_trgm_ops);
CREATE INDEX offer_public ON offer (tenant_id, lifecycle, name);
CREATE INDEX offer_owner ON offer (tenant_id, owner_unit_id);
CREATE INDEX offer_organization ON offer (tenant_id, organization_id);

-- HSDS service_at_location: an offer given at a location.
CREATE TABLE offer_location (
  tenant_id          uuid NOT NULL,
  offer_location_id  uuid NOT NULL,
  offer_id           uuid NOT NULL,
  location_id        uuid NOT NULL,
  description        text,
  hsds_extra         jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, offer_location_id),
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, location_id)
);
CREATE INDEX offer_location_offer ON offer_location (tenant_id, offer_id);
CREATE INDEX offer_location_location ON offer_location (tenant_id, location_id);

-- When an offer is open: an RFC 5545 recurrence (HSDS schedule). Times are local to Europe/Copenhagen.
CREATE TABLE offer_schedule (
  tenant_id          uuid NOT NULL,
  schedule_id        uuid NOT NULL,
  offer_id           uuid,
  offer_location_id  uuid,
  location_id        uuid,
  valid_from         date,
  valid_to           date,
  dtstart            date,
  until              date,
  count              integer CHECK (count > 0),
  -- RFC 5545 FREQ: SECONDLY ... YEARLY; NULL for a one-off described in words.
  freq               text,
  interval           integer CHECK (interval > 0),
  -- RFC 5545 BYDAY as in HSDS: 'MO,WE' or '1MO,-1FR'
  byday              text,
  bymonthday         text,
  opens_at           time,
  closes_at          time,
  description        text,
  hsds_extra         jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, schedule_id),
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id) ON DELETE CASCADE
);
CREATE INDEX offer_schedule_offer ON offer_schedule (tenant_id, offer_id);

-- "Det sker": dated activities of offers and associations.
CREATE TABLE offer_event (
  tenant_id        uuid NOT NULL,
  event_id         uuid NOT NULL,
  offer_id         uuid,
  organization_id  uuid NOT NULL,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  location_id      uuid,
  place            text,
  -- NULL: no sign-up limit
  capacity         integer CHECK (capacity > 0),
  signup_required  boolean NOT NULL DEFAULT false,
  status           text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  created_by       uuid,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, event_id),
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, organization_id) REFERENCES organization (tenant_id, organization_id),
  CHECK (ends_at >= starts_at)
);
CREATE INDEX offer_event_time ON offer_event (tenant_id, starts_at);
CREATE INDEX offer_event_offer ON offer_event (tenant_id, offer_id, starts_at);

-- A citizen's sign-up for an event; it is in their own calendar feed.
CREATE TABLE event_signup (
  tenant_id      uuid NOT NULL,
  event_id       uuid NOT NULL,
  citizen_id     uuid NOT NULL,
  signed_up_at   timestamptz NOT NULL,
  signed_up_by   uuid,
  cancelled_at   timestamptz,
  PRIMARY KEY (tenant_id, event_id, citizen_id),
  FOREIGN KEY (tenant_id, event_id) REFERENCES offer_event (tenant_id, event_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX event_signup_citizen ON event_signup (tenant_id, citizen_id);

-- A secret address for a citizen's own calendar feed (calendar apps cannot log in). Only its hash is kept.
CREATE TABLE calendar_feed (
  tenant_id      uuid NOT NULL,
  token_hash     text NOT NULL,
  citizen_id     uuid NOT NULL,
  created_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX calendar_feed_citizen ON calendar_feed (tenant_id, citizen_id);

-- A referral to an offer, with the loop closed back to the sender and the citizen.
-- States: sent -> received -> accepted | declined; accepted -> started -> completed | stopped (domain/referral-state.ts).
CREATE TABLE referral (
  tenant_id                 uuid NOT NULL,
  referral_id               uuid NOT NULL,
  citizen_id                uuid NOT NULL,
  offer_id                  uuid NOT NULL,
  -- The unit that answers the referral: the offer's owner unit at the time it was sent.
  receiving_unit_id         uuid,
  -- 'worker': sent by staff; 'self': the citizen applied to a self-referral offer.
  kind                      text NOT NULL CHECK (kind IN ('worker', 'self')),
  sender_user_id            uuid NOT NULL,
  sender_unit_id            uuid,
  state                     text NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'received', 'accepted', 'declined', 'started', 'completed', 'stopped')),
  -- Why it was declined or stopped.
  reason                    text CHECK (length(reason) <= 2000),
  message                   text NOT NULL DEFAULT '' CHECK (length(message) <= 4000),
  -- The parts of the plan the citizen agreed to share with the receiver for this referral (consent rows carry them).
  shared_parts              text[] NOT NULL DEFAULT '{}',
  sent_at                   timestamptz NOT NULL,
  answered_at               timestamptz,
  -- The working day by which the receiver should have answered; after it, the sender sees the referral flagged.
  answer_due_on             date NOT NULL,
  version                   integer NOT NULL DEFAULT 1,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, referral_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id),
  FOREIGN KEY (tenant_id, receiving_unit_id) REFERENCES org_unit (tenant_id, unit_id)
);
CREATE INDEX referral_citizen ON referral (tenant_id, citizen_id, sent_at);
CREATE INDEX referral_receiver ON referral (tenant_id, receiving_unit_id, state, sent_at);
CREATE INDEX referral_sender ON referral (tenant_id, sender_user_id, sent_at);

-- Every state change of a referral: who, when, from what to what, why. Append-only.
CREATE TABLE referral_event (
  tenant_id      uuid NOT NULL,
  event_id       uuid NOT NULL,
  referral_id    uuid NOT NULL,
  from_state     text,
  to_state       text NOT NULL,
  reason         text,
  actor_user_id  uuid,
  occurred_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, event_id),
  FOREIGN KEY (tenant_id, referral_id) REFERENCES referral (tenant_id, referral_id) ON DELETE CASCADE
);
CREATE INDEX referral_event_referral ON referral_event (tenant_id, referral_id, occurred_at);

-- A consent given for a referral names it, so the citizen sees why the receiver may look, and withdrawing it is one act.
ALTER TABLE consent ADD COLUMN referral_id uuid;

-- Here-and-now support (DOMAIN §4.3): a walk-in or referred visit at a reception centre. A visit may start without a
-- CPR number, as an anonymous record that is merged into a citizen record later (audited).
CREATE TABLE reception_visit (
  tenant_id          uuid NOT NULL,
  visit_id           uuid NOT NULL,
  centre_unit_id     uuid NOT NULL,
  citizen_id         uuid,
  -- How staff recognise an anonymous visitor: a first name or nickname and a short description, never a CPR number.
  anonymous_label    text CHECK (length(anonymous_label) <= 200),
  arrival            text NOT NULL DEFAULT 'walk-in' CHECK (arrival IN ('walk-in', 'referred')),
  -- Needs from DOMAIN §4.3: housing, accompany-jobcentre, accompany-treatment, accompany-psychiatry, accompany-doctor,
  -- accompany-citizen-service, meal, stabilisation
  needs              text[] NOT NULL DEFAULT '{}',
  note               text CHECK (length(note) <= 4000),
  status             text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'with-worker', 'done', 'left')),
  arrived_at         timestamptz NOT NULL,
  registered_by      uuid NOT NULL,
  worker_user_id     uuid,
  handed_over_at     timestamptz,
  finished_at        timestamptz,
  follow_up_due_on   date,
  follow_up_done_at  timestamptz,
  follow_up_done_by  uuid,
  merged_at          timestamptz,
  merged_by          uuid,
  version            integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, visit_id),
  FOREIGN KEY (tenant_id, centre_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  CHECK (citizen_id IS NOT NULL OR anonymous_label IS NOT NULL)
);
CREATE INDEX reception_visit_queue ON reception_visit (tenant_id, centre_unit_id, status, arrived_at);
CREATE INDEX reception_visit_follow_up ON reception_visit (tenant_id, follow_up_due_on) WHERE follow_up_done_at IS NULL;
CREATE INDEX reception_visit_citizen ON reception_visit (tenant_id, citizen_id) WHERE citizen_id IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['taxonomy', 'taxonomy_term', 'organization', 'location', 'offer', 'offer_location', 'offer_schedule',
                           'offer_event', 'event_signup', 'calendar_feed', 'referral', 'referral_event', 'reception_visit'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;
REVOKE UPDATE, DELETE ON referral_event FROM mestring_app;
