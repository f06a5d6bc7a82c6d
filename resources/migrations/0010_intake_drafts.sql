-- Schema 10: intake drafts (issue 8, the locked desk). When the desk locks while a phone intake
-- is half typed, the form is kept here (inside the encrypted store, never in a temp file) and
-- offered again to the same user after unlocking. One row per saved form; a draft is deleted
-- when it is resumed or thrown away. Fields that look like a BSN are never kept (the BSN guard
-- runs before the row is written).
CREATE TABLE intake_drafts (
    id        INTEGER PRIMARY KEY,
    login     TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    fields    TEXT NOT NULL -- JSON object: the form's fields by name
);
CREATE INDEX intake_drafts_login ON intake_drafts (login, saved_at);
