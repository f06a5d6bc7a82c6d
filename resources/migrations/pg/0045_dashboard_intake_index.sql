-- Schema 45 on a server store: the dashboards' intake per month and kind of request from one
-- index (issue 42), as resources/migrations/0045_dashboard_intake_index.sql for the store
-- folder. An index-only range where the join with case_types read the window's requests from
-- the table.
CREATE INDEX cases_received_types ON cases (received_date, types_key);
