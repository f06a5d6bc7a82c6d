-- Schema 3: data subjects, their requests (cases) and the audit trail.
-- No BSN column, ever (art. 87 AVG, art. 46 UAVG): identification records *that* and *how*
-- identity was checked, never a document, its number or a BSN.

CREATE TABLE persons (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    relation      TEXT NOT NULL CHECK (relation IN ('huurder', 'ex-huurder', 'woningzoekende',
                      'medebewoner', 'sollicitant', 'medewerker', 'overig')),
    klantnummer   TEXT UNIQUE,
    street        TEXT,
    house_number  TEXT,
    postcode      TEXT,
    city          TEXT,
    phone         TEXT,
    email         TEXT,
    relation_end  TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    anonymised_at TEXT
);
CREATE INDEX persons_postcode ON persons (postcode, house_number);
CREATE INDEX persons_name ON persons (name);

-- Case numbers AVG-YYYY-NNNN: one counter per year, taken inside the creating transaction.
CREATE TABLE case_numbers (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    person_id          INTEGER NOT NULL REFERENCES persons (id),
    channel            TEXT NOT NULL CHECK (channel IN ('telefoon', 'email', 'brief', 'balie',
                           'webformulier', 'gemachtigde', 'ap')),
    received_at        TEXT NOT NULL,
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
    -- Kept in step with the deadline calendar on every change, so that 50,000 cases can be
    -- sorted and filtered on their deadline in SQL.
    deadline_effective TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX cases_person ON cases (person_id);
CREATE INDEX cases_state_deadline ON cases (state, deadline_effective);
CREATE INDEX cases_received ON cases (received_date);
CREATE INDEX cases_handler ON cases (handler);

CREATE TABLE case_types (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    type    TEXT NOT NULL CHECK (type IN ('inzage', 'rectificatie', 'verwijdering', 'beperking',
                'overdraagbaarheid', 'bezwaar', 'intrekking', 'klacht', 'overig')),
    PRIMARY KEY (case_id, type)
);

CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    written_at TEXT NOT NULL,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, id);

-- The audit trail: append-only, hash-chained (see core/audit/AuditLog.h). payload holds the
-- old → new values as JSON and may hold personal data; it can be destroyed (set to NULL with
-- its salt) when retention says so, while payload_hash keeps the chain verifiable.
CREATE TABLE audit_events (
    seq                  INTEGER PRIMARY KEY,
    occurred_at          TEXT NOT NULL,
    actor                TEXT NOT NULL,
    entity_type          TEXT NOT NULL,
    entity_id            TEXT NOT NULL,
    action               TEXT NOT NULL,
    payload              TEXT,
    payload_salt         BLOB,
    payload_hash         BLOB NOT NULL,
    prev_hash            BLOB NOT NULL,
    hash                 BLOB NOT NULL,
    payload_destroyed_at TEXT
);
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, seq);

-- SQLite dialect (a PostgreSQL backend writes these as PL/pgSQL triggers): events are never
-- deleted or replaced, and the only update allowed is destroying a payload: payload and salt
-- become NULL together (a salt left behind would let the payload hash be matched against
-- guesses), once, with payload_destroyed_at recorded.
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- INSERT OR REPLACE deletes the old row without firing delete triggers (unless
-- recursive_triggers is on), so an existing seq is refused before the insert.
CREATE TRIGGER audit_events_no_replace BEFORE INSERT ON audit_events
WHEN EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN NEW.seq IS NOT OLD.seq OR NEW.occurred_at IS NOT OLD.occurred_at
  OR NEW.actor IS NOT OLD.actor OR NEW.entity_type IS NOT OLD.entity_type
  OR NEW.entity_id IS NOT OLD.entity_id OR NEW.action IS NOT OLD.action
  OR NEW.payload_hash IS NOT OLD.payload_hash OR NEW.prev_hash IS NOT OLD.prev_hash
  OR NEW.hash IS NOT OLD.hash
  OR NEW.payload IS NOT OLD.payload
     AND (NEW.payload IS NOT NULL OR NEW.payload_salt IS NOT NULL
          OR NEW.payload_destroyed_at IS NULL)
  OR NEW.payload_salt IS NOT OLD.payload_salt
     AND (NEW.payload_salt IS NOT NULL OR NEW.payload IS NOT NULL)
  OR NEW.payload_destroyed_at IS NOT OLD.payload_destroyed_at
     AND (OLD.payload_destroyed_at IS NOT NULL OR NEW.payload IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
