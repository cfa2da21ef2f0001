-- The citizen's record, their team and network, their consents, and "Min plan":
-- dreams, goals per life domain, steps, plan meetings, comments, the change history, the transition track.
-- Nothing here is hidden from the citizen: there are no internal notes (the policy: meet with the citizen, not about them).

CREATE TABLE citizen (
  tenant_id               uuid NOT NULL REFERENCES tenant (tenant_id),
  citizen_id              uuid NOT NULL,
  -- The citizen's own login, when they have one.
  user_id                 uuid,
  first_name              text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name               text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  birth_date              date NOT NULL,
  -- The CPR number, AES-256-GCM encrypted; never an identifier, never in a URL or a log line.
  cpr_encrypted           text,
  -- HMAC of the CPR number, so a case officer can find a citizen by it without decrypting every row.
  cpr_search_hash         text,
  address_line            text,
  postal_code             text,
  city                    text,
  phone                   text,
  email                   text,
  preferred_language      text NOT NULL DEFAULT 'da',
  -- easy-read, pictograms, read-aloud, interpreter
  communication_needs     text[] NOT NULL DEFAULT '{}',
  interpreter_language    text,
  contact_person_user_id  uuid,
  -- For statistics and eligibility only; never shown on the citizen's own front page.
  target_groups           text[] NOT NULL DEFAULT '{}',
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, citizen_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id),
  FOREIGN KEY (tenant_id, contact_person_user_id) REFERENCES app_user (tenant_id, user_id),
  UNIQUE (tenant_id, cpr_search_hash)
);
CREATE UNIQUE INDEX citizen_user ON citizen (tenant_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX citizen_birth_date ON citizen (tenant_id, birth_date);

-- The staff around the citizen. Staff access to the plan follows this table.
CREATE TABLE citizen_team_member (
  tenant_id   uuid NOT NULL,
  citizen_id  uuid NOT NULL,
  user_id     uuid NOT NULL,
  team_role   text NOT NULL CHECK (team_role IN ('contact-person', 'support-worker', 'case-officer', 'other')),
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, citizen_id, user_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id)
);
CREATE INDEX citizen_team_member_user ON citizen_team_member (tenant_id, user_id);

