-- Schema 42: a note marked by hand "niet aan klager verstrekken" (issue 38, ieder1, finding 19).
-- The officer who writes a note that the tenant may not read (a colleague's assessment, what a
-- neighbour said) marks it when writing it (CaseService::addNote); the AP dossier marks it, its
-- version for the complainant and the inzage report leave it out. 0: an ordinary note, as every
-- note written before this schema.
ALTER TABLE case_notes ADD COLUMN withheld INTEGER NOT NULL DEFAULT 0;
