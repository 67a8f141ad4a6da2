-- 0002: change tracking for incremental exports, and the indexes of the supervisors' log.
-- Every exported table gets `row_version`, set from one global counter whenever a row is
-- inserted or changed, so an export batch is "every row with a version above the last
-- batch's high-water mark" and merging batches in order never loses or repeats a row.
-- A bulk writer may insert rows with versions it reserved from the counter itself
-- (row_version > 0); the insert trigger numbers only rows inserted with 0.

CREATE TABLE change_counter (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
-- Rows that exist before this migration all carry version 1: the first batch takes them.
INSERT INTO change_counter (id, value) VALUES (1, 1);

-- One row per export batch: the versions it covers (after_version, high_version].
CREATE TABLE export_batches (
    batch_no      INTEGER PRIMARY KEY,
    source_id     TEXT NOT NULL,
    after_version INTEGER NOT NULL,
    high_version  INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    actor_id      INTEGER REFERENCES users(id),
    full_ids      INTEGER NOT NULL CHECK (full_ids IN (0, 1)),
    row_count     INTEGER NOT NULL,
    folder        TEXT NOT NULL
);

ALTER TABLE cases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE cases SET row_version = 1;
CREATE INDEX cases_row_version ON cases(row_version);
CREATE TRIGGER cases_version_insert AFTER INSERT ON cases WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE cases SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER cases_version_update AFTER UPDATE ON cases WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE cases SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE submissions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE submissions SET row_version = 1;
CREATE INDEX submissions_row_version ON submissions(row_version);
CREATE TRIGGER submissions_version_insert AFTER INSERT ON submissions WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE submissions SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER submissions_version_update AFTER UPDATE ON submissions WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE submissions SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE material_checks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE material_checks SET row_version = 1;
CREATE INDEX material_checks_row_version ON material_checks(row_version);
CREATE TRIGGER material_checks_version_insert AFTER INSERT ON material_checks WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE material_checks SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER material_checks_version_update AFTER UPDATE ON material_checks WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE material_checks SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE decisions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE decisions SET row_version = 1;
CREATE INDEX decisions_row_version ON decisions(row_version);
CREATE TRIGGER decisions_version_insert AFTER INSERT ON decisions WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE decisions SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER decisions_version_update AFTER UPDATE ON decisions WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE decisions SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE documents ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET row_version = 1;
CREATE INDEX documents_row_version ON documents(row_version);
CREATE TRIGGER documents_version_insert AFTER INSERT ON documents WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE documents SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER documents_version_update AFTER UPDATE ON documents WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE documents SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE case_events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE case_events SET row_version = 1;
CREATE INDEX case_events_row_version ON case_events(row_version);
CREATE TRIGGER case_events_version_insert AFTER INSERT ON case_events WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE case_events SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER case_events_version_update AFTER UPDATE ON case_events WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE case_events SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
ALTER TABLE reviews ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE reviews SET row_version = 1;
CREATE INDEX reviews_row_version ON reviews(row_version);
CREATE TRIGGER reviews_version_insert AFTER INSERT ON reviews WHEN NEW.row_version = 0
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE reviews SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER reviews_version_update AFTER UPDATE ON reviews WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    UPDATE reviews SET row_version = (SELECT value FROM change_counter WHERE id = 1)
     WHERE rowid = NEW.rowid;
END;

-- The log browser sorts by registration time under any one filter.
CREATE INDEX cases_window_registered ON cases(window_id, registered_at);
CREATE INDEX cases_owner_registered ON cases(owner_id, registered_at);
CREATE INDEX cases_item_registered ON cases(item_code, registered_at);
CREATE INDEX cases_status_registered ON cases(status, registered_at);
CREATE INDEX cases_status_promised ON cases(status, promised_date);
CREATE INDEX decisions_outcome_case ON decisions(outcome, case_id);
CREATE INDEX case_events_kind ON case_events(kind, case_id);
CREATE INDEX reviews_kind_status ON reviews(status, kind, created_at);
