-- Volunteers, companions to activities, and peer guides (DOMAIN §4.2). A volunteer and a peer guide are app users
-- (kind 'volunteer' / 'external'); their profiles hang on the user. Times of day are Copenhagen wall-clock time
-- (a weekly pattern keeps its hours across daylight-saving changes); instants are timestamptz.

-- The shared guidelines on roles, tasks and confidentiality. A volunteer accepts the current (highest) version.
CREATE TABLE volunteer_guidelines (
  tenant_id     uuid NOT NULL REFERENCES tenant (tenant_id),
  version       integer NOT NULL CHECK (version > 0),
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  published_at  timestamptz NOT NULL,
  published_by  uuid,
  PRIMARY KEY (tenant_id, version)
);

-- A published volunteer opportunity anyone may read and apply to ("Bliv følgeven til sport").
CREATE TABLE volunteer_opportunity (
  tenant_id        uuid NOT NULL REFERENCES tenant (tenant_id),
  opportunity_id   uuid NOT NULL,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary          text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  -- companion | visiting-friend | walking-partner | activity-helper | other
  kind             text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  area             text CHECK (length(area) <= 200),
  time_commitment  text CHECK (length(time_commitment) <= 200),
  -- A course a volunteer must have completed for this task (a key of volunteer_course), and whether a valid
  -- criminal-record check is required.
  required_course  text CHECK (length(required_course) <= 60),
  needs_record_check boolean NOT NULL DEFAULT true,
  unit_id          uuid,
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, opportunity_id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, unit_id)
);
CREATE INDEX volunteer_opportunity_published ON volunteer_opportunity (tenant_id, status);

-- An application from anyone (no login); the coordinator approves it, which creates the volunteer's user and profile.
CREATE TABLE volunteer_application (
  tenant_id        uuid NOT NULL REFERENCES tenant (tenant_id),
  application_id   uuid NOT NULL,
  opportunity_id   uuid,
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email            text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  phone            text CHECK (length(phone) <= 40),
  postal_code      text CHECK (length(postal_code) <= 10),
  message          text NOT NULL DEFAULT '' CHECK (length(message) <= 4000),
  status           text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'approved', 'declined', 'withdrawn')),
  decided_by       uuid,
  decided_at       timestamptz,
  decision_note    text CHECK (length(decision_note) <= 2000),
  -- The volunteer's user, once approved.
  user_id          uuid,
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, application_id),
  FOREIGN KEY (tenant_id, opportunity_id) REFERENCES volunteer_opportunity (tenant_id, opportunity_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id)
);
CREATE INDEX volunteer_application_status ON volunteer_application (tenant_id, status, created_at);

-- A volunteer's profile. No document content of the criminal-record check is stored: only its dates.
CREATE TABLE volunteer_profile (
  tenant_id               uuid NOT NULL,
  user_id                 uuid NOT NULL,
  interests               text[] NOT NULL DEFAULT '{}',
  skills                  text[] NOT NULL DEFAULT '{}',
  -- ISO 639-1 codes: 'da', 'en', 'ar', ...
  languages               text[] NOT NULL DEFAULT '{da}',
  area                    text CHECK (length(area) <= 200),
  -- Where the volunteer sets out from (for travel distance) and how far they will go.
  home_lat                double precision CHECK (home_lat BETWEEN -90 AND 90),
  home_lon                double precision CHECK (home_lon BETWEEN -180 AND 180),
  max_distance_km         integer CHECK (max_distance_km BETWEEN 1 AND 500),
  record_check_on         date,
  record_check_expires_on date,
  guidelines_version      integer,
  guidelines_accepted_at  timestamptz,
  status                  text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'stopped')),
  status_changed_on       date,
  stop_reason             text CHECK (length(stop_reason) <= 1000),
  started_on              date NOT NULL,
  version                 integer NOT NULL DEFAULT 1,
  updated_at              timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE,
  CHECK (record_check_expires_on IS NULL OR record_check_on IS NULL OR record_check_expires_on >= record_check_on)
);
CREATE INDEX volunteer_profile_status ON volunteer_profile (tenant_id, status);

