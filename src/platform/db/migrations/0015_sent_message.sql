-- Text messages and e-mails handed to a transport. In demo and tests the transport is this table itself (the local
-- sink: nothing leaves the machine); with a real transport only the fact is kept, never the text. One row per outbox
-- message and channel, so a message delivered twice (at-least-once) is stored once.
CREATE TABLE sent_message (
  tenant_id    uuid NOT NULL REFERENCES tenant (tenant_id),
  message_id   uuid NOT NULL,
  channel      text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient    text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 320),
  -- The user the message is for, when it is one (the coordinator's list of what was sent to whom).
  user_id      uuid,
  subject      text,
  body         text,
  transport    text NOT NULL CHECK (transport IN ('sink', 'smtp', 'sms-gateway')),
  sent_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, message_id, channel)
);
CREATE INDEX sent_message_user ON sent_message (tenant_id, user_id, sent_at);

ALTER TABLE sent_message ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sent_message USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant());
GRANT SELECT, INSERT ON sent_message TO mestring_app;
