-- Schema 27: a version per request, for optimistic locking (issue 21). Every change of a request
-- (CaseService::applyChange) writes `version = version + 1 WHERE id = ? AND version = ?` with
-- the version it read in its own transaction, and refuses when the desk's copy is older than the
-- stored one: a second seat's change is never overwritten by a form filled in on stale data.
-- Requests made before this schema start at 1.
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
