-- OpenID Connect logins in progress: what the callback must check the provider's answer against.
-- A row is written when the browser is sent to the identity provider and consumed exactly once by the
-- callback (consumed_at), so a replayed callback finds nothing. Rows are kept until they expire, after
-- which a replay finds no row at all.
CREATE TABLE login_attempt (
  tenant_id      uuid NOT NULL REFERENCES tenant (tenant_id),
  -- SHA-256 of the state parameter: the state itself travels only in the browser and its binding cookie.
  state_hash     text NOT NULL,
  provider_id    text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  -- Where to go after login: a path on this site, checked before it is stored.
  return_path    text NOT NULL CHECK (return_path LIKE '/%'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  consumed_at    timestamptz,
  PRIMARY KEY (tenant_id, state_hash)
);
CREATE INDEX login_attempt_expiry ON login_attempt (tenant_id, expires_at);

ALTER TABLE login_attempt ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON login_attempt USING (tenant_id = mestring_current_tenant()) WITH CHECK (tenant_id = mestring_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON login_attempt TO mestring_app;
