-- Trainees: the profile people gave us, one row per chat.
CREATE TABLE trainees (
    chat_id       INTEGER PRIMARY KEY,
    goal          TEXT    NULL,
    bands         TEXT    NULL,              -- JSON array, lightest first; NULL = not asked yet
    days          INTEGER NOT NULL DEFAULT 0, -- bit set, Monday = 1 ... Sunday = 64
    train_at      TEXT    NULL,              -- local time of day, HH:mm
    time_zone     TEXT    NULL,              -- IANA id or UTC offset
    paused        INTEGER NOT NULL DEFAULT 0,
    onboarded_at  INTEGER NULL,              -- Unix ms, UTC
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

-- Where each conversation stands; row_version guards against lost updates.
CREATE TABLE dialog_states (
    chat_id         INTEGER PRIMARY KEY REFERENCES trainees (chat_id) ON DELETE CASCADE,
    schema_version  INTEGER NOT NULL,
    row_version     INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE sessions (
    chat_id      INTEGER NOT NULL REFERENCES trainees (chat_id) ON DELETE CASCADE,
    session_no   INTEGER NOT NULL,
    program      TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER NULL,
    completed    INTEGER NULL,
    PRIMARY KEY (chat_id, session_no)
);

CREATE TABLE set_logs (
    chat_id      INTEGER NOT NULL,
    session_no   INTEGER NOT NULL,
    exercise_id  TEXT    NOT NULL,
    variant_id   TEXT    NULL,
    set_no       INTEGER NOT NULL,
    unit         TEXT    NOT NULL,
    target_min   INTEGER NOT NULL,
    target_max   INTEGER NOT NULL,
    done         INTEGER NULL,               -- NULL = skipped
    band         TEXT    NULL,
    difficulty   TEXT    NOT NULL,
    logged_at    INTEGER NOT NULL,
    PRIMARY KEY (chat_id, session_no, exercise_id, set_no),
    FOREIGN KEY (chat_id, session_no) REFERENCES sessions (chat_id, session_no) ON DELETE CASCADE
);
