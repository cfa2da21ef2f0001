-- Platform foundation: municipalities, organisation, users, sessions, audit, outbox.
-- Every tenant table leads its primary key and foreign keys with tenant_id (the Citus distribution column)
-- and has row-level security keyed on the transaction-local setting mestring.tenant_id.
-- Only SQL that PostgreSQL 15 understands: production runs 15, PGlite runs a newer one.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mestring_app') THEN
    CREATE ROLE mestring_app NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO mestring_app;

-- The tenant of the current transaction; NULL when unset, so policies then match nothing.
CREATE FUNCTION mestring_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('mestring.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION mestring_current_tenant() TO mestring_app;

CREATE TABLE tenant (
  tenant_id   uuid PRIMARY KEY,
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,40}$'),
  name        text NOT NULL,
  -- Municipality settings, e.g. whether staff names are shown to citizens in their access log.
  settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_unit (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  unit_id         uuid NOT NULL,
  parent_unit_id  uuid,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- 'centre' for the centres of DOMAIN §5.9, 'unit' for the teams and places below them.
  kind            text NOT NULL CHECK (kind IN ('area', 'centre', 'unit')),
  area            text NOT NULL CHECK (area IN ('social', 'employment', 'other')),
  email           text,
  phone           text,
  active          boolean NOT NULL DEFAULT true,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, unit_id),
  FOREIGN KEY (tenant_id, parent_unit_id) REFERENCES org_unit (tenant_id, unit_id)
);

CREATE TABLE app_user (
  tenant_id           uuid NOT NULL REFERENCES tenant (tenant_id),
  user_id             uuid NOT NULL,
  display_name        text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  email               text,
  title               text,
  -- staff work for the municipality; citizens, relatives and volunteers are people outside it
  kind                text NOT NULL CHECK (kind IN ('staff', 'citizen', 'relative', 'volunteer', 'external')),
  org_unit_id         uuid,
  preferred_language  text NOT NULL DEFAULT 'da' CHECK (preferred_language IN ('da', 'en')),
  -- Persona key of the demo login; NULL for real users.
  demo_key            text,
  demo_order          integer,
  active              boolean NOT NULL DEFAULT true,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id),
  FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  UNIQUE (tenant_id, demo_key)
);

CREATE TABLE role_grant (
  tenant_id   uuid NOT NULL,
  user_id     uuid NOT NULL,
  role        text NOT NULL,
  granted_by  uuid,
  granted_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id, role),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE
);

-- Links an OIDC subject at an issuer to a user. Each identity provider serves one municipality (config),
-- so the look-up runs inside that municipality's transaction like any other query.
CREATE TABLE user_identity (
  tenant_id   uuid NOT NULL,
  issuer      text NOT NULL,
  subject     text NOT NULL,
  user_id     uuid NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, issuer, subject),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE
);

-- Server-side sessions. The cookie holds the tenant id and a 256-bit secret; only its SHA-256 is stored.
CREATE TABLE session (
  tenant_id      uuid NOT NULL,
  token_hash     text NOT NULL,
  user_id        uuid NOT NULL,
  csrf_token     text NOT NULL,
  login_method   text NOT NULL CHECK (login_method IN ('demo', 'oidc')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, token_hash),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE
);
CREATE INDEX session_expiry ON session (expires_at);

-- Append-only audit log. seq comes from a sequence so writers never wait for each other;
-- the sealer links entries into a hash chain afterwards (audit_seal).
CREATE TABLE audit_event (
  tenant_id      uuid NOT NULL,
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid,
  actor_role     text,
  actor_unit_id  uuid,
  action         text NOT NULL,
  resource_type  text NOT NULL,
  resource_id    text,
  citizen_id     uuid,
  purpose        text NOT NULL,
  outcome        text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  request_id     text,
  details        jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_citizen ON audit_event (tenant_id, citizen_id, occurred_at) WHERE citizen_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (tenant_id, actor_user_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (tenant_id, occurred_at);

-- The hash chain: the chain position is the order of sealing, so an entry that commits late is simply sealed later.
CREATE TABLE audit_seal (
  tenant_id   uuid NOT NULL,
  chain_pos   bigint NOT NULL,
  seq         bigint NOT NULL,
  entry_hash  text NOT NULL,
  PRIMARY KEY (tenant_id, chain_pos),
  UNIQUE (tenant_id, seq)
);

-- Signed (HMAC) checkpoints of the chain head, so truncating the tail is detected.
-- kind 'retention' marks where retention removed older entries: verification starts from its hash.
CREATE TABLE audit_checkpoint (
  tenant_id   uuid NOT NULL,
  chain_pos   bigint NOT NULL,
  head_hash   text NOT NULL,
  kind        text NOT NULL DEFAULT 'seal' CHECK (kind IN ('seal', 'retention')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  signature   text NOT NULL,
  PRIMARY KEY (tenant_id, chain_pos, kind)
);

-- Side effects to run after commit (messages, notifications, exports).
CREATE TABLE outbox (
  tenant_id     uuid NOT NULL,
  message_id    uuid NOT NULL,
  topic         text NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  available_at  timestamptz NOT NULL DEFAULT now(),
  attempts      integer NOT NULL DEFAULT 0,
  processed_at  timestamptz,
  last_error    text,
  PRIMARY KEY (tenant_id, message_id)
);
CREATE INDEX outbox_pending ON outbox (available_at) WHERE processed_at IS NULL;

-- Row-level security on every tenant table. The application runs each request as mestring_app
-- (SET LOCAL ROLE) with mestring.tenant_id set; the owner (migrations, sealer, outbox worker) is exempt.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenant', 'org_unit', 'app_user', 'role_grant', 'user_identity', 'session',
                           'audit_event', 'audit_seal', 'audit_checkpoint', 'outbox'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
  END LOOP;
END
$$;

GRANT SELECT ON tenant TO mestring_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON org_unit, app_user, role_grant, user_identity, session TO mestring_app;
GRANT SELECT, INSERT ON audit_event, outbox TO mestring_app;
GRANT SELECT ON audit_seal, audit_checkpoint TO mestring_app;
