-- Schema 52: a person's data found in the corporation's VERA systems for a request. A discovery
-- is one search (who ran it, when it started and finished, the person's relation URI in the
-- Relaties system, or none when the person was not found); its systems say per system how the
-- search went (ok, niet-ondersteund, geweigerd, fout, onbereikbaar), how many objects it found
-- and why not, with the answer per resource asked (resources, JSON); its found rows are the
-- objects themselves as the system sent them (data, JSON), without any BSN: a bsn field is
-- never kept, and a number the BSN guard finds in any value is kept masked only. masks_held says
-- which systems hold a BSN of the person (masked), for the report to the person; unfollowed the
-- links into systems the organisation has not set up (JSON), so the report names that gap.
-- At the destruction of the request's files the found rows go, with the relation, links and
-- reasons; who searched which systems when, and the counts, stay (RetentionService). PostgreSQL:
-- pg/0052_vera_discoveries.sql.
CREATE TABLE vera_discoveries (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    run_by      TEXT NOT NULL,
    person_uri  TEXT,
    unfollowed  TEXT,
    cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
);
CREATE INDEX vera_discoveries_case ON vera_discoveries (case_id);

CREATE TABLE vera_discovery_systems (
    id           INTEGER PRIMARY KEY,
    discovery_id INTEGER NOT NULL REFERENCES vera_discoveries(id),
    system       TEXT NOT NULL,
    domain       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('ok', 'niet-ondersteund', 'geweigerd', 'fout',
                                                 'onbereikbaar')),
    objects      INTEGER NOT NULL,
    error        TEXT,
    resources    TEXT NOT NULL,
    masks_held   TEXT
);
CREATE INDEX vera_discovery_systems_discovery ON vera_discovery_systems (discovery_id);

CREATE TABLE vera_found (
    id           INTEGER PRIMARY KEY,
    discovery_id INTEGER NOT NULL REFERENCES vera_discoveries(id),
    system       TEXT NOT NULL,
    resource     TEXT NOT NULL,
    uri          TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    data         TEXT NOT NULL
);
CREATE INDEX vera_found_discovery ON vera_found (discovery_id);
