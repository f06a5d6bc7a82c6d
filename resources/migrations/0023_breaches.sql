-- Schema 23: the data-breach register (meldplicht datalekken, art. 33/34 AVG; issue 20).
-- Moments are ISO 8601 UTC text to the second ("2026-03-27T15:00:00Z"), written by
-- core/breaches (BreachCodes::storedMoment), so that text order is time order; dates are
-- ISO 8601 text (YYYY-MM-DD). Booleans are INTEGER 0/1. PostgreSQL: the same statements.

-- One breach. number is DL-YYYY-NNNN: year is the year of discovery in Europe/Amsterdam and
-- counter the per-year counter. ap_deadline is discovered_at + 72 hours, kept by the service so
-- that "late" and "running" are comparisons in SQL. risk NULL: not assessed; a decision NULL:
-- not recorded.
CREATE TABLE breaches (
    id                       INTEGER PRIMARY KEY,
    number                   TEXT NOT NULL UNIQUE,
    year                     INTEGER NOT NULL,
    counter                  INTEGER NOT NULL,
    title                    TEXT NOT NULL,
    description              TEXT,
    occurred_at              TEXT,
    discovered_at            TEXT NOT NULL,
    ap_deadline              TEXT NOT NULL,
    reported_by              TEXT NOT NULL,
    reported_at              TEXT NOT NULL,
    persons_count            INTEGER CHECK (persons_count >= 0),
    persons_estimate         INTEGER NOT NULL DEFAULT 0 CHECK (persons_estimate IN (0, 1)),
    records_count            INTEGER CHECK (records_count >= 0),
    records_estimate         INTEGER NOT NULL DEFAULT 0 CHECK (records_estimate IN (0, 1)),
    group_text               TEXT,
    processor_id             INTEGER REFERENCES recipients (id),
    processor_told_at        TEXT,
    measures_before          TEXT,
    measures_taken           TEXT,
    consequences             TEXT,
    international            TEXT,
    risk                     TEXT CHECK (risk IN ('geen', 'risico', 'hoog-risico')),
    reasoning                TEXT,
    assessed_at              TEXT,
    assessed_by              TEXT,
    ap_decision              INTEGER CHECK (ap_decision IN (0, 1)),
    ap_decision_reason       TEXT,
    ap_decision_by           TEXT,
    ap_decision_at           TEXT,
    subjects_decision        INTEGER CHECK (subjects_decision IN (0, 1)),
    subjects_decision_reason TEXT,
    subjects_decision_by     TEXT,
    subjects_decision_at     TEXT,
    ap_notified_at           TEXT,
    ap_reference             TEXT,
    ap_late_reason           TEXT,
    ap_notified_by           TEXT,
    subjects_notified_on     TEXT,
    subjects_how             TEXT,
    subjects_count           INTEGER CHECK (subjects_count >= 0),
    public_notice            INTEGER NOT NULL DEFAULT 0 CHECK (public_notice IN (0, 1)),
    public_notice_reason     TEXT,
    subjects_notified_by     TEXT,
    state                    TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'gesloten')),
    closed_at                TEXT,
    closed_by                TEXT,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    UNIQUE (year, counter),
    CHECK (ap_notified_at IS NULL OR ap_reference IS NOT NULL),
    CHECK (public_notice = 0 OR public_notice_reason IS NOT NULL)
);
CREATE INDEX breaches_discovered ON breaches (discovered_at, id);
CREATE INDEX breaches_state ON breaches (state, discovered_at, id);
CREATE INDEX breaches_reported_by ON breaches (reported_by, discovered_at, id);
CREATE INDEX breaches_ap_notified ON breaches (ap_notified_at);

-- The nature (vertrouwelijkheid, integriteit, beschikbaarheid), the data categories (the codes
-- of core/registers/Disclosures) and the AP's criteria ticked on the assessment.
CREATE TABLE breach_natures (
    breach_id INTEGER NOT NULL REFERENCES breaches (id),
    nature    TEXT NOT NULL CHECK (nature IN ('vertrouwelijkheid', 'integriteit',
                  'beschikbaarheid')),
    PRIMARY KEY (breach_id, nature)
);

CREATE TABLE breach_data (
    breach_id INTEGER NOT NULL REFERENCES breaches (id),
    category  TEXT NOT NULL,
    PRIMARY KEY (breach_id, category)
);

CREATE TABLE breach_criteria (
    breach_id INTEGER NOT NULL REFERENCES breaches (id),
    criterion TEXT NOT NULL,
    PRIMARY KEY (breach_id, criterion)
);

-- The persons concerned, where known, and the day each was informed individually (art. 34).
CREATE TABLE breach_persons (
    breach_id   INTEGER NOT NULL REFERENCES breaches (id),
    person_id   INTEGER NOT NULL REFERENCES persons (id),
    informed_on TEXT,
    PRIMARY KEY (breach_id, person_id)
);
CREATE INDEX breach_persons_person ON breach_persons (person_id, breach_id);

-- Follow-up notifications to the AP (aanvullen, intrekken) with the AP's meldnummer.
CREATE TABLE breach_follow_ups (
    id          INTEGER PRIMARY KEY,
    breach_id   INTEGER NOT NULL REFERENCES breaches (id),
    kind        TEXT NOT NULL CHECK (kind IN ('aanvullen', 'intrekken')),
    at          TEXT NOT NULL,
    reference   TEXT,
    text        TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX breach_follow_ups_breach ON breach_follow_ups (breach_id, at, id);

-- The register falls under a retention rule of its own: documentation for the AP (art. 33(5),
-- art. 5(2) accountability), kept 5 years after the breach was closed (the corporation's policy;
-- the AVG sets no period). Trigger 'overig': closing a breach is no event of a person. A rule
-- the officer already made under that code stays as it is.
INSERT INTO retention_rules (code, category, trigger_event, period_amount, period_unit,
                             legal_ground, created_at, updated_at)
SELECT 'datalekkenregister', 'Datalekkenregister (na afsluiten datalek)', 'overig', 5, 'jaren',
       'Eigen beleid (art. 33 lid 5 en art. 5 lid 2 AVG, verantwoording)',
       '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM retention_rules WHERE code = 'datalekkenregister');
