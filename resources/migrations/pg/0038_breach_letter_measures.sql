-- Schema 38 on the server: what was done, for the people concerned (issue 38), as 0038 for the
-- store folder. The KCC's column grants (access.sql), the BSN guard (bsnguard.sql) and the
-- breach's described columns (audit.sql) name it.
ALTER TABLE breaches ADD COLUMN subjects_measures text;
