-- 0005: 行政许可法 art. 82 excludes only statutory holidays, so a hall closure never moves a
-- statutory date; whether it moves the hall's own promised dates is the administrator's
-- choice, kept per override. An override without a row here predates the choice and moves
-- promised dates, as it did before.
CREATE TABLE calendar_override_effects (
    day TEXT PRIMARY KEY REFERENCES calendar_overrides(day) ON DELETE CASCADE,
    moves_promised INTEGER NOT NULL CHECK (moves_promised IN (0, 1))
);