-- The weekly pattern: on this ISO weekday (1 = Monday) from … to, Copenhagen time.
CREATE TABLE volunteer_weekly_slot (
  tenant_id    uuid NOT NULL,
  user_id      uuid NOT NULL,
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_minute  smallint NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
  to_minute    smallint NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
  PRIMARY KEY (tenant_id, user_id, weekday, from_minute),
  FOREIGN KEY (tenant_id, user_id) REFERENCES volunteer_profile (tenant_id, user_id) ON DELETE CASCADE,
  CHECK (to_minute > from_minute)
);
-- The matching's first cut: who is available on a weekday at a time.
CREATE INDEX volunteer_weekly_slot_time ON volunteer_weekly_slot (tenant_id, weekday, from_minute, to_minute);

-- Exceptions to the pattern: away (holiday, illness) or extra time, between two instants.
CREATE TABLE volunteer_availability_exception (
  tenant_id     uuid NOT NULL,
  exception_id  uuid NOT NULL,
  user_id       uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('away', 'extra')),
  from_at       timestamptz NOT NULL,
  to_at         timestamptz NOT NULL,
  note          text CHECK (length(note) <= 500),
  PRIMARY KEY (tenant_id, exception_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES volunteer_profile (tenant_id, user_id) ON DELETE CASCADE,
  CHECK (to_at > from_at)
);
CREATE INDEX volunteer_availability_exception_user ON volunteer_availability_exception (tenant_id, user_id, from_at);

-- Courses a volunteer has completed ('foelgeven-grundkursus', 'foerstehjaelp', 'autisme', ...).
CREATE TABLE volunteer_course (
  tenant_id     uuid NOT NULL,
  user_id       uuid NOT NULL,
  course_key    text NOT NULL CHECK (length(course_key) BETWEEN 1 AND 60),
  completed_on  date NOT NULL,
  -- Some courses must be renewed (first aid); NULL: valid for good.
  valid_until   date,
  PRIMARY KEY (tenant_id, user_id, course_key),
  FOREIGN KEY (tenant_id, user_id) REFERENCES volunteer_profile (tenant_id, user_id) ON DELETE CASCADE
);

-- A citizen's request for a companion to an activity, and the accompaniment it becomes.
CREATE TABLE companion_request (
  tenant_id           uuid NOT NULL,
  request_id          uuid NOT NULL,
  citizen_id          uuid NOT NULL,
  -- The catalogue offer or event the activity is, when it is one; the activity is described in words either way.
  offer_id            uuid,
  event_id            uuid,
  activity            text NOT NULL CHECK (length(activity) BETWEEN 1 AND 300),
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL,
  meeting_place       text NOT NULL CHECK (length(meeting_place) BETWEEN 1 AND 300),
  meeting_lat         double precision CHECK (meeting_lat BETWEEN -90 AND 90),
  meeting_lon         double precision CHECK (meeting_lon BETWEEN -180 AND 180),
  -- wheelchair | autism-friendly | calm | language:<iso> | other needs in needs_note
  needs               text[] NOT NULL DEFAULT '{}',
  needs_note          text CHECK (length(needs_note) <= 1000),
  required_course     text CHECK (length(required_course) <= 60),
  -- Who the volunteer calls on the day.
  day_contact_name    text CHECK (length(day_contact_name) <= 200),
  day_contact_phone   text CHECK (length(day_contact_phone) <= 40),
  requested_by        uuid,
  requested_by_role   text NOT NULL CHECK (requested_by_role IN ('citizen', 'relative', 'staff')),
  -- open → assigned → accepted → done; cancelled or missed from assigned/accepted; declined by the volunteer → open.
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'accepted', 'done', 'cancelled', 'missed')),
  volunteer_user_id   uuid,
  assigned_by         uuid,
  assigned_at         timestamptz,
  accepted_at         timestamptz,
  closed_at           timestamptz,
  -- Who cancelled (or did not come): the citizen's side, the volunteer or the coordinator.
  cancelled_by        uuid,
  cancelled_by_role   text CHECK (cancelled_by_role IN ('citizen', 'volunteer', 'coordinator')),
  cancel_reason       text CHECK (length(cancel_reason) <= 1000),
  -- The volunteer's logged time, in minutes.
  minutes_logged      integer CHECK (minutes_logged BETWEEN 0 AND 1440),
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, request_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id),
  FOREIGN KEY (tenant_id, volunteer_user_id) REFERENCES app_user (tenant_id, user_id),
  CHECK (ends_at > starts_at)
);
CREATE INDEX companion_request_citizen ON companion_request (tenant_id, citizen_id, starts_at);
CREATE INDEX companion_request_volunteer ON companion_request (tenant_id, volunteer_user_id, starts_at) WHERE volunteer_user_id IS NOT NULL;
CREATE INDEX companion_request_status ON companion_request (tenant_id, status, starts_at);

