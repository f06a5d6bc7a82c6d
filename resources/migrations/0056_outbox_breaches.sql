-- Schema 56: the outbox also holds what is written for a data breach: its art. 34 letters sent
-- by e-mail to the people concerned. A row belongs to a request (case_id) or to a breach
-- (breach_id), never both; a write is planned once per owner, channel, address and action.
-- SQLite cannot drop a NOT NULL: the table is made again with its rows. PostgreSQL:
-- pg/0056_outbox_breaches.sql.
CREATE TABLE outbox_56 (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES cases(id),
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
    breach_id   INTEGER REFERENCES breaches(id),
    CHECK ((case_id IS NULL) <> (breach_id IS NULL)),
    UNIQUE (case_id, channel, address, action),
    UNIQUE (breach_id, channel, address, action)
);
INSERT INTO outbox_56 (id, case_id, channel, target, address, action, body, reason, state,
                       attempts, error, planned_at, planned_by, done_at, done_by)
    SELECT id, case_id, channel, target, address, action, body, reason, state, attempts, error,
           planned_at, planned_by, done_at, done_by
      FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_56 RENAME TO outbox;
CREATE INDEX outbox_open ON outbox (state, case_id);
CREATE INDEX outbox_breach ON outbox (breach_id);
