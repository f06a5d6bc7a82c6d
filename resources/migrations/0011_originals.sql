-- Schema 11: every request that reaches the organisation, with its original (issue 13).
--
-- 1. cases.received_at becomes optional. It holds the moment a request arrived only when that
--    moment is known (the Date of an e-mail, the time of a phone call); a letter received last
--    Tuesday has a date of receipt and no time. Before, the moment of typing was stored when no
--    time was given (created_at is that moment), so rows whose received_at equals created_at
--    lose it: it was the registration, not the receipt. The table also gains the
--    representative's mandate.
--
--    SQLite cannot drop a NOT NULL constraint: the table is rebuilt (the documented 12-step
--    procedure; applyMigrations runs it with foreign keys off and checks them before the
--    commit), and its indexes and triggers are made again, as 0003, 0004 and 0009 left them.
--    ids are kept, so case_search (docid = cases.id) and every reference stay valid. PostgreSQL:
--    ALTER TABLE cases ALTER COLUMN received_at DROP NOT NULL, ADD COLUMN representative_mandate.

CREATE TABLE cases_rebuilt (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    person_id          INTEGER NOT NULL REFERENCES persons (id),
    channel            TEXT NOT NULL CHECK (channel IN ('telefoon', 'email', 'brief', 'balie',
                           'webformulier', 'gemachtigde', 'ap')),
    received_at        TEXT,
    received_date      TEXT NOT NULL,
    received_by        TEXT NOT NULL,
    representative     TEXT,
    description        TEXT,
    callback_phone     TEXT,
    state              TEXT NOT NULL CHECK (state IN ('ontvangen', 'identificatie',
                           'in-behandeling', 'afgerond', 'ingetrokken', 'niet-ontvankelijk')),
    handler            TEXT,
    id_requested       TEXT,
    id_received        TEXT,
    id_method          TEXT CHECK (id_method IN ('balie', 'kopie-id', 'klantgegevens', 'portaal',
                           'gemachtigde')),
    id_verified_by     TEXT,
    id_result          TEXT CHECK (id_result IN ('geslaagd', 'mislukt')),
    extended           INTEGER NOT NULL DEFAULT 0,
    extension_reason   TEXT,
    extension_notified TEXT,
    outcome            TEXT CHECK (outcome IN ('toegewezen', 'deels-toegewezen', 'afgewezen',
                           'ingetrokken', 'niet-ontvankelijk')),
    refusal_grounds    TEXT,
    answered_on        TEXT,
    answer_channel     TEXT,
    closed_at          TEXT,
    deadline_effective TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    representative_mandate TEXT
);

INSERT INTO cases_rebuilt (id, number, person_id, channel, received_at, received_date,
    received_by, representative, description, callback_phone, state, handler, id_requested,
    id_received, id_method, id_verified_by, id_result, extended, extension_reason,
    extension_notified, outcome, refusal_grounds, answered_on, answer_channel, closed_at,
    deadline_effective, created_at, updated_at)
SELECT id, number, person_id, channel,
    CASE WHEN received_at = created_at THEN NULL ELSE received_at END, received_date,
    received_by, representative, description, callback_phone, state, handler, id_requested,
    id_received, id_method, id_verified_by, id_result, extended, extension_reason,
    extension_notified, outcome, refusal_grounds, answered_on, answer_channel, closed_at,
    deadline_effective, created_at, updated_at
FROM cases;

DROP TABLE cases;
ALTER TABLE cases_rebuilt RENAME TO cases;

CREATE INDEX cases_state_deadline ON cases (state, deadline_effective);
CREATE INDEX cases_received_number ON cases (received_date, number);
CREATE INDEX cases_deadline_number ON cases (deadline_effective, number, state);
CREATE INDEX cases_handler_number ON cases (handler, number);
CREATE INDEX cases_channel_number ON cases (channel, number);
CREATE INDEX cases_open_received ON cases (received_date) WHERE closed_at IS NULL;
CREATE INDEX cases_closed_on
    ON cases ((COALESCE(answered_on, substr(closed_at, 1, 10))), deadline_effective,
              received_date, answered_on, closed_at)
    WHERE closed_at IS NOT NULL;
CREATE INDEX cases_extended
    ON cases (received_date, extension_notified, number, extended) WHERE extended = 1;
CREATE INDEX cases_person_closed
    ON cases (person_id, received_date, answered_on, closed_at);

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (docid, name, number, klantnummer, postcode)
    SELECT NEW.id,
           CASE WHEN p.anonymised_at IS NULL THEN p.name END,
           NEW.number,
           CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END,
           CASE WHEN p.anonymised_at IS NULL THEN
               replace(upper(p.postcode), ' ', '') || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 5) END
    FROM (SELECT 1) AS one LEFT JOIN persons p ON p.id = NEW.person_id;
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF number, person_id ON cases
BEGIN
    DELETE FROM case_search WHERE docid = OLD.id;
    INSERT INTO case_search (docid, name, number, klantnummer, postcode)
    SELECT NEW.id,
           CASE WHEN p.anonymised_at IS NULL THEN p.name END,
           NEW.number,
           CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END,
           CASE WHEN p.anonymised_at IS NULL THEN
               replace(upper(p.postcode), ' ', '') || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 5) END
    FROM (SELECT 1) AS one LEFT JOIN persons p ON p.id = NEW.person_id;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE docid = OLD.id;
END;

-- 2. The files kept with a request: the request as it arrived (an e-mail as .eml, a scanned
--    letter, a PDF), a representative's mandate, later correspondence. The bytes live here,
--    inside the encrypted database, never beside it. content is the last column, so that
--    listing (every other column) never reads a file's overflow pages. Destroying the request
--    files (retention) sets name and content to NULL with destroyed_at, and keeps kind, size,
--    fingerprint and dates as proof. Never an identity document (AttachmentService refuses).
CREATE TABLE case_attachments (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    kind         TEXT NOT NULL CHECK (kind IN ('origineel', 'machtiging', 'correspondentie')),
    name         TEXT,
    media_type   TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    destroyed_at TEXT,
    content      BLOB
);
CREATE INDEX case_attachments_case ON case_attachments (case_id, id);
