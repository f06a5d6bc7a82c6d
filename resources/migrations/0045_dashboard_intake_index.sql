-- Schema 45: the dashboards' intake per month and kind of request from one index (issue 42).
-- types_key (schema 21, kept by the triggers on case_types) holds a request's kinds, so the
-- window's requests are counted per day and types_key from this index alone, without the join
-- with case_types that read every request of the window from the table
-- (CaseRepository::receivedTypesSql). IF NOT EXISTS as in schema 9.
CREATE INDEX IF NOT EXISTS cases_received_types ON cases (received_date, types_key);
