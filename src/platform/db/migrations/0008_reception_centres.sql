-- Here-and-now support (DOMAIN §4.3, decision in docs/reception.md): which organisation units are reception centres,
-- and the short description that, with a first name or nickname, lets staff recognise an anonymous visitor.

-- A unit flagged here receives walk-ins and referrals; its staff, and the staff of the units below it, work with its
-- visits. The administrator sets it on the unit (Randers: Perron 4, Slotsgården, Gl. Hadsundvej 1).
ALTER TABLE org_unit ADD COLUMN is_reception_centre boolean NOT NULL DEFAULT false;

-- "Mads, grå hættetrøje, har hund med": the label keeps the name, this the description. Never a CPR number (the use
-- case refuses one). Both are removed when the visit is merged into a citizen record; the audit entry keeps them.
ALTER TABLE reception_visit ADD COLUMN anonymous_description text CHECK (length(anonymous_description) <= 200);

-- The follow-ups of one centre, due first.
CREATE INDEX reception_visit_centre_follow_up ON reception_visit (tenant_id, centre_unit_id, follow_up_due_on) WHERE follow_up_done_at IS NULL AND follow_up_due_on IS NOT NULL;

-- The weekly counts read a period of visits across the centres.
CREATE INDEX reception_visit_arrived ON reception_visit (tenant_id, arrived_at);
