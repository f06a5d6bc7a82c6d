-- Schema 49 on a server store: why the processor's report, when it came before our own
-- discovery, does not start the 72 hours (art. 33(2) AVG), as
-- resources/migrations/0049_breach_processor_told_reason.sql for the store folder. access.sql
-- lets a reporter write it with the rest of a report; bsnguard.sql guards it as a free text.
ALTER TABLE breaches ADD COLUMN processor_told_reason text;
