-- What an outbox row carries (0 information, 1 a repeated hint or question, 2 safety advice, 3 the flood line), so
-- that a chat's backlog can be coalesced where rows are written: a newer repeat replaces the waiting ones.
ALTER TABLE outbox ADD COLUMN kind bigint NOT NULL DEFAULT 0;

-- One row per chat that has written to us: its inbound rate window, and the backlog burst it may be in. Kept in the
-- database so that a restart does not reset a chat's counters mid-burst.
CREATE TABLE chat_floods (
    chat_id       bigint PRIMARY KEY,
    window_start  bigint NOT NULL,            -- Unix ms: when the current inbound window began
    window_count  bigint NOT NULL,            -- messages received in it
    line_at       bigint NULL,                -- Unix ms: when the flood line was last queued
    burst         bigint NOT NULL DEFAULT 0,  -- 1 while a backlog lasts: repeats coalesce, the line has been said
    capped        bigint NOT NULL DEFAULT 0   -- 1 once the backlog reached the cap in this burst (logged once)
);
