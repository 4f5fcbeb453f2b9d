-- WebSub subscriptions, one per source whose feed names a hub. The hub calls back at
-- <publicBaseUrl>/websub/<callback_id> (random, unguessable) and signs every delivery with
-- secret (HMAC). state: pending (asked, not yet verified), verified (lease running until
-- expires_at), unsubscribing (the source is gone; the row goes when the hub confirms),
-- denied (the hub refused; reason in last_error).
CREATE TABLE websub_subscription (
  source_id      VARCHAR(200) PRIMARY KEY,
  callback_id    VARCHAR(64) NOT NULL,
  hub_url        VARCHAR(2000) NOT NULL,
  topic_url      VARCHAR(2000) NOT NULL,
  secret         VARCHAR(128) NOT NULL,
  state          VARCHAR(16) NOT NULL,
  lease_seconds  BIGINT,
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  verified_at    TIMESTAMP WITH TIME ZONE,
  expires_at     TIMESTAMP WITH TIME ZONE,
  last_delivery_at TIMESTAMP WITH TIME ZONE,
  last_error     VARCHAR(2000)
);
CREATE UNIQUE INDEX websub_subscription_callback ON websub_subscription (callback_id);
