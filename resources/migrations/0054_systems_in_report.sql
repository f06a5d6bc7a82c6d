-- Schema 54: a system's data found through the VERA search are in the inzage report itself
-- (VeraService ticks "gevonden" with in_report = 1), so the checklist, the letters and the AP
-- dossier say they are in the report instead of "apart te versturen". A tick by hand is 0.
-- PostgreSQL: pg/0054_systems_in_report.sql.
ALTER TABLE case_system_checks ADD COLUMN in_report INTEGER NOT NULL DEFAULT 0
    CHECK (in_report IN (0, 1));
