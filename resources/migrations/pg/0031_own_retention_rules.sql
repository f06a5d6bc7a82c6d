-- Schema 31 on a server store: a retention rule may keep data for 0 days after its trigger
-- (issue 40, "zolang ingeschreven"); the same constraint as
-- resources/migrations/0031_own_retention_rules.sql. Adding and removing a rule needs no new
-- privilege: the officers' groups already insert, update and delete rules (access.sql), and
-- the KCC and the auditor write none.
ALTER TABLE retention_rules DROP CONSTRAINT retention_rules_period_amount_check;
ALTER TABLE retention_rules ADD CONSTRAINT retention_rules_period_amount_check
    CHECK (period_amount >= 0);
