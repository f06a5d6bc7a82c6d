-- Schema 44 on a server store: a processing activity whose answers are processed anonymously
-- (issue 38), as resources/migrations/0044_processing_anonymous.sql for the store folder.
-- Written with the activity, under the table grants of access.sql.
ALTER TABLE processing_activities ADD COLUMN anonymous bigint NOT NULL DEFAULT 0
    CHECK (anonymous IN (0, 1));
