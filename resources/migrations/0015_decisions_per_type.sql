-- Schema 15: decisions that say what happened, per kind of request (issue 14).
--
-- 1. "Niet-ontvankelijk" is administrative-law language: a housing corporation is a private
--    party and declares nothing inadmissible. A request whose identity could not be established
--    is "niet in behandeling: identiteit niet vastgesteld" (art. 12(2), 11(2) GDPR); the state
--    and outcome code become 'niet-in-behandeling'. "Ingetrokken" (withdrawn by the data
--    subject) keeps its code. The CHECK constraints name the codes, so the table is rebuilt as
--    0011 did (same columns, indexes and triggers, ids kept; applyMigrations runs with foreign
--    keys off and checks them before the commit). Audit events keep the code they were written
--    with: the chain is hashed, and Codes reads the old code as the new one.
--    PostgreSQL: drop and add the two CHECK constraints, then the same UPDATE.
--
-- 2. case_decisions: a combined request (inzage + verwijdering) is decided per kind: its own
--    outcome (toegewezen, deels-toegewezen, afgewezen), grounds (codes as in
--    cases.refusal_grounds), reasons in words (art. 12(4)) and, for a partial grant, what was
--    done ("granted": for an erasure, what was erased). cases.outcome, refusal_grounds and
--    motivation stay the summary of the whole request (lists, dashboards, old templates).
--    Requests decided before this schema have no rows: their single outcome applies to each
--    kind. Written by CaseService::complete, removed by reopen; the free texts fall under the
--    BSN guard and are destroyed with the request's other free texts.

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
                           'in-behandeling', 'afgerond', 'ingetrokken', 'niet-in-behandeling')),
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
                           'ingetrokken', 'niet-in-behandeling')),
    refusal_grounds    TEXT,
    answered_on        TEXT,
    answer_channel     TEXT,
    closed_at          TEXT,
    deadline_effective TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    representative_mandate TEXT,
    motivation         TEXT,
    direct_marketing   INTEGER NOT NULL DEFAULT 0,
    no_identification_reason TEXT
);

INSERT INTO cases_rebuilt (id, number, person_id, channel, received_at, received_date,
    received_by, representative, description, callback_phone, state, handler, id_requested,
    id_received, id_method, id_verified_by, id_result, extended, extension_reason,
    extension_notified, outcome, refusal_grounds, answered_on, answer_channel, closed_at,
    deadline_effective, created_at, updated_at, representative_mandate, motivation,
    direct_marketing, no_identification_reason)
SELECT id, number, person_id, channel, received_at, received_date,
    received_by, representative, description, callback_phone,
    CASE state WHEN 'niet-ontvankelijk' THEN 'niet-in-behandeling' ELSE state END, handler,
    id_requested, id_received, id_method, id_verified_by, id_result, extended, extension_reason,
    extension_notified,
    CASE outcome WHEN 'niet-ontvankelijk' THEN 'niet-in-behandeling' ELSE outcome END,
    refusal_grounds, answered_on, answer_channel, closed_at,
    deadline_effective, created_at, updated_at, representative_mandate, motivation,
    direct_marketing, no_identification_reason
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


CREATE TABLE case_decisions (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    type         TEXT NOT NULL CHECK (type IN ('inzage', 'rectificatie', 'verwijdering',
                     'beperking', 'overdraagbaarheid', 'bezwaar', 'intrekking', 'klacht',
                     'overig')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('toegewezen', 'deels-toegewezen',
                     'afgewezen')),
    grounds      TEXT,
    motivation   TEXT,
    granted      TEXT,
    PRIMARY KEY (case_id, type)
);
