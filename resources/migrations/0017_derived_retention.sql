-- Schema 17: retention terms derived from the persons' relations (issue 16).
--
-- 1. A rule says which relation types it applies to (relations: a comma list of persons.relation
--    codes, e.g. 'huurder,ex-huurder'). With relations set, the retention service derives the
--    rule's items itself from each person's relation and relation_end (the import, a changed
--    person, a changed rule); NULL (or empty) is a manual rule whose items are registered per
--    person, as before.
-- 2. Two triggers join: 'einde-relatie' (persons.relation_end) and 'einde-boekjaar' (31 December
--    of the year in which the relation ended: the fiscal year, art. 52 AWR). The old codes stay;
--    'einde-huurovereenkomst' and 'einde-inschrijving' are relation ends too. SQLite cannot change
--    a CHECK constraint: the rules table is rebuilt (the documented 12-step procedure, as 0011
--    did for cases; applyMigrations runs it with foreign keys off and checks them before the
--    commit). ids are kept, so retention_items.rule_id and retention_destructions.rule_id stay
--    valid.
-- 3. retention_items.derived = 1 marks an item the service derived: it is recomputed (moved,
--    removed when it no longer applies) and never revived once destroyed. A manual item (0) is
--    never touched by the derivation.
-- 4. The seeded rules become the defaults of the seeds, only where the officer left them as
--    seeded (every value compared): contact data 2 years after the end of the relation of
--    huurder/ex-huurder, financial records 7 years after the end of the fiscal year (art. 52
--    AWR), the house-seeker's registration (income) data 1 year after de-registration. A rule
--    the officer changed keeps what the officer set and stays manual.
--
-- Items are not derived here (expiry dates follow RetentionCalendar, not SQLite's date
-- arithmetic): the next import, a changed person or a saved rule derives them.
-- PostgreSQL: ALTER TABLE ... DROP CONSTRAINT / ADD CONSTRAINT and ADD COLUMN.

CREATE TABLE retention_rules_rebuilt (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL,
    trigger_event TEXT NOT NULL CHECK (trigger_event IN ('einde-huurovereenkomst',
                      'einde-inschrijving', 'afronding-verzoek', 'einde-sollicitatieprocedure',
                      'opname', 'overig', 'einde-relatie', 'einde-boekjaar')),
    period_amount INTEGER NOT NULL CHECK (period_amount > 0),
    period_unit   TEXT NOT NULL CHECK (period_unit IN ('dagen', 'weken', 'maanden', 'jaren')),
    legal_ground  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    relations     TEXT
);

INSERT INTO retention_rules_rebuilt (id, code, category, trigger_event, period_amount,
                                     period_unit, legal_ground, created_at, updated_at)
SELECT id, code, category, trigger_event, period_amount, period_unit, legal_ground, created_at,
       updated_at
FROM retention_rules;

DROP TABLE retention_rules;
ALTER TABLE retention_rules_rebuilt RENAME TO retention_rules;

ALTER TABLE retention_items ADD COLUMN derived INTEGER NOT NULL DEFAULT 0;

UPDATE retention_rules SET trigger_event = 'einde-relatie', relations = 'huurder,ex-huurder'
WHERE code = 'contactgegevens-huurder' AND category = 'Contactgegevens huurder'
  AND trigger_event = 'einde-huurovereenkomst' AND period_amount = 2 AND period_unit = 'jaren'
  AND legal_ground IS 'Eigen beleid (art. 5(1)(e) AVG)';

UPDATE retention_rules SET trigger_event = 'einde-boekjaar', relations = 'huurder,ex-huurder'
WHERE code = 'financiele-gegevens' AND category = 'Financiële gegevens'
  AND trigger_event = 'einde-huurovereenkomst' AND period_amount = 7 AND period_unit = 'jaren'
  AND legal_ground IS 'Fiscale bewaarplicht (art. 52 AWR)';

UPDATE retention_rules SET relations = 'woningzoekende'
WHERE code = 'inkomensgegevens-toewijzing' AND category = 'Inkomensgegevens toewijzing'
  AND trigger_event = 'einde-inschrijving' AND period_amount = 1 AND period_unit = 'jaren'
  AND legal_ground IS 'Eigen beleid (art. 5(1)(e) AVG)';
