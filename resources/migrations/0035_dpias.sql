-- Schema 35: the DPIA register (art. 35 AVG, issue 40). One assessment per processing activity:
-- whether a DPIA is needed and why (the AP's list of processing types that always need one,
-- Stcrt. 2019, 64418, art. 35 lid 4; the three cases of art. 35 lid 3; the EDPB criteria of
-- WP248: codes, comma-separated, as resources/dpia/dpia-lists.json names them), the DPIA's
-- date, outcome and residual risk, the prior consultation of the AP (art. 36 lid 1) and the
-- review date.
CREATE TABLE dpias (
    id              INTEGER PRIMARY KEY,
    activity_id     INTEGER NOT NULL UNIQUE REFERENCES processing_activities (id),
    needed          INTEGER NOT NULL CHECK (needed IN (0, 1)),
    ap_list         TEXT,
    art35_3         TEXT,
    criteria        TEXT,
    reason          TEXT,
    assessed_on     TEXT,
    outcome         TEXT,
    residual_risk   TEXT CHECK (residual_risk IN ('laag', 'middel', 'hoog')),
    consulted_on    TEXT,
    consultation    TEXT,
    review_on       TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
