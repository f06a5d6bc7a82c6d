-- Schema 50 on a server store: a recipient marked "niet van toepassing" under art. 19 AVG with
-- the officer's own reason (in exempt_reason), as resources/migrations/0050_art19_not_applicable.sql
-- for the store folder. Written like an exemption (case.art19_not_applicable, audit.sql).
ALTER TABLE art19_notifications ADD COLUMN not_applicable bigint NOT NULL DEFAULT 0
    CHECK (not_applicable IN (0, 1));
