-- Steering (DOMAIN §4.6): policy → strategies and plans → focus areas → activities; the committee's yearly selection
-- of focus areas; bodies (councils, working groups, the sparring group, the committee) with members, meetings and
-- hearings; indicators as data; versioned status reports; and the enrolments and status observations that the
-- target-group overview and the indicators count.

-- The policy, a plan or a strategy. A plan belongs to the policy (parent); a successor strategy names the plan it
-- replaces. Texts are short summaries; names and structure follow the municipality's documents.
CREATE TABLE strategy (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  strategy_id     uuid NOT NULL,
  -- A stable key for seeds and links ('policy-2023', 'disability-plan', ...).
  key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 60),
  kind            text NOT NULL CHECK (kind IN ('policy', 'plan', 'strategy')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  summary         text NOT NULL DEFAULT '' CHECK (length(summary) <= 8000),
  mission         text CHECK (length(mission) <= 4000),
  vision          text CHECK (length(vision) <= 4000),
  -- The values it names (e.g. ordentlighed, ligeværdighed) and the life domains it covers (DOMAIN §5.2–§5.3).
  values          text[] NOT NULL DEFAULT '{}',
  life_domains    text[] NOT NULL DEFAULT '{}',
  parent_id       uuid,
  succeeds_id     uuid,
  period_from     date,
  period_to       date,
  -- The unit and the leader answering for it.
  owner_unit_id   uuid,
  position        integer NOT NULL DEFAULT 0,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, strategy_id),
  UNIQUE (tenant_id, key),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES strategy (tenant_id, strategy_id),
  FOREIGN KEY (tenant_id, succeeds_id) REFERENCES strategy (tenant_id, strategy_id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);

-- A focus area of a plan or strategy; `track` groups them where the plan has tracks ("Engagement i dig").
CREATE TABLE focus_area (
  tenant_id       uuid NOT NULL,
  focus_area_id   uuid NOT NULL,
  strategy_id     uuid NOT NULL,
  number          integer NOT NULL CHECK (number > 0),
  track           text CHECK (length(track) <= 200),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  purpose         text NOT NULL DEFAULT '' CHECK (length(purpose) <= 4000),
  why             text NOT NULL DEFAULT '' CHECK (length(why) <= 4000),
  goal            text NOT NULL DEFAULT '' CHECK (length(goal) <= 4000),
  PRIMARY KEY (tenant_id, focus_area_id),
  UNIQUE (tenant_id, strategy_id, number),
  FOREIGN KEY (tenant_id, strategy_id) REFERENCES strategy (tenant_id, strategy_id) ON DELETE CASCADE
);

-- A body: a council (Handicaprådet, Udsatterådet), a political committee, a working group carrying a focus area in a
-- year, or the external sparring group.
CREATE TABLE steering_body (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  body_id         uuid NOT NULL,
  key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 60),
  kind            text NOT NULL CHECK (kind IN ('council', 'committee', 'working-group', 'sparring-group')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  -- For a working group: the focus area and year it carries.
  focus_area_id   uuid,
  year            integer CHECK (year BETWEEN 2000 AND 2100),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, body_id),
  UNIQUE (tenant_id, key),
  FOREIGN KEY (tenant_id, focus_area_id) REFERENCES focus_area (tenant_id, focus_area_id)
);

-- A member of a body and their role in it (for Handicaprådet: 'dpo-representative' ×4, 'council-member' ×1,
-- 'expert' ×3; elsewhere 'chair', 'member', 'secretary'). A member with a login has a user.
CREATE TABLE steering_body_member (
  tenant_id       uuid NOT NULL,
  member_id       uuid NOT NULL,
  body_id         uuid NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role            text NOT NULL CHECK (length(role) BETWEEN 1 AND 60),
  organisation    text CHECK (length(organisation) <= 300),
  user_id         uuid,
  member_from     date,
  member_to       date,
  PRIMARY KEY (tenant_id, member_id),
  FOREIGN KEY (tenant_id, body_id) REFERENCES steering_body (tenant_id, body_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id)
);
CREATE INDEX steering_body_member_body ON steering_body_member (tenant_id, body_id);
CREATE INDEX steering_body_member_user ON steering_body_member (tenant_id, user_id) WHERE user_id IS NOT NULL;

