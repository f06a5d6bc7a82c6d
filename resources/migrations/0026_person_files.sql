-- Schema 26: per person the state of Privacydesk's own request files (issue 19). The retention
-- dashboard counts the persons whose requests were all answered, by the month their files expire
-- (the rule avg-verzoekdossiers runs from the last answer). Computed from cases alone that is an
-- aggregate over every request in the store (100 of 240 ms at 100,000 requests); kept here by the
-- triggers below it is a few index ranges whatever the store's size. DashboardService reads it
-- when the peildatum is on or after every receipt and answer in the store (today), and computes
-- from cases for an earlier peildatum. Nothing but these triggers writes the table.
--
-- open_requests: the person's requests not closed; last_answer: the latest answer date
-- (COALESCE(answered_on, date of closed_at), CaseQuery::closedDateSql) of the closed ones, NULL
-- while none is closed. A person without requests has no row.
--
-- A migration that rebuilds the cases table must create these triggers again (as 0011 and 0015
-- did for case_search). PostgreSQL (issue 21): the same table, the triggers as one trigger
-- function.
CREATE TABLE person_files (
    person_id     INTEGER PRIMARY KEY,
    open_requests INTEGER NOT NULL,
    last_answer   TEXT
);
CREATE INDEX person_files_answer ON person_files (last_answer, open_requests);

CREATE TRIGGER person_files_case_insert AFTER INSERT ON cases
BEGIN
    DELETE FROM person_files WHERE person_id = NEW.person_id;
    INSERT INTO person_files (person_id, open_requests, last_answer)
    SELECT c.person_id,
           sum(CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END),
           max(CASE WHEN c.closed_at IS NULL THEN NULL
                    ELSE COALESCE(c.answered_on, substr(c.closed_at, 1, 10)) END)
    FROM cases c WHERE c.person_id = NEW.person_id GROUP BY c.person_id;
END;

CREATE TRIGGER person_files_case_update
AFTER UPDATE OF person_id, answered_on, closed_at ON cases
BEGIN
    DELETE FROM person_files WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO person_files (person_id, open_requests, last_answer)
    SELECT c.person_id,
           sum(CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END),
           max(CASE WHEN c.closed_at IS NULL THEN NULL
                    ELSE COALESCE(c.answered_on, substr(c.closed_at, 1, 10)) END)
    FROM cases c WHERE c.person_id IN (OLD.person_id, NEW.person_id) GROUP BY c.person_id;
END;

CREATE TRIGGER person_files_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM person_files WHERE person_id = OLD.person_id;
    INSERT INTO person_files (person_id, open_requests, last_answer)
    SELECT c.person_id,
           sum(CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END),
           max(CASE WHEN c.closed_at IS NULL THEN NULL
                    ELSE COALESCE(c.answered_on, substr(c.closed_at, 1, 10)) END)
    FROM cases c WHERE c.person_id = OLD.person_id GROUP BY c.person_id;
END;

INSERT INTO person_files (person_id, open_requests, last_answer)
SELECT c.person_id,
       sum(CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END),
       max(CASE WHEN c.closed_at IS NULL THEN NULL
                ELSE COALESCE(c.answered_on, substr(c.closed_at, 1, 10)) END)
FROM cases c GROUP BY c.person_id;
