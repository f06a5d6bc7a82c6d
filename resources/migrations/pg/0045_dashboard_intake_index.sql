-- Schema 45 on a server store: the dashboards' intake per month and kind of request from one
-- index (issue 42), as resources/migrations/0045_dashboard_intake_index.sql for the store
-- folder. An index-only range where the join with case_types read the window's requests from
-- the table.
CREATE INDEX cases_received_types ON cases (received_date, types_key);

-- The day a request was answered (CaseRepository::closedDateSql) is the first key of the partial
-- index cases_closed_on, and PostgreSQL keeps no statistics for the expressions of a partial
-- index: it guessed a third of the requests answered after any day, and read the whole table for
-- the requests open on a day and those late on it (the dashboards, the lists' late filters)
-- instead of the index's range of a few. Statistics of the expression itself give it the
-- distribution (ANALYZE, autovacuum). Only the planner reads them; SQLite needs none.
CREATE STATISTICS cases_answered_on ON (COALESCE(answered_on, substr(closed_at, 1, 10)))
    FROM cases;
