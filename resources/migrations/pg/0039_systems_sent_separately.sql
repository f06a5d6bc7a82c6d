-- Schema 39 on a server store: the day the data found in a system were sent separately (issue
-- 38); the same column as resources/migrations/0039_systems_sent_separately.sql (a date as
-- text). Written with the tick (case.system_searched), under the table grants of access.sql.
ALTER TABLE case_system_checks ADD COLUMN sent_on text;
