-- 0001: the case log of one window PC.
-- Dates are ISO text (YYYY-MM-DD), timestamps ISO text in local time with offset.
-- Statuses and codes are the StrEnum values of counterdesk.domain.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE windows (
    id         TEXT PRIMARY KEY,            -- e.g. 'W07', printed in tracking numbers
    name       TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash   TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

-- Every imported guide version; a case points at the version in force when received.
CREATE TABLE catalog_items (
    code        TEXT NOT NULL,
    version     TEXT NOT NULL,
    name        TEXT NOT NULL,
    department  TEXT NOT NULL,
    body        TEXT NOT NULL,               -- the item as JSON (see store/catalog_repo.py)
    source_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE calendar_overrides (
    day        TEXT PRIMARY KEY,
    workday    INTEGER NOT NULL CHECK (workday IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);

-- Gap-free tracking numbers per window and day.
CREATE TABLE tracking_counters (
    window_id TEXT NOT NULL REFERENCES windows(id),
    day       TEXT NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (window_id, day)
);

-- 首问登记: every contact, owned by its first-responsible clerk until closed.
CREATE TABLE cases (
    id             TEXT PRIMARY KEY,         -- UUID, stable across exports
    tracking_no    TEXT NOT NULL UNIQUE,
    window_id      TEXT NOT NULL REFERENCES windows(id),
    owner_id       INTEGER NOT NULL REFERENCES users(id),
    purpose        TEXT NOT NULL,            -- consult | apply | complaint | help
    channel        TEXT NOT NULL,            -- onsite | appointment | extended | home | green
    queue_ticket   TEXT NOT NULL DEFAULT '',
    applicant_kind TEXT NOT NULL CHECK (applicant_kind IN ('person', 'org')),
    applicant_name TEXT NOT NULL,
    id_type        TEXT NOT NULL DEFAULT '',
    id_number      TEXT NOT NULL DEFAULT '',
    id_warning     TEXT NOT NULL DEFAULT '', -- reason code the clerk confirmed past
    phone          TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    item_code      TEXT,
    item_version   TEXT,
    status         TEXT NOT NULL,
    registered_at  TEXT NOT NULL,
    received_on    TEXT,                     -- first submission of materials
    accepted_on    TEXT,
    promised_date  TEXT,
    closed_at      TEXT,
    result         TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    FOREIGN KEY (item_code, item_version) REFERENCES catalog_items(code, version)
);
CREATE INDEX cases_owner_status ON cases(owner_id, status);
CREATE INDEX cases_registered ON cases(registered_at);
CREATE INDEX cases_status ON cases(status);

-- One visit with materials; a return with supplements is a new submission of the same case.
CREATE TABLE submissions (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id),
    seq              INTEGER NOT NULL,
    received_on      TEXT NOT NULL,
    answers          TEXT NOT NULL DEFAULT '{}',
    permit_required  INTEGER NOT NULL DEFAULT 1,
    in_jurisdiction  INTEGER NOT NULL DEFAULT 1,
    competent_office TEXT NOT NULL DEFAULT '',
    clerk_id         INTEGER NOT NULL REFERENCES users(id),
    created_at       TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

CREATE TABLE material_checks (
    id              TEXT PRIMARY KEY,
    submission_id   TEXT NOT NULL REFERENCES submissions(id),
    material_id     TEXT NOT NULL,
    name            TEXT NOT NULL,
    form            TEXT NOT NULL,
    required_copies INTEGER NOT NULL,
    received        INTEGER NOT NULL CHECK (received IN (0, 1)),
    copies          INTEGER,
    pages           INTEGER,
    issued_on       TEXT,
    defects         TEXT NOT NULL DEFAULT '[]',
    corrected       TEXT NOT NULL DEFAULT '[]',
    UNIQUE (submission_id, material_id)
);

CREATE TABLE decisions (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id),
    submission_id    TEXT REFERENCES submissions(id),
    outcome          TEXT NOT NULL,          -- accept | supplement | reject (an escalation is a case_events row)
    reason           TEXT NOT NULL DEFAULT '',
    competent_office TEXT NOT NULL DEFAULT '',
    problems         TEXT NOT NULL DEFAULT '[]',
    notice_due       TEXT,
    promised_date    TEXT,
    decided_on       TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    clerk_id         INTEGER NOT NULL REFERENCES users(id),
    first_visit      INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_case ON decisions(case_id);

-- Document numbers (文号): per type and year, never reused, never skipped.
CREATE TABLE doc_counters (
    doc_type TEXT NOT NULL,
    year     INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (doc_type, year)
);

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    decision_id TEXT REFERENCES decisions(id),
    doc_type    TEXT NOT NULL,
    doc_no      TEXT NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    issued_at   TEXT NOT NULL,
    clerk_id    INTEGER NOT NULL REFERENCES users(id),
    body        TEXT NOT NULL,               -- the document data as JSON: prints are rebuilt from it
    UNIQUE (doc_type, year, seq)
);
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE document_prints (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    printed_at  TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    reprint     INTEGER NOT NULL CHECK (reprint IN (0, 1)),
    target      TEXT NOT NULL DEFAULT ''     -- printer name or saved file
);

-- The case timeline beyond submissions and decisions: referrals (转办), completion (办结),
-- ratings (好差评), escalations (窗口否决报备), reviews, notes.
CREATE TABLE case_events (
    id       TEXT PRIMARY KEY,
    case_id  TEXT NOT NULL REFERENCES cases(id),
    at       TEXT NOT NULL,
    user_id  INTEGER REFERENCES users(id),
    kind     TEXT NOT NULL,
    details  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events(case_id);

-- The supervisors' review queue: rejections, escalations, bad ratings, overdue cases,
-- late notices, second notices adding problems.
CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    kind        TEXT NOT NULL,
    subject_id  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    due_on      TEXT,
    status      TEXT NOT NULL DEFAULT 'open',   -- open | confirmed | overturned
    reviewer_id INTEGER REFERENCES users(id),
    decided_at  TEXT,
    comment     TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, subject_id)
);
CREATE INDEX reviews_status ON reviews(status);

-- Append-only, hash-chained audit log: each entry's hash covers the previous hash.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  INTEGER,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details   TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

-- The unfinished intake of each clerk, offered back after a crash.
CREATE TABLE drafts (
    user_id  INTEGER PRIMARY KEY REFERENCES users(id),
    saved_at TEXT NOT NULL,
    body     TEXT NOT NULL
);
