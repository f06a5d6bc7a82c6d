-- Schema 27 on a server store: a version per request, for optimistic locking (issue 21); the
-- same column as resources/migrations/0027_case_versions.sql. A KCC login may read it with the
-- other intake columns (resources/server/access.sql).
ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1;
