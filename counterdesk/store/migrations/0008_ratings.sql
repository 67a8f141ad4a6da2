-- 0008: 好差评 by the applicant (国办发〔2019〕51号): one rating per service event, the clerk
-- records only 未评价, bad ratings are followed up (回访, 整改) and appealed (申诉复核).
--
-- A rating stays what it always was, an audited case event of kind 'rating' (the timeline,
-- the export and the audit digests read it there). From this version its details also name
-- the service event it rates ("service": 'register:<case>', 'decision:<id>',
-- 'completion:<event>' or 'close:<event>'), its source ('applicant' on the rating screen,
-- 'clerk' for 未评价) and the reasons of a bad rating. The follow-up steps are case events of
-- kinds 'rating_visit', 'rating_rectification' and 'rating_appeal' whose details name the
-- rating ("rating_event": its event id).
--
-- Ratings recorded before this version were entered by the clerk and name no service: they
-- are left exactly as recorded and audited (rewriting them would make every rated case read
-- as changed outside the program). The statistics count the first of them per case, so a
-- case rated several times counts once, as a case of one service would.

-- One rating per service event, enforced by the database for every writer.
CREATE UNIQUE INDEX case_events_rating_service
    ON case_events(json_extract(details, '$.service'))
    WHERE kind = 'rating' AND json_extract(details, '$.service') IS NOT NULL;

-- The follow-up steps of one rating, and the ratings of a period, read without a scan.
CREATE INDEX case_events_rating_steps
    ON case_events(json_extract(details, '$.rating_event'), kind)
    WHERE json_extract(details, '$.rating_event') IS NOT NULL;
CREATE INDEX case_events_kind_case ON case_events(kind, case_id);
