-- Schema 1: what the store is (store id, creation, demo flag, organisation).
-- SQL that SQLite 3.15 and PostgreSQL 15 both understand (see architecture.md). Dates and
-- times are ISO 8601 text in UTC.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
