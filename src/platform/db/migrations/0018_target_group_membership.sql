-- The target-group overview (issue 7) kept as data: which of Table 1's rows each citizen was in, per year. Counting
-- it is a small grouped scan; working it out from every enrolment, granted service and referral event on each
-- request took seconds at scale. Triggers mark a citizen stale when anything the rows are worked out from changes;
-- the next read works those citizens out again in the same transaction as it counts, so the figures are never old.
-- See docs/decisions/0007-target-group-membership.md.

CREATE TABLE target_group_membership (
  tenant_id   uuid NOT NULL,
  citizen_id  uuid NOT NULL,
  year        integer NOT NULL,
  -- A row of Table 1 (or 'other:<paragraph>'); '' marks the citizen as counted in the year at all (the distinct total).
  row_key     text COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant_id, year, row_key, citizen_id)
);
CREATE INDEX target_group_membership_citizen ON target_group_membership (tenant_id, citizen_id);

-- Citizens whose membership must be worked out again before the next count. No foreign keys here or above: a
-- citizen's deletion cascades to their enrolments, whose triggers mark them stale; the refresh then finds nothing.
CREATE TABLE target_group_stale (
  tenant_id   uuid NOT NULL,
  citizen_id  uuid NOT NULL,
  PRIMARY KEY (tenant_id, citizen_id)
);

-- What the stored membership was worked out with: the rules' fingerprint and the year open-ended offers run up to.
-- When either differs from the running code's, every citizen of the tenant is worked out again.
CREATE TABLE target_group_build (
  tenant_id   uuid PRIMARY KEY,
  basis       text NOT NULL,
  built_at    timestamptz NOT NULL
);

CREATE FUNCTION mestring_target_group_mark(p_tenant uuid, p_citizen uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO target_group_stale (tenant_id, citizen_id) VALUES (p_tenant, p_citizen) ON CONFLICT DO NOTHING
$$;

-- Enrolments and granted services carry the citizen; a change to either marks the citizen (both, if it moved).
CREATE FUNCTION mestring_target_group_mark_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM mestring_target_group_mark(OLD.tenant_id, OLD.citizen_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM mestring_target_group_mark(NEW.tenant_id, NEW.citizen_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER enrolment_target_group AFTER INSERT OR UPDATE OR DELETE ON enrolment
  FOR EACH ROW EXECUTE FUNCTION mestring_target_group_mark_row();
CREATE TRIGGER granted_service_target_group AFTER INSERT OR UPDATE OR DELETE ON granted_service
  FOR EACH ROW EXECUTE FUNCTION mestring_target_group_mark_row();
-- A referral moved to another citizen or offer (not done today, but the rows would follow it).
CREATE TRIGGER referral_target_group AFTER UPDATE OF citizen_id, offer_id ON referral
  FOR EACH ROW WHEN (OLD.citizen_id IS DISTINCT FROM NEW.citizen_id OR OLD.offer_id IS DISTINCT FROM NEW.offer_id)
  EXECUTE FUNCTION mestring_target_group_mark_row();
-- Age decides between the adult and the youth row.
CREATE TRIGGER citizen_target_group AFTER UPDATE OF birth_date ON citizen
  FOR EACH ROW WHEN (OLD.birth_date IS DISTINCT FROM NEW.birth_date)
  EXECUTE FUNCTION mestring_target_group_mark_row();

-- A referral counts in the years it was accepted, started or completed: only those events mark its citizen.
CREATE FUNCTION mestring_target_group_mark_referral_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO target_group_stale (tenant_id, citizen_id)
    SELECT r.tenant_id, r.citizen_id FROM referral r WHERE r.tenant_id = NEW.tenant_id AND r.referral_id = NEW.referral_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER referral_event_target_group AFTER INSERT ON referral_event
  FOR EACH ROW WHEN (NEW.to_state IN ('accepted', 'started', 'completed'))
  EXECUTE FUNCTION mestring_target_group_mark_referral_event();

-- An offer's paragraph, type or name decides the row of its referrals and of the services granted under it.
CREATE FUNCTION mestring_target_group_mark_offer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO target_group_stale (tenant_id, citizen_id)
    SELECT DISTINCT x.tenant_id, x.citizen_id FROM (
      SELECT r.tenant_id, r.citizen_id FROM referral r WHERE r.tenant_id = NEW.tenant_id AND r.offer_id = NEW.offer_id
      UNION ALL
      SELECT s.tenant_id, s.citizen_id FROM granted_service s WHERE s.tenant_id = NEW.tenant_id AND s.offer_id = NEW.offer_id
    ) x
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER offer_target_group AFTER UPDATE OF legal_basis, offer_type, name ON offer
  FOR EACH ROW WHEN (OLD.legal_basis IS DISTINCT FROM NEW.legal_basis OR OLD.offer_type IS DISTINCT FROM NEW.offer_type OR OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION mestring_target_group_mark_offer();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['target_group_membership', 'target_group_stale', 'target_group_build'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO mestring_app', t);
  END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION mestring_target_group_mark(uuid, uuid) TO mestring_app;
