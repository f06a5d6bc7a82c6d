-- Schema 6: retention (bewaartermijnen). Rules say how long a category of personal data is
-- kept after a trigger event; items apply a rule to one person; holds block destruction; the
-- destruction log proves that it was done, without holding personal data itself.

-- trigger_event codes: einde-huurovereenkomst, einde-inschrijving, afronding-verzoek,
-- einde-sollicitatieprocedure, opname, overig. code is stable for the seeded rules (scripts and
-- the product refer to it); 'avg-verzoekdossiers' is the rule for Privacydesk's own closed
-- request files, whose items are computed from the cases instead of stored.
CREATE TABLE retention_rules (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL,
    trigger_event TEXT NOT NULL CHECK (trigger_event IN ('einde-huurovereenkomst',
                      'einde-inschrijving', 'afronding-verzoek', 'einde-sollicitatieprocedure',
                      'opname', 'overig')),
    period_amount INTEGER NOT NULL CHECK (period_amount > 0),
    period_unit   TEXT NOT NULL CHECK (period_unit IN ('dagen', 'weken', 'maanden', 'jaren')),
    legal_ground  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

INSERT INTO retention_rules (code, category, trigger_event, period_amount, period_unit,
                             legal_ground, created_at, updated_at)
SELECT 'contactgegevens-huurder', 'Contactgegevens huurder', 'einde-huurovereenkomst', 2, 'jaren',
       'Eigen beleid (art. 5(1)(e) AVG)', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'
UNION ALL
SELECT 'financiele-gegevens', 'Financiële gegevens', 'einde-huurovereenkomst', 7, 'jaren',
       'Fiscale bewaarplicht (art. 52 AWR)', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'
UNION ALL
SELECT 'inkomensgegevens-toewijzing', 'Inkomensgegevens toewijzing', 'einde-inschrijving', 1,
       'jaren', 'Eigen beleid (art. 5(1)(e) AVG)', '2000-01-01T00:00:00.000Z',
       '2000-01-01T00:00:00.000Z'
UNION ALL
SELECT 'sollicitanten', 'Sollicitanten', 'einde-sollicitatieprocedure', 4, 'weken',
       'Eigen beleid (art. 5(1)(e) AVG)', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'
UNION ALL
SELECT 'camerabeelden', 'Camerabeelden', 'opname', 4, 'weken',
       'Eigen beleid (art. 5(1)(e) AVG)', '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'
UNION ALL
SELECT 'avg-verzoekdossiers', 'Afgeronde AVG-verzoekdossiers', 'afronding-verzoek', 2, 'jaren',
       'Eigen beleid (art. 5(2) AVG, verantwoording)', '2000-01-01T00:00:00.000Z',
       '2000-01-01T00:00:00.000Z';

-- One rule applied to one person: the trigger date and the expiry it gives (kept in step with
-- the rule by the retention service, so that "what expires before D" is an index range).
-- Destroyed items keep their row with when, how and by whom.
CREATE TABLE retention_items (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES persons (id),
    rule_id          INTEGER NOT NULL REFERENCES retention_rules (id),
    trigger_date     TEXT NOT NULL,
    expires_on       TEXT NOT NULL,
    destroyed_on     TEXT,
    destroyed_method TEXT,
    destroyed_by     TEXT,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    UNIQUE (person_id, rule_id)
);
CREATE INDEX retention_items_expires ON retention_items (expires_on) WHERE destroyed_on IS NULL;
CREATE INDEX retention_items_rule ON retention_items (rule_id);

-- Bewaarplicht / legal hold on a person (an open AP complaint, a court case): while a hold is
-- open (released_on IS NULL) nothing of that person may be destroyed.
CREATE TABLE retention_holds (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES persons (id),
    reason      TEXT NOT NULL,
    placed_on   TEXT NOT NULL,
    placed_by   TEXT NOT NULL,
    released_on TEXT,
    released_by TEXT
);
CREATE INDEX retention_holds_open ON retention_holds (person_id) WHERE released_on IS NULL;

-- The destruction log: what (kind and counts), when, how, by whom, under which rule (as it was
-- then). No personal data: the subject is the pseudonymous person reference and the case
-- numbers; proof_hash is the hash of the audit event that records the destruction, so the
-- verified audit chain vouches for the entry.
CREATE TABLE retention_destructions (
    id             INTEGER PRIMARY KEY,
    destroyed_at   TEXT NOT NULL,
    destroyed_on   TEXT NOT NULL,
    destroyed_by   TEXT NOT NULL,
    method         TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('verzoekdossier', 'item')),
    rule_id        INTEGER REFERENCES retention_rules (id),
    rule_text      TEXT NOT NULL,
    subject_ref    TEXT NOT NULL,
    case_numbers   TEXT,
    expired_on     TEXT,
    what           TEXT NOT NULL,
    audit_seq      INTEGER NOT NULL,
    proof_hash     TEXT NOT NULL
);
CREATE INDEX retention_destructions_on ON retention_destructions (destroyed_on, id);
