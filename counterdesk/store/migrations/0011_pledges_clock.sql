-- 0011: what happens to an application around and after acceptance.
-- 容缺受理 / 告知承诺: a material promised for later on a signed pledge, or replaced by a
-- signed commitment the office verifies afterwards; each is tracked until settled.
CREATE TABLE pledges (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL CHECK (kind IN ('tolerance', 'commitment')),
    material_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'fulfilled', 'broken')),
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    settled_at  TEXT,
    settled_by  INTEGER REFERENCES users(id),
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, material_id)
);
CREATE INDEX pledges_open ON pledges(state, due_on);

-- 行政许可法 art. 42 extensions and art. 45 periods not counted, in the order recorded.
-- `base_promised` is the promised date before any change, so a recomputed calendar
-- (a declared year) can apply the changes again.
CREATE TABLE clock_changes (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases(id),
    kind          TEXT NOT NULL CHECK (kind IN ('extension', 'pause')),
    days          INTEGER,                  -- extension: working days added
    pause_kind    TEXT,                     -- pause: hearing | tender | testing | ...
    start_on      TEXT NOT NULL,            -- extension: the day decided; pause: first day
    end_on        TEXT,                     -- pause: last day (NULL while the clock is stopped)
    expected_end  TEXT,                     -- pause: the day it is expected to end (art. 45)
    approved_by   TEXT NOT NULL DEFAULT '', -- extension: the head who approved
    reasons       TEXT NOT NULL DEFAULT '',
    base_promised TEXT NOT NULL,
    recorded_by   INTEGER NOT NULL REFERENCES users(id),
    recorded_at   TEXT NOT NULL
);
CREATE INDEX clock_changes_case ON clock_changes(case_id);

-- 失信: a supervisor-set flag on an applicant's ID number; such applicants can use neither
-- 容缺受理 nor 告知承诺. Clearing keeps the row (cleared_at) for the record.
CREATE TABLE applicant_flags (
    id         TEXT PRIMARY KEY,
    id_number  TEXT NOT NULL,
    name       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    set_by     INTEGER NOT NULL REFERENCES users(id),
    set_at     TEXT NOT NULL,
    cleared_by INTEGER REFERENCES users(id),
    cleared_at TEXT
);
CREATE INDEX applicant_flags_number ON applicant_flags(id_number, cleared_at);
