-- 0009: each account's own desk preferences (interface language, the document preview's
-- size, the default A4 and 80 mm slip printers), so a clerk's choice follows the clerk and
-- never changes the desk for whoever signs in next at the same PC. One row per preference
-- set; a missing row means the program's default. The rows belong to their account: the
-- audit records them with the user (store/state_digest.py).
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL REFERENCES users(id),
    key     TEXT NOT NULL
            CHECK (key IN ('language', 'preview_size', 'printer_a4', 'printer_slip')),
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
