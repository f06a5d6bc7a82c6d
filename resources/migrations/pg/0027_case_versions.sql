-- Schema 27 on a server store: a version per request, for optimistic locking (issue 21); the
-- same column as resources/migrations/0027_case_versions.sql (INTEGER is bigint here, as in
-- the baseline). A KCC login may read it with the other intake columns (access.sql).
ALTER TABLE cases ADD COLUMN version bigint NOT NULL DEFAULT 1;
