-- Things done at most once, by key: a reminder slot ("reminder:<chat>:<slot unix ms>") is claimed in the same
-- transaction as the reminder it sends, so a slot fired twice (a restart, a misfire, a second instance) sends once.
CREATE TABLE claims (
    key         text   PRIMARY KEY,
    claimed_at  bigint NOT NULL
);
