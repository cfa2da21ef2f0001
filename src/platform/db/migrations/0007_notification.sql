-- In-app notices ("Min side"): the loop of a referral closed back to its sender and the citizen. A notice is written
-- by an outbox handler after the change committed; `source_message_id` makes the handler idempotent (the outbox
-- delivers at least once). The text is composed when read, in the reader's language, from `kind` and `payload`;
-- the payload holds no more than the text needs.
CREATE TABLE notification (
  tenant_id          uuid NOT NULL REFERENCES tenant (tenant_id),
  notification_id    uuid NOT NULL,
  user_id            uuid NOT NULL,
  -- e.g. 'referral.changed'
  kind               text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  payload            jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The app page the notice leads to.
  link               text CHECK (length(link) <= 300),
  created_at         timestamptz NOT NULL,
  read_at            timestamptz,
  source_message_id  uuid NOT NULL,
  PRIMARY KEY (tenant_id, notification_id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, user_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX notification_once ON notification (tenant_id, source_message_id, user_id);
CREATE INDEX notification_user ON notification (tenant_id, user_id, created_at);

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON notification TO mestring_app;
