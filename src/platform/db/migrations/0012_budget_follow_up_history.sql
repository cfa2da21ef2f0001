-- Budget follow-ups keep their history (DOMAIN §5.7). A follow-up is a saved snapshot; finance may take it again for
-- the same step only on purpose (an explicit replace), and the earlier snapshot then stays, marked as replaced by the
-- new one. So at most one snapshot per year and step is current, and any number are history.
ALTER TABLE budget_follow_up DROP CONSTRAINT budget_follow_up_tenant_id_year_step_key_key;
ALTER TABLE budget_follow_up ADD COLUMN replaced_at timestamptz;
-- The follow-up that replaced this one. The old one is marked before the new one is saved (only one may be current), so
-- the reference is checked at commit.
ALTER TABLE budget_follow_up ADD COLUMN replaced_by uuid;
ALTER TABLE budget_follow_up ADD CONSTRAINT budget_follow_up_replacement
  FOREIGN KEY (tenant_id, replaced_by) REFERENCES budget_follow_up (tenant_id, follow_up_id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE budget_follow_up ADD CONSTRAINT budget_follow_up_replaced_together CHECK ((replaced_at IS NULL) = (replaced_by IS NULL));
CREATE UNIQUE INDEX budget_follow_up_current ON budget_follow_up (tenant_id, year, step_key) WHERE replaced_at IS NULL;