-- A meeting of a body: the yearly dialogue meeting of a council, a sparring-group meeting, a committee meeting.
CREATE TABLE steering_meeting (
  tenant_id       uuid NOT NULL,
  meeting_id      uuid NOT NULL,
  body_id         uuid NOT NULL,
  kind            text NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'dialogue-meeting')),
  held_on         date NOT NULL,
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  agenda          text NOT NULL DEFAULT '' CHECK (length(agenda) <= 8000),
  minutes         text NOT NULL DEFAULT '' CHECK (length(minutes) <= 20000),
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, meeting_id),
  FOREIGN KEY (tenant_id, body_id) REFERENCES steering_body (tenant_id, body_id) ON DELETE CASCADE
);
CREATE INDEX steering_meeting_body ON steering_meeting (tenant_id, body_id, held_on);

-- The committee's decision of which focus areas to work on in a year: date, body and agenda reference.
CREATE TABLE focus_area_selection (
  tenant_id         uuid NOT NULL REFERENCES tenant (tenant_id),
  selection_id      uuid NOT NULL,
  year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  decided_on        date NOT NULL,
  body_id           uuid NOT NULL,
  agenda_reference  text NOT NULL CHECK (length(agenda_reference) BETWEEN 1 AND 300),
  note              text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  recorded_by       uuid,
  recorded_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, selection_id),
  FOREIGN KEY (tenant_id, body_id) REFERENCES steering_body (tenant_id, body_id)
);
CREATE INDEX focus_area_selection_year ON focus_area_selection (tenant_id, year, decided_on);

CREATE TABLE focus_area_selection_item (
  tenant_id         uuid NOT NULL,
  selection_id      uuid NOT NULL,
  focus_area_id     uuid NOT NULL,
  -- The working group that carries the focus area that year.
  working_group_id  uuid,
  PRIMARY KEY (tenant_id, selection_id, focus_area_id),
  FOREIGN KEY (tenant_id, selection_id) REFERENCES focus_area_selection (tenant_id, selection_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, focus_area_id) REFERENCES focus_area (tenant_id, focus_area_id),
  FOREIGN KEY (tenant_id, working_group_id) REFERENCES steering_body (tenant_id, body_id)
);

-- An activity under a focus area, its owner, period and status.
CREATE TABLE strategy_activity (
  tenant_id             uuid NOT NULL,
  activity_id           uuid NOT NULL,
  focus_area_id         uuid NOT NULL,
  title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description           text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  working_group_id      uuid,
  owner_unit_id         uuid,
  responsible_user_id   uuid,
  period_from           date,
  period_to             date,
  status                text NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', 'ongoing', 'stopped')),
  -- UN goals ('3', '4.5', '8.5', '10.2', '11') and national social-mobility goals (keys, DOMAIN §5.12).
  un_goals              text[] NOT NULL DEFAULT '{}',
  national_goals        text[] NOT NULL DEFAULT '{}',
  -- Keys of the indicators that show its effect.
  indicator_keys        text[] NOT NULL DEFAULT '{}',
  position              integer NOT NULL DEFAULT 0,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, activity_id),
  FOREIGN KEY (tenant_id, focus_area_id) REFERENCES focus_area (tenant_id, focus_area_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, working_group_id) REFERENCES steering_body (tenant_id, body_id),
  FOREIGN KEY (tenant_id, owner_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  FOREIGN KEY (tenant_id, responsible_user_id) REFERENCES app_user (tenant_id, user_id),
  CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX strategy_activity_focus_area ON strategy_activity (tenant_id, focus_area_id, position);

-- A dated progress note on an activity; the status it set, if it changed it. Append-only.
CREATE TABLE activity_note (
  tenant_id       uuid NOT NULL,
  note_id         uuid NOT NULL,
  activity_id     uuid NOT NULL,
  noted_on        date NOT NULL,
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
  status_from     text,
  status_to       text,
  written_by      uuid,
  written_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, note_id),
  FOREIGN KEY (tenant_id, activity_id) REFERENCES strategy_activity (tenant_id, activity_id) ON DELETE CASCADE
);
CREATE INDEX activity_note_activity ON activity_note (tenant_id, activity_id, noted_on);

