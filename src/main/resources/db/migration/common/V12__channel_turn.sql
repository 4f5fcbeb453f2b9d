-- In a cluster each channel is published by one node at a time: the node whose turn it is holds this
-- row until its pass ends, it dies (its heartbeat in herald_node goes stale) or the turn expires.
CREATE TABLE channel_turn (
  channel_id VARCHAR PRIMARY KEY,
  node_id VARCHAR NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
