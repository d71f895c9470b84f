-- Leases between bot processes sharing this database: a named role one process holds at a time (the outbox sender,
-- so that Telegram's limits are kept across all of them), and each chat's inbox, applied by one process at a time.
-- A lease runs out at "until" (Unix ms) unless its owner renews it, so a killed process's work moves to a live one.
CREATE TABLE leases (
    name   text   PRIMARY KEY,
    owner  text   NOT NULL,
    until  bigint NOT NULL
);

CREATE TABLE chat_leases (
    chat_id  bigint PRIMARY KEY,
    owner    text   NOT NULL,
    until    bigint NOT NULL
);
CREATE INDEX chat_leases_by_owner ON chat_leases (owner);

-- A due rest timer is claimed by one process until this instant (Unix ms) and cleared once its nudge is handled; a
-- claim that runs out (its process died) is taken by another.
ALTER TABLE dialog_states ADD COLUMN rest_claimed_until bigint NULL;
