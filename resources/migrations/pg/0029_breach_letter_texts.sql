-- Schema 29 on the server: the art. 34 letter's own texts (issue 38), as 0029 for the store
-- folder. The KCC's column grants (access.sql) name them: a report inserts every description
-- column.
ALTER TABLE breaches ADD COLUMN subjects_description text;
ALTER TABLE breaches ADD COLUMN subjects_consequences text;
