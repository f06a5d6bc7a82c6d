-- Schema 41 on the server: what the "other" data of a data breach are (issue 38), as 0041 for the
-- store folder. The KCC's column grants (access.sql), the BSN guard (bsnguard.sql) and the
-- breach's described columns (audit.sql) name it.
ALTER TABLE breaches ADD COLUMN data_text text;
