-- A trainee who blocked the bot (403) is inactive until their next /start.
ALTER TABLE trainees ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

-- The last update applied to a chat, written in the same UPDATE as the state it caused. Update ids only grow and
-- a chat's updates are applied in order, so an update at or below it has been applied before.
ALTER TABLE dialog_states ADD COLUMN last_update_id INTEGER NULL;

-- Update ids applied without a chat state to carry them (a group chat's message), same transaction as their replies.
CREATE TABLE processed_updates (
    update_id     INTEGER PRIMARY KEY,
    processed_at  INTEGER NOT NULL
);

-- Requests to send, written in the same transaction as the state change; sent in id order per chat.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id     INTEGER NOT NULL,
    method      TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX outbox_by_chat ON outbox (chat_id, id);

-- Requests Telegram refused as malformed (400): kept for a developer to read, never retried.
CREATE TABLE dead_letters (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    method      TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    error       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    failed_at   INTEGER NOT NULL
);

-- Small named values of the bot itself, such as the getUpdates offset.
CREATE TABLE bot_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
