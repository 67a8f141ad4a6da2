-- 0004: a year's State Council holiday schedule is stored as a whole, apart from the hall's
-- own overrides (closures), so that declaring a year again replaces it completely and the
-- audit chain digests it as part of the calendar (it used to sit in settings, unaudited).
CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1901 AND 2099),
    source TEXT NOT NULL DEFAULT '',
    declared_by INTEGER REFERENCES users(id),
    declared_at TEXT NOT NULL
);
CREATE TABLE calendar_year_days (
    day TEXT PRIMARY KEY,
    year INTEGER NOT NULL REFERENCES calendar_years(year) ON DELETE CASCADE,
    workday INTEGER NOT NULL CHECK (workday IN (0, 1))
);
CREATE INDEX calendar_year_days_year ON calendar_year_days(year);
-- Years declared before this version: their days stay in calendar_overrides.
INSERT INTO calendar_years (year, source, declared_at)
    WITH RECURSIVE split(rest, year) AS (
        SELECT (SELECT value FROM settings WHERE key = 'calendar_declared_years') || ',', NULL
        UNION ALL
        SELECT substr(rest, instr(rest, ',') + 1), CAST(substr(rest, 1, instr(rest, ',') - 1)
                                                        AS INTEGER)
        FROM split WHERE rest <> ''
    )
    SELECT year, 'settings', '' FROM split WHERE year BETWEEN 1901 AND 2099;
DELETE FROM settings WHERE key = 'calendar_declared_years';
