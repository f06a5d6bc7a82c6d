-- Schema 31: retention the organisation defines (issue 40). A rule may keep data for 0 days
-- after its trigger: "zolang een klant bij ons ingeschreven staat" is destroyed at the end of
-- the registration (Jutphaas). The rest of the rules table is as schema 17 left it; rules the
-- organisation adds (`retention rule add`) and removes (`retention rule remove`, only while no
-- item and no destruction-log entry names it) are rows of the same table.
--
-- SQLite cannot change a CHECK constraint: the rules table is rebuilt (the documented 12-step
-- procedure, as 0017 did; applyMigrations runs it with foreign keys off and checks them before
-- the commit). ids are kept, so retention_items.rule_id and retention_destructions.rule_id stay
-- valid. PostgreSQL: pg/0031_own_retention_rules.sql swaps the constraint.

CREATE TABLE retention_rules_rebuilt (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL,
    trigger_event TEXT NOT NULL CHECK (trigger_event IN ('einde-huurovereenkomst',
                      'einde-inschrijving', 'afronding-verzoek', 'einde-sollicitatieprocedure',
                      'opname', 'overig', 'einde-relatie', 'einde-boekjaar')),
    period_amount INTEGER NOT NULL CHECK (period_amount >= 0),
    period_unit   TEXT NOT NULL CHECK (period_unit IN ('dagen', 'weken', 'maanden', 'jaren')),
    legal_ground  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    relations     TEXT
);

INSERT INTO retention_rules_rebuilt (id, code, category, trigger_event, period_amount,
                                     period_unit, legal_ground, created_at, updated_at, relations)
SELECT id, code, category, trigger_event, period_amount, period_unit, legal_ground, created_at,
       updated_at, relations
FROM retention_rules;

DROP TABLE retention_rules;
ALTER TABLE retention_rules_rebuilt RENAME TO retention_rules;
