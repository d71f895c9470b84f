-- The same schema as Sqlite/0001, in PostgreSQL's types: every integer is bigint (SQLite's integers are 64-bit, and
-- instants are Unix ms), flags are 0/1 integers and documents are text, so that the repositories' SQL is shared and
-- a copy from SQLite moves every value as it is.

-- Trainees: the profile people gave us, one row per chat.
CREATE TABLE trainees (
    chat_id       bigint PRIMARY KEY,
    goal          text   NULL,
    bands         text   NULL,               -- JSON array, lightest first; NULL = not asked yet
    days          bigint NOT NULL DEFAULT 0, -- bit set, Monday = 1 ... Sunday = 64
    train_at      text   NULL,               -- local time of day, HH:mm
    time_zone     text   NULL,               -- IANA id or UTC offset
    paused        bigint NOT NULL DEFAULT 0,
    onboarded_at  bigint NULL,               -- Unix ms, UTC
    created_at    bigint NOT NULL,
    updated_at    bigint NOT NULL
);

-- Where each conversation stands; row_version guards against lost updates. The state is JSON kept as text: it is
-- read and written whole, never queried inside, and text keeps it byte for byte as written.
CREATE TABLE dialog_states (
    chat_id         bigint PRIMARY KEY REFERENCES trainees (chat_id) ON DELETE CASCADE,
    schema_version  bigint NOT NULL,
    row_version     bigint NOT NULL,
    state           text   NOT NULL,
    updated_at      bigint NOT NULL
);

CREATE TABLE sessions (
    chat_id      bigint NOT NULL REFERENCES trainees (chat_id) ON DELETE CASCADE,
    session_no   bigint NOT NULL,
    program      text   NOT NULL,
    label        text   NOT NULL,
    started_at   bigint NOT NULL,
    finished_at  bigint NULL,
    completed    bigint NULL,
    PRIMARY KEY (chat_id, session_no)
);

CREATE TABLE set_logs (
    chat_id      bigint NOT NULL,
    session_no   bigint NOT NULL,
    exercise_id  text   NOT NULL,
    variant_id   text   NULL,
    set_no       bigint NOT NULL,
    unit         text   NOT NULL,
    target_min   bigint NOT NULL,
    target_max   bigint NOT NULL,
    done         bigint NULL,                -- NULL = skipped
    band         text   NULL,
    difficulty   text   NOT NULL,
    logged_at    bigint NOT NULL,
    PRIMARY KEY (chat_id, session_no, exercise_id, set_no),
    FOREIGN KEY (chat_id, session_no) REFERENCES sessions (chat_id, session_no) ON DELETE CASCADE
);
