-- The same tables as Postgres/0010, so that both schemas stay one (and a copy moves every table). With SQLite there
-- is one bot process: nothing writes a lease, and the rest timers stay in process.
CREATE TABLE leases (
    name   TEXT    PRIMARY KEY,
    owner  TEXT    NOT NULL,
    until  INTEGER NOT NULL
);

CREATE TABLE chat_leases (
    chat_id  INTEGER PRIMARY KEY,
    owner    TEXT    NOT NULL,
    until    INTEGER NOT NULL
);
CREATE INDEX chat_leases_by_owner ON chat_leases (owner);

ALTER TABLE dialog_states ADD COLUMN rest_claimed_until INTEGER NULL;
