-- One door for updates: every update Telegram hands over (a poll's batch, later a webhook's call) is stored here
-- first and confirmed only then; it is applied per chat in the order it came, and its row goes in the same
-- transaction as the turn it caused.
CREATE TABLE inbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    update_id    INTEGER NOT NULL UNIQUE,
    chat_id      INTEGER NOT NULL,
    payload      TEXT    NOT NULL,              -- the update as the Bot API's JSON
    received_at  INTEGER NOT NULL               -- Unix ms
);
CREATE INDEX inbox_by_chat ON inbox (chat_id, seq);

-- Every update applied, whatever order updates arrive in; pruned by age (Telegram keeps an update 24 hours at most).
CREATE TABLE applied_updates (
    update_id   INTEGER PRIMARY KEY,
    applied_at  INTEGER NOT NULL
);

INSERT INTO applied_updates (update_id, applied_at)
SELECT update_id, processed_at FROM processed_updates WHERE true
ON CONFLICT (update_id) DO NOTHING;

INSERT INTO applied_updates (update_id, applied_at)
SELECT last_update_id, updated_at FROM dialog_states WHERE last_update_id IS NOT NULL
ON CONFLICT (update_id) DO NOTHING;

DROP TABLE processed_updates;
ALTER TABLE dialog_states DROP COLUMN last_update_id;
