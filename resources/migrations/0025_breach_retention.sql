-- Schema 25: the data-breach register under its retention rule (issue 20). Self-contained (it
-- depends on schemas 6, 19 and 23 only), so it may be renumbered when migrations are merged.
--
-- 1. A closed breach is due for destruction when the rule 'datalekkenregister' has run from the
--    day it was closed (RetentionService computes it from the breaches, as it does the request
--    files: nothing is stored per breach). Destroying it removes the personal data and the free
--    texts and keeps the skeleton that accountability (art. 5 lid 2 and art. 33 lid 5 AVG) and
--    the statistics need: number, moments, nature, data categories, counts, risk, decisions,
--    the AP's meldnummer. destroyed_on (ISO date) and destroyed_by (login) say that it was
--    destroyed; NULL for every breach that was not.
ALTER TABLE breaches ADD COLUMN destroyed_on TEXT;
ALTER TABLE breaches ADD COLUMN destroyed_by TEXT;
CREATE INDEX breaches_closed ON breaches (state, closed_at, id);

-- 2. The destruction log gains the kind 'datalek' (subject_ref: the breach's number). SQLite
--    cannot change a CHECK constraint: the table is rebuilt (the documented 12-step procedure,
--    as 0017 did for the rules; applyMigrations runs it with foreign keys off and checks them
--    before the commit). ids are kept. PostgreSQL: ALTER TABLE ... DROP CONSTRAINT / ADD
--    CONSTRAINT.
CREATE TABLE retention_destructions_rebuilt (
    id             INTEGER PRIMARY KEY,
    destroyed_at   TEXT NOT NULL,
    destroyed_on   TEXT NOT NULL,
    destroyed_by   TEXT NOT NULL,
    method         TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('verzoekdossier', 'item', 'datalek')),
    rule_id        INTEGER REFERENCES retention_rules (id),
    rule_text      TEXT NOT NULL,
    subject_ref    TEXT NOT NULL,
    case_numbers   TEXT,
    expired_on     TEXT,
    what           TEXT NOT NULL,
    audit_seq      INTEGER NOT NULL,
    proof_hash     TEXT NOT NULL,
    counts         TEXT,
    kept           TEXT
);

INSERT INTO retention_destructions_rebuilt (id, destroyed_at, destroyed_on, destroyed_by, method,
                                            kind, rule_id, rule_text, subject_ref, case_numbers,
                                            expired_on, what, audit_seq, proof_hash, counts, kept)
SELECT id, destroyed_at, destroyed_on, destroyed_by, method, kind, rule_id, rule_text,
       subject_ref, case_numbers, expired_on, what, audit_seq, proof_hash, counts, kept
FROM retention_destructions;

DROP TABLE retention_destructions;
ALTER TABLE retention_destructions_rebuilt RENAME TO retention_destructions;
CREATE INDEX retention_destructions_on ON retention_destructions (destroyed_on, id);
