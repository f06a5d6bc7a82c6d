-- Schema 54 on a server store: data found through the VERA search are in the inzage report, as
-- resources/migrations/0054_systems_in_report.sql for the store folder.
ALTER TABLE case_system_checks ADD COLUMN in_report bigint NOT NULL DEFAULT 0
    CHECK (in_report IN (0, 1));