-- A hearing: a decision sent to a council for consultation, and the council's response linked to it.
CREATE TABLE hearing (
  tenant_id           uuid NOT NULL REFERENCES tenant (tenant_id),
  hearing_id          uuid NOT NULL,
  body_id             uuid NOT NULL,
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description         text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  -- The decision consulted on: its agenda or case reference, and the strategy it concerns, if one.
  decision_reference  text NOT NULL CHECK (length(decision_reference) BETWEEN 1 AND 300),
  strategy_id         uuid,
  sent_on             date NOT NULL,
  respond_by          date NOT NULL,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
  response            text CHECK (length(response) <= 20000),
  responded_at        timestamptz,
  responded_by        uuid,
  -- What the decision-maker did with the response.
  outcome             text CHECK (length(outcome) <= 4000),
  created_by          uuid,
  created_at          timestamptz NOT NULL,
  version             integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, hearing_id),
  FOREIGN KEY (tenant_id, body_id) REFERENCES steering_body (tenant_id, body_id),
  FOREIGN KEY (tenant_id, strategy_id) REFERENCES strategy (tenant_id, strategy_id),
  CHECK (respond_by >= sent_on)
);
CREATE INDEX hearing_body ON hearing (tenant_id, body_id, sent_on);

-- An indicator as data (DOMAIN §4.6): the definition names its source, filter, period and aggregation and is
-- validated before it is stored. A change makes a new version; reports keep the version they used.
CREATE TABLE indicator (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 60),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  definition      jsonb NOT NULL,
  version         integer NOT NULL DEFAULT 1,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, key)
);

-- The annual implementation status of a strategy. A draft is edited (summary); publishing freezes `content` (the
-- figures as they were) and makes a new version; earlier versions stay archived.
CREATE TABLE status_report (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  report_id       uuid NOT NULL,
  strategy_id     uuid NOT NULL,
  year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version         integer NOT NULL CHECK (version > 0),
  state           text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'superseded')),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  summary         text NOT NULL DEFAULT '' CHECK (length(summary) <= 20000),
  content         jsonb NOT NULL,
  created_by      uuid,
  created_at      timestamptz NOT NULL,
  published_by    uuid,
  published_at    timestamptz,
  PRIMARY KEY (tenant_id, report_id),
  UNIQUE (tenant_id, strategy_id, year, version),
  FOREIGN KEY (tenant_id, strategy_id) REFERENCES strategy (tenant_id, strategy_id)
);
CREATE INDEX status_report_strategy ON status_report (tenant_id, strategy_id, year, version);

-- A citizen's time in an offer: from the start of a referral, a direct admission or a walk-in. Offer type and legal
-- basis are kept as they were at the start (the offer may change later), so a year's count does not move.
CREATE TABLE enrolment (
  tenant_id       uuid NOT NULL,
  enrolment_id    uuid NOT NULL,
  citizen_id      uuid NOT NULL,
  offer_id        uuid,
  offer_name      text NOT NULL CHECK (length(offer_name) BETWEEN 1 AND 300),
  offer_type      text CHECK (length(offer_type) <= 60),
  legal_basis     text CHECK (length(legal_basis) <= 40),
  -- The unit giving it.
  unit_id         uuid,
  source          text NOT NULL DEFAULT 'direct' CHECK (source IN ('referral', 'direct', 'walk-in')),
  referral_id     uuid,
  started_on      date NOT NULL,
  ended_on        date,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, enrolment_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, unit_id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX enrolment_period ON enrolment (tenant_id, started_on, ended_on);
CREATE INDEX enrolment_citizen ON enrolment (tenant_id, citizen_id, started_on);

-- A dated observation of a citizen's situation, recorded by staff: employment ('job', 'education', 'flex-job',
-- 'sheltered', 'none') and housing ('own-home', 'residential', 'shelter', 'homeless'). Indicators count them.
CREATE TABLE citizen_status_observation (
  tenant_id       uuid NOT NULL,
  observation_id  uuid NOT NULL,
  citizen_id      uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('employment', 'housing')),
  value           text NOT NULL CHECK (length(value) BETWEEN 1 AND 40),
  observed_on     date NOT NULL,
  unit_id         uuid,
  recorded_by     uuid,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, observation_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, unit_id)
);
CREATE INDEX citizen_status_observation_period ON citizen_status_observation (tenant_id, kind, observed_on);
CREATE INDEX citizen_status_observation_citizen ON citizen_status_observation (tenant_id, citizen_id, kind, observed_on);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['strategy', 'focus_area', 'steering_body', 'steering_body_member', 'steering_meeting',
                           'focus_area_selection', 'focus_area_selection_item', 'strategy_activity', 'activity_note',
                           'hearing', 'indicator', 'status_report', 'enrolment', 'citizen_status_observation'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;
