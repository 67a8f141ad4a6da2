-- 0007: the log and "my cases" answer at once with a million cases, and both find a case by
-- what the clerk types: part of the applicant's name, the ID number (whole or its last four),
-- the phone, the tracking number or a document number (文号).

-- Every log filter on one column, combined with a status and read newest first.
CREATE INDEX cases_window_status ON cases(window_id, status, registered_at);
CREATE INDEX cases_item_status ON cases(item_code, status, registered_at);
DROP INDEX cases_owner_status;
CREATE INDEX cases_owner_status ON cases(owner_id, status, registered_at);
-- The log sorts by item and by promised date with the cases that have none first (ascending)
-- or last (descending), and pages on by (key, registered_at, rowid).
CREATE INDEX cases_item_sort ON cases(ifnull(item_code, ''), registered_at);
CREATE INDEX cases_promised_sort ON cases(ifnull(promised_date, ''), registered_at);
-- "Has a decision with this outcome", checked case by case while the log is read in order.
DROP INDEX decisions_case;
CREATE INDEX decisions_case_outcome ON decisions(case_id, outcome);

-- Exact look-ups of the search.
CREATE INDEX cases_id_number ON cases(id_number);
CREATE INDEX cases_id_last4 ON cases(substr(id_number, -4));
CREATE INDEX cases_phone ON cases(phone);

-- Part of a name: every piece of one to three characters of each applicant's name (ASCII
-- letters lowercased), so a search reads the cases holding its first three characters instead
-- of every name. Triggers keep it for every writer (the desk, a bulk load). It only narrows a
-- search: the search still compares each case's own name, so an entry left by a renamed case
-- finds nothing. `case_rowid` is the case's rowid, which the online backup copies and VACUUM
-- keeps (tests/store/test_case_search_repo.py checks a vacuumed database).
CREATE TABLE case_name_terms (
    term       TEXT NOT NULL,
    case_rowid INTEGER NOT NULL,
    PRIMARY KEY (term, case_rowid)
) WITHOUT ROWID;

CREATE TRIGGER case_name_terms_insert AFTER INSERT ON cases
BEGIN
    INSERT OR IGNORE INTO case_name_terms (term, case_rowid)
    SELECT substr(lower(NEW.applicant_name), p.start, w.width), NEW.rowid
    FROM (WITH RECURSIVE n(start) AS (SELECT 1 UNION ALL SELECT start + 1 FROM n
                                      WHERE start < length(NEW.applicant_name))
          SELECT start FROM n) AS p,
         (SELECT 1 AS width UNION ALL SELECT 2 UNION ALL SELECT 3) AS w
    WHERE p.start + w.width - 1 <= length(NEW.applicant_name);
END;

CREATE TRIGGER case_name_terms_rename AFTER UPDATE OF applicant_name ON cases
WHEN NEW.applicant_name IS NOT OLD.applicant_name
BEGIN
    INSERT OR IGNORE INTO case_name_terms (term, case_rowid)
    SELECT substr(lower(NEW.applicant_name), p.start, w.width), NEW.rowid
    FROM (WITH RECURSIVE n(start) AS (SELECT 1 UNION ALL SELECT start + 1 FROM n
                                      WHERE start < length(NEW.applicant_name))
          SELECT start FROM n) AS p,
         (SELECT 1 AS width UNION ALL SELECT 2 UNION ALL SELECT 3) AS w
    WHERE p.start + w.width - 1 <= length(NEW.applicant_name);
END;

INSERT OR IGNORE INTO case_name_terms (term, case_rowid)
SELECT substr(lower(c.applicant_name), p.start, w.width), c.rowid
FROM cases AS c,
     (WITH RECURSIVE n(start) AS (SELECT 1 UNION ALL SELECT start + 1 FROM n
                                  WHERE start < (SELECT ifnull(max(length(applicant_name)), 0)
                                                 FROM cases))
      SELECT start FROM n) AS p,
     (SELECT 1 AS width UNION ALL SELECT 2 UNION ALL SELECT 3) AS w
WHERE p.start + w.width - 1 <= length(c.applicant_name);
