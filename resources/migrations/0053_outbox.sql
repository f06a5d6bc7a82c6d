-- Schema 53: the outbox, what Privacydesk is to write to another system for a request (channel
-- vera: a mark in one of the corporation's systems; e-mail: the sending of an answer). A row is
-- planned, with its exact body, in the unit of work that decided it (a mark in a VERA system:
-- archiefstatus GEB while a restriction or an erasure is pending, VER and the relation inactive
-- once the erasure is decided); it is sent after that commit, and its answer is recorded in a
-- unit of its own: gedaan, geweigerd (the system will not: its rights, or it lacks the object),
-- or fout (tried again later); or vervallen, overtaken by a later mark of the same object (VER
-- after GEB) before it was done. Until gedaan or vervallen it shows on the request and in
-- Vandaag. A row is
-- never removed: with the trail it is the proof of what was written where and when. error is
-- the system's own words, through the BSN guard (a number in them kept masked). PostgreSQL:
-- pg/0053_outbox.sql.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    channel     TEXT NOT NULL CHECK (channel IN ('vera', 'e-mail')),
    target      TEXT NOT NULL,
    address     TEXT NOT NULL,
    action      TEXT NOT NULL,
    body        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'te-doen'
                    CHECK (state IN ('te-doen', 'gedaan', 'geweigerd', 'fout', 'vervallen')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    planned_at  TEXT NOT NULL,
    planned_by  TEXT NOT NULL,
    done_at     TEXT,
    done_by     TEXT,
    UNIQUE (case_id, channel, address, action)
);
CREATE INDEX outbox_open ON outbox (state, case_id);
