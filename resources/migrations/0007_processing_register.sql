-- Schema 7: the register of processing activities (art. 30 AVG).
-- One row per activity, numbered like the privacy statements do (main purpose A, sub-purpose
-- A.1); the lists (legal bases, data subjects, data, sources, recipients, processors) are rows
-- of processing_activity_items so that each can be searched and exported on its own.

CREATE TABLE processing_activities (
    id                  INTEGER PRIMARY KEY,
    purpose_code        TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    sub_code            TEXT NOT NULL UNIQUE,
    sub_purpose         TEXT NOT NULL,
    name                TEXT NOT NULL,
    description         TEXT,
    legal_basis_text    TEXT,
    outside_eu          INTEGER NOT NULL DEFAULT 0 CHECK (outside_eu IN (0, 1)),
    transfer_country    TEXT,
    transfer_safeguard  TEXT,
    retention           TEXT,
    security            TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
);
CREATE INDEX processing_activities_purpose ON processing_activities (purpose_code, sub_code);

-- kind 'basis' holds an art. 6(1) letter a..f; 'recipient' a recipient category code (the
-- recipients catalogue's, as text); special holds the special-category flags of a 'data' item
-- as a comma-separated list of codes (gezondheid, strafrechtelijk, overlast, ...).
CREATE TABLE processing_activity_items (
    activity_id INTEGER NOT NULL REFERENCES processing_activities (id),
    kind        TEXT NOT NULL CHECK (kind IN ('basis', 'subject', 'data', 'source', 'recipient',
                    'processor')),
    position    INTEGER NOT NULL,
    value       TEXT NOT NULL,
    special     TEXT,
    PRIMARY KEY (activity_id, kind, position)
);
