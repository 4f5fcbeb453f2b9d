-- Per-channel state that must outlive the process: sessions, refreshed tokens, credential expiry.
-- Values flagged secret are registered for redaction whenever they are read.
CREATE TABLE channel_secret_state (
  channel_id VARCHAR NOT NULL,
  state_key  VARCHAR NOT NULL,
  state_value VARCHAR NOT NULL,
  secret     BOOLEAN NOT NULL DEFAULT TRUE,
  expires_at TIMESTAMP WITH TIME ZONE,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (channel_id, state_key)
);
