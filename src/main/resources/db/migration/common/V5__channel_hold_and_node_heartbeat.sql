-- A channel that lost an answer is held (nothing more is claimed) until a cheap authenticated read
-- answers again; every node reads the hold here, so one outage costs at most one post in doubt.
ALTER TABLE channel_state ADD COLUMN held_reason VARCHAR;
ALTER TABLE channel_state ADD COLUMN held_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE channel_state ADD COLUMN probe_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE channel_state ADD COLUMN probe_failures INT NOT NULL DEFAULT 0;

-- Each running node writes its heartbeat here every few seconds; a node whose heartbeat is older
-- than the liveness window is dead, and the posts it was sending are recovered at once.
CREATE TABLE herald_node (
  node_id VARCHAR PRIMARY KEY,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
