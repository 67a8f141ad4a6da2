-- 0003: every audit entry about a case digests its reviews and its documents' prints;
-- without these indexes each of those lookups scanned the whole table.
CREATE INDEX reviews_case ON reviews(case_id);
CREATE INDEX document_prints_document ON document_prints(document_id);
