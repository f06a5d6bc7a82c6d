-- Schema 2: the people who work with the store, and the organisation's settings.

-- login is the normalised user name (trimmed, case-folded) that the keyring knows only as a
-- salted hash; key_slot is the keyring slot id.
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('beheerder', 'functionaris', 'kcc', 'auditor')),
    key_slot     TEXT UNIQUE,
    created_at   TEXT NOT NULL,
    removed_at   TEXT
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
