-- Schema 42 on a server store: a note marked by hand "niet aan klager verstrekken" (issue 38), as
-- resources/migrations/0042_note_withheld.sql for the store folder. Written with the note
-- (case.note_added), under the table grants of access.sql.
ALTER TABLE case_notes ADD COLUMN withheld bigint NOT NULL DEFAULT 0;
