-- The audit log is read newest first by seq (keyset pages) for one citizen ("Hvem har set mine oplysninger?",
-- the right-of-access export) or one actor (the administrator's filter). Indexes ordered by occurred_at made
-- PostgreSQL read and sort every entry of a citizen before returning the first page; these serve the page
-- directly from the index, however long the citizen's history is.
DROP INDEX IF EXISTS audit_event_citizen;
DROP INDEX IF EXISTS audit_event_actor;
CREATE INDEX audit_event_citizen_seq ON audit_event (tenant_id, citizen_id, seq) WHERE citizen_id IS NOT NULL;
CREATE INDEX audit_event_actor_seq ON audit_event (tenant_id, actor_user_id, seq);
