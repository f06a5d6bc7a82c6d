-- Schema 28 on a server store (issue 38): the same columns as
-- resources/migrations/0028_case_completion_details.sql. Not intake fields: a KCC login is not
-- granted them (access.sql) and reads them as NULL.
ALTER TABLE cases ADD COLUMN changed_data text;
ALTER TABLE cases ADD COLUMN objection_subjects text;
ALTER TABLE cases ADD COLUMN transmit_to_name text;
ALTER TABLE cases ADD COLUMN transmit_to_address text;
