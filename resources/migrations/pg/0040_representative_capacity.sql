-- Schema 40 on a server store: the representative's organisation and kind of authority (issue
-- 38); the same columns as resources/migrations/0040_representative_capacity.sql. A KCC login
-- writes and reads them with the other intake fields (access.sql); the organisation is a free
-- text under the server's BSN guard (bsnguard.sql).
ALTER TABLE cases ADD COLUMN representative_organisation text;
ALTER TABLE cases ADD COLUMN representative_authority text;
