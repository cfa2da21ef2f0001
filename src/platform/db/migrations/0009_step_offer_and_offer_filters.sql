-- A step in the citizen's plan can be "use this offer": the step keeps the offer it came from, so the plan links to it.
ALTER TABLE step ADD COLUMN offer_id uuid;
ALTER TABLE step ADD CONSTRAINT step_offer FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id);

-- The catalogue's filters on arrays (target groups, life domains, accessibility) use GIN indexes, so a filter
-- without words does not read every offer.
CREATE INDEX offer_target_groups ON offer USING gin (target_groups);
CREATE INDEX offer_life_domains ON offer USING gin (life_domains);
CREATE INDEX offer_accessibility ON offer USING gin (accessibility);