-- Afterwards each side rates the accompaniment: the citizen on an easy-read smiley scale (1 sad, 2 neutral, 3 happy),
-- the volunteer on the same scale with an optional comment.
CREATE TABLE companion_evaluation (
  tenant_id    uuid NOT NULL,
  request_id   uuid NOT NULL,
  by_side      text NOT NULL CHECK (by_side IN ('citizen', 'volunteer')),
  smiley       smallint NOT NULL CHECK (smiley BETWEEN 1 AND 3),
  comment      text CHECK (length(comment) <= 2000),
  given_by     uuid,
  given_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, request_id, by_side),
  FOREIGN KEY (tenant_id, request_id) REFERENCES companion_request (tenant_id, request_id) ON DELETE CASCADE
);

-- A peer guide (borgerguide): lived experience, training, availability.
CREATE TABLE peer_guide_profile (
  tenant_id           uuid NOT NULL,
  user_id             uuid NOT NULL,
  -- acquired-brain-injury | autism | intellectual-disability | substance-use-recovery | homelessness | mental-health
  experience_areas    text[] NOT NULL DEFAULT '{}',
  presentation        text NOT NULL DEFAULT '' CHECK (length(presentation) <= 4000),
  training_status     text NOT NULL DEFAULT 'in-training' CHECK (training_status IN ('in-training', 'trained', 'refresher-due')),
  trained_on          date,
  -- Free words on when ("Tirsdage og torsdage"); bookings themselves are checked against each other.
  availability_note   text CHECK (length(availability_note) <= 500),
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'stopped')),
  version             integer NOT NULL DEFAULT 1,
  updated_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE
);

-- A booking of a peer guide: a one-to-one conversation, a talk for staff or relatives, or an inspiration course.
CREATE TABLE peer_guide_booking (
  tenant_id          uuid NOT NULL,
  booking_id         uuid NOT NULL,
  guide_user_id      uuid NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('conversation', 'talk', 'inspiration-course')),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- A conversation is for a citizen (with their consent: the booker is on their team) or a relative by name.
  citizen_id         uuid,
  audience           text CHECK (length(audience) <= 300),
  starts_at          timestamptz NOT NULL,
  ends_at            timestamptz NOT NULL,
  place              text NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
  max_participants   integer CHECK (max_participants BETWEEN 1 AND 500),
  -- Who pays for the guide's hours: social | jobcenter | project | other (the plan asks about financing).
  funding_source     text NOT NULL CHECK (funding_source IN ('social', 'jobcenter', 'project', 'other')),
  booked_by          uuid NOT NULL,
  booked_by_unit_id  uuid,
  status             text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'done', 'cancelled')),
  minutes_logged     integer CHECK (minutes_logged BETWEEN 0 AND 1440),
  note               text CHECK (length(note) <= 2000),
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, booking_id),
  FOREIGN KEY (tenant_id, guide_user_id) REFERENCES app_user (tenant_id, user_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  CHECK (ends_at > starts_at)
);
CREATE INDEX peer_guide_booking_guide ON peer_guide_booking (tenant_id, guide_user_id, starts_at);

-- Sign-ups to an inspiration course (a group session with a maximum).
CREATE TABLE peer_guide_participant (
  tenant_id       uuid NOT NULL,
  booking_id      uuid NOT NULL,
  participant_id  uuid NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  user_id         uuid,
  signed_up_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, booking_id, participant_id),
  FOREIGN KEY (tenant_id, booking_id) REFERENCES peer_guide_booking (tenant_id, booking_id) ON DELETE CASCADE
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['volunteer_guidelines', 'volunteer_opportunity', 'volunteer_application', 'volunteer_profile',
                           'volunteer_weekly_slot', 'volunteer_availability_exception', 'volunteer_course', 'companion_request',
                           'companion_evaluation', 'peer_guide_profile', 'peer_guide_booking', 'peer_guide_participant'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;
