-- Finance and housing (DOMAIN §5.6–§5.8): granted services as the cost base, the state's refusion bands per year,
-- the budget year with its follow-ups, the economic plan, and Housing plan II. Money is integer øre (bigint).

-- A decision on a service for a citizen: what, under which paragraph, from whom, where, for how long, at what price.
CREATE TABLE granted_service (
  tenant_id            uuid NOT NULL,
  service_id           uuid NOT NULL,
  citizen_id           uuid NOT NULL,
  -- The catalogue offer, when the service is one; the name is kept as decided either way.
  offer_id             uuid,
  service_name         text NOT NULL CHECK (length(service_name) BETWEEN 1 AND 300),
  -- Serviceloven paragraph as data, e.g. 'SEL §108' (DOMAIN §5.11)
  legal_basis          text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 40),
  provider_kind        text NOT NULL CHECK (provider_kind IN ('own', 'other-municipality', 'region', 'private')),
  provider_name        text CHECK (length(provider_name) <= 300),
  -- Where the service is given: inside or outside the municipality's borders.
  placement            text NOT NULL CHECK (placement IN ('inside', 'outside')),
  -- A residential placement (§107, §108, shared housing, housing-like offers): counts for self-sufficiency.
  residential          boolean NOT NULL DEFAULT false,
  -- The centre whose budget carries the cost.
  paying_unit_id       uuid,
  period_from          date NOT NULL,
  -- NULL: until further notice.
  period_to            date,
  -- day: unit_price per day × quantity; hour: unit_price per hour × quantity hours per week; month: unit_price per
  -- month × quantity. Quantity in hundredths (150 = 1.5).
  price_unit           text NOT NULL CHECK (price_unit IN ('day', 'hour', 'month')),
  unit_price_ore       bigint NOT NULL CHECK (unit_price_ore > 0 AND unit_price_ore <= 100000000000),
  quantity_hundredths  integer NOT NULL DEFAULT 100 CHECK (quantity_hundredths > 0 AND quantity_hundredths <= 100000),
  -- A decision withdrawn (an error, a complaint upheld) costs nothing; one that ends has period_to.
  cancelled_at         timestamptz,
  decided_by           uuid,
  decided_on           date NOT NULL,
  note                 text CHECK (length(note) <= 4000),
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, service_id),
  FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, citizen_id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id),
  FOREIGN KEY (tenant_id, paying_unit_id) REFERENCES org_unit (tenant_id, unit_id),
  CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX granted_service_citizen ON granted_service (tenant_id, citizen_id, period_from);
CREATE INDEX granted_service_period ON granted_service (tenant_id, period_from, period_to);
CREATE INDEX granted_service_offer ON granted_service (tenant_id, offer_id) WHERE offer_id IS NOT NULL;

-- Every version of a decision as it was saved: who changed it, when. Append-only.
CREATE TABLE granted_service_version (
  tenant_id    uuid NOT NULL,
  service_id   uuid NOT NULL,
  version      integer NOT NULL,
  snapshot     jsonb NOT NULL,
  changed_by   uuid,
  changed_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, service_id, version),
  FOREIGN KEY (tenant_id, service_id) REFERENCES granted_service (tenant_id, service_id) ON DELETE CASCADE
);

-- The state's refusion for expensive individual cases, as marginal bands per year (DOMAIN §5.6): from `lower_ore` of
-- a case's yearly cost, `rate_percent` of the part above it. The first band of a year starts at 0.
CREATE TABLE refusion_band (
  tenant_id     uuid NOT NULL REFERENCES tenant (tenant_id),
  year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  lower_ore     bigint NOT NULL CHECK (lower_ore >= 0),
  rate_percent  integer NOT NULL CHECK (rate_percent BETWEEN 0 AND 100),
  PRIMARY KEY (tenant_id, year, lower_ore)
);

-- The economic year wheel (DOMAIN §5.7): dated steps the municipality edits, follow-ups among them.
CREATE TABLE budget_cycle_step (
  tenant_id    uuid NOT NULL REFERENCES tenant (tenant_id),
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  step_key     text NOT NULL CHECK (length(step_key) BETWEEN 1 AND 60),
  label        text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  on_date      date NOT NULL,
  -- A follow-up step: a snapshot of budget, committed cost and forecast is taken as of this date.
  is_follow_up boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, year, step_key)
);

-- The budget of a centre for a year.
CREATE TABLE centre_budget (
  tenant_id   uuid NOT NULL,
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  unit_id     uuid NOT NULL,
  budget_ore  bigint NOT NULL CHECK (budget_ore >= 0),
  version     integer NOT NULL DEFAULT 1,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, year, unit_id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES org_unit (tenant_id, unit_id)
);

-- A follow-up: per centre the budget, the cost committed by granted services, and the forecast for the year, saved.
CREATE TABLE budget_follow_up (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  follow_up_id    uuid NOT NULL,
  year            integer NOT NULL,
  step_key        text NOT NULL,
  as_of           date NOT NULL,
  taken_at        timestamptz NOT NULL,
  taken_by        uuid,
  PRIMARY KEY (tenant_id, follow_up_id),
  UNIQUE (tenant_id, year, step_key)
);
CREATE TABLE budget_follow_up_line (
  tenant_id       uuid NOT NULL,
  follow_up_id    uuid NOT NULL,
  unit_id         uuid NOT NULL,
  budget_ore      bigint NOT NULL,
  committed_ore   bigint NOT NULL,
  forecast_ore    bigint NOT NULL,
  PRIMARY KEY (tenant_id, follow_up_id, unit_id),
  FOREIGN KEY (tenant_id, follow_up_id) REFERENCES budget_follow_up (tenant_id, follow_up_id) ON DELETE CASCADE
);

-- The social area's economic plan: five tracks, each with initiatives and their expected effect.
CREATE TABLE economic_track (
  tenant_id    uuid NOT NULL REFERENCES tenant (tenant_id),
  track_id     uuid NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sort_order   integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, track_id)
);
CREATE TABLE economic_initiative (
  tenant_id            uuid NOT NULL,
  initiative_id        uuid NOT NULL,
  track_id             uuid NOT NULL,
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  description          text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  status               text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'stopped')),
  -- Expected yearly effect in øre (a saving is positive).
  expected_effect_ore  bigint NOT NULL DEFAULT 0,
  effect_year          integer,
  version              integer NOT NULL DEFAULT 1,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, initiative_id),
  FOREIGN KEY (tenant_id, track_id) REFERENCES economic_track (tenant_id, track_id)
);

-- Housing plan II (DOMAIN §5.8): projects that change the municipality's residential places.
CREATE TABLE housing_project (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id),
  project_id      uuid NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address         text CHECK (length(address) <= 300),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  status          text NOT NULL CHECK (status IN ('finished', 'ongoing', 'not-started', 'rejected')),
  -- [{ "legalBasis": "SEL §107", "change": 6 }, ...]: places gained (positive) or closed (negative) by paragraph.
  place_changes   jsonb NOT NULL DEFAULT '[]'::jsonb,
  starts_on       date,
  done_on         date,
  version         integer NOT NULL DEFAULT 1,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, project_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['granted_service', 'granted_service_version', 'refusion_band', 'budget_cycle_step', 'centre_budget',
                           'budget_follow_up', 'budget_follow_up_line', 'economic_track', 'economic_initiative', 'housing_project'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;
REVOKE UPDATE, DELETE ON granted_service_version FROM mestring_app;
