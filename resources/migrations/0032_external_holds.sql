-- Schema 32: holds on data outside Privacydesk (issue 40). A request or a data breach about data
-- another system overwrites on its own (camera images kept four weeks, telephony recordings, a
-- mailbox) must secure them before that: one row per system and recording, on a request OR a
-- breach. overwritten_on is recorded_on + the system's own retention (period_amount,
-- period_unit as retention_rules'), kept by the service (retention/ExternalHolds) so that "to
-- secure before" is a comparison in SQL. secured_on NULL: not secured yet; kept_until NULL: no
-- end set; released_on NULL: still held. Dates are ISO 8601 text (YYYY-MM-DD), moments
-- "2026-03-27T15:00:00Z". Owner: retention/ExternalHoldRepository.
CREATE TABLE external_holds (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    breach_id      INTEGER REFERENCES breaches (id) ON DELETE CASCADE,
    system         TEXT NOT NULL,
    secured        TEXT NOT NULL,
    recorded_on    TEXT NOT NULL,
    period_amount  INTEGER NOT NULL CHECK (period_amount > 0),
    period_unit    TEXT NOT NULL CHECK (period_unit IN ('dagen', 'weken', 'maanden', 'jaren')),
    overwritten_on TEXT NOT NULL,
    secured_on     TEXT,
    secured_by     TEXT,
    kept_until     TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    released_on    TEXT,
    released_by    TEXT,
    release_reason TEXT,
    CHECK ((case_id IS NULL) <> (breach_id IS NULL))
);
CREATE INDEX external_holds_case ON external_holds (case_id, id);
CREATE INDEX external_holds_breach ON external_holds (breach_id, id);
CREATE INDEX external_holds_open ON external_holds (overwritten_on) WHERE released_on IS NULL;
