-- Schema 46: the requests answered after their effective deadline, in an index of their own
-- (issue 42). The dashboards' "answered late" figures and the lists' answered-late filter read
-- the answers of a window that passed the stored deadline; in cases_closed_on (schema 9) that was
-- a range over every answer of the window, of which a few were late. This partial index holds
-- only the late ones, under the day they were answered (CaseRepository::closedDateSql: the
-- expression and the condition as the statements write them, so that both SQLite and
-- PostgreSQL use it). IF NOT EXISTS as in schema 9.
CREATE INDEX IF NOT EXISTS cases_answered_late
    ON cases ((COALESCE(answered_on, substr(closed_at, 1, 10))))
    WHERE closed_at IS NOT NULL
          AND COALESCE(answered_on, substr(closed_at, 1, 10)) > deadline_effective;