-- "The person or persons the citizen defines as relatives", and the wider network.
CREATE TABLE network_member (
  tenant_id              uuid NOT NULL,
  member_id              uuid NOT NULL,
  citizen_id             uuid NOT NULL,
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation               text NOT NULL CHECK (length(relation) BETWEEN 1 AND 100),
  is_relative            boolean NOT NULL DEFAULT true,
  phone                  text,
  email                  text,
  -- Set when the person has accepted an invitation and logs in themselves.
  user_id                uuid,
  invitation_code_hash   text,
  invitation_expires_at  timestamptz,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  removed_at             timestamptz,
  PRIMARY KEY (tenant_id, member_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id)
);
CREATE INDEX network_member_citizen ON network_member (tenant_id, citizen_id);
CREATE INDEX network_member_user ON network_member (tenant_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX network_member_invitation ON network_member (tenant_id, invitation_code_hash) WHERE invitation_code_hash IS NOT NULL;

-- Consent: who may see (or comment on) which part of the plan. Rows are never changed except to record
-- the withdrawal, so the table is its own history. Default: nothing is shared.
CREATE TABLE consent (
  tenant_id      uuid NOT NULL,
  consent_id     uuid NOT NULL,
  citizen_id     uuid NOT NULL,
  -- network: a network_member; staff: a staff user outside the team; unit: every staff member of a unit
  grantee_kind   text NOT NULL CHECK (grantee_kind IN ('network', 'staff', 'unit')),
  grantee_id     uuid NOT NULL,
  -- dreams | meetings | domain:health | domain:social | domain:leisure | domain:housing | domain:work
  part           text NOT NULL,
  level          text NOT NULL CHECK (level IN ('view', 'comment')),
  granted_at     timestamptz NOT NULL,
  granted_by     uuid,
  withdrawn_at   timestamptz,
  withdrawn_by   uuid,
  PRIMARY KEY (tenant_id, consent_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX consent_active ON consent (tenant_id, citizen_id, grantee_kind, grantee_id) WHERE withdrawn_at IS NULL;

CREATE TABLE dream (
  tenant_id    uuid NOT NULL,
  dream_id     uuid NOT NULL,
  citizen_id   uuid NOT NULL,
  text         text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  domain       text,
  created_by   uuid,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  archived_at  timestamptz,
  PRIMARY KEY (tenant_id, dream_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX dream_citizen ON dream (tenant_id, citizen_id);

CREATE TABLE goal (
  tenant_id            uuid NOT NULL,
  goal_id              uuid NOT NULL,
  citizen_id           uuid NOT NULL,
  -- health | social | leisure | housing | work (DOMAIN §5.2)
  domain               text NOT NULL,
  title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  description          text CHECK (length(description) <= 4000),
  -- KL FFB Måltype: develop | maintain | limit-loss
  goal_type            text NOT NULL CHECK (goal_type IN ('develop', 'maintain', 'limit-loss')),
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'not-achieved', 'paused', 'stopped')),
  -- The citizen's own rating, 1 (not at all) to 5 (very well)
  citizen_rating       smallint CHECK (citizen_rating BETWEEN 1 AND 5),
  citizen_rated_at     timestamptz,
  -- The worker's assessment on KL FFB Funktionsevneniveau 0-4
  worker_level         smallint CHECK (worker_level BETWEEN 0 AND 4),
  worker_assessed_at   timestamptz,
  review_date          date,
  track                text NOT NULL DEFAULT 'adult' CHECK (track IN ('adult', 'transition')),
  created_by           uuid,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, goal_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX goal_citizen ON goal (tenant_id, citizen_id, domain);

CREATE TABLE step (
  tenant_id        uuid NOT NULL,
  step_id          uuid NOT NULL,
  goal_id          uuid NOT NULL,
  citizen_id       uuid NOT NULL,
  text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  -- Who helps, in words ("Anders", "Louise", "mig selv"), and optionally the staff user
  who_helps        text,
  helper_user_id   uuid,
  due_date         date,
  -- Pictogram key for the kind of step (calendar, bus, phone, food, sleep, exercise, ...)
  pictogram        text,
  status           text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
  done_at          timestamptz,
  done_by          uuid,
  sort_order       integer NOT NULL DEFAULT 0,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, step_id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES goal (tenant_id, goal_id) ON DELETE CASCADE
);
CREATE INDEX step_goal ON step (tenant_id, goal_id);
CREATE INDEX step_citizen ON step (tenant_id, citizen_id);

-- "Borgerplansmøde": the citizen is always invited; agreements say who does what by when.
CREATE TABLE plan_meeting (
  tenant_id          uuid NOT NULL,
  meeting_id         uuid NOT NULL,
  citizen_id         uuid NOT NULL,
  starts_at          timestamptz NOT NULL,
  location           text,
  status             text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  citizen_invited    boolean NOT NULL DEFAULT true CHECK (citizen_invited),
  -- [{ name, role, userId?, memberId? }]
  participants       jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{ who, what, byDate? }]
  agreements         jsonb NOT NULL DEFAULT '[]'::jsonb,
  summary            text CHECK (length(summary) <= 8000),
  next_review_date   date,
  created_by         uuid,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, meeting_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX plan_meeting_citizen ON plan_meeting (tenant_id, citizen_id, starts_at);

CREATE TABLE plan_comment (
  tenant_id       uuid NOT NULL,
  comment_id      uuid NOT NULL,
  citizen_id      uuid NOT NULL,
  subject_type    text NOT NULL CHECK (subject_type IN ('dream', 'goal', 'step', 'meeting')),
  subject_id      uuid NOT NULL,
  -- The consent part the subject belongs to, so a comment is shown exactly where its subject is.
  part            text NOT NULL,
  author_user_id  uuid NOT NULL,
  text            text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, comment_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX plan_comment_subject ON plan_comment (tenant_id, citizen_id, subject_id);

-- Every change to the plan: who changed what, when. The citizen sees this history.
CREATE TABLE plan_change (
  tenant_id       uuid NOT NULL,
  change_id       uuid NOT NULL,
  citizen_id      uuid NOT NULL,
  part            text NOT NULL,
  subject_type    text NOT NULL,
  subject_id      uuid NOT NULL,
  operation       text NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
  -- { field: { from, to } }
  changes         jsonb NOT NULL DEFAULT '{}'::jsonb,
  actor_user_id   uuid,
  actor_role      text,
  occurred_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, change_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE
);
CREATE INDEX plan_change_citizen ON plan_change (tenant_id, citizen_id, occurred_at);

-- "Den gode overgang": the shared plan for a 16-17-year-old on the way to adult services.
CREATE TABLE transition_plan (
  tenant_id               uuid NOT NULL,
  citizen_id              uuid NOT NULL,
  started_on              date NOT NULL,
  responsible_user_id     uuid,
  parents_involved        boolean NOT NULL DEFAULT true,
  adult_services_contact  text,
  notes                   text CHECK (length(notes) <= 4000),
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, citizen_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, responsible_user_id) REFERENCES app_user (tenant_id, user_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['citizen', 'citizen_team_member', 'network_member', 'consent', 'dream', 'goal', 'step',
                           'plan_meeting', 'plan_comment', 'plan_change', 'transition_plan'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;

-- The history of consents and plan changes is append-only for request code.
REVOKE UPDATE, DELETE ON plan_change FROM mestring_app;
REVOKE DELETE ON consent FROM mestring_app;
