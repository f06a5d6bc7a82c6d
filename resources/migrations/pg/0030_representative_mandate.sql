-- Schema 30 on a server store: the representative's address and mandate by day (issue 38); the
-- same columns as resources/migrations/0030_representative_mandate.sql (dates as text, as
-- id_requested in the baseline). A KCC login writes the address and a mandate received with the
-- request at intake, and reads the address with the other intake fields (access.sql).
ALTER TABLE cases ADD COLUMN representative_address text;
ALTER TABLE cases ADD COLUMN mandate_requested text;
ALTER TABLE cases ADD COLUMN mandate_received text;
