-- Schema 5: the recipients catalogue (with processors and their verwerkersovereenkomst), the
-- disclosure register (verstrekkingen) and the art. 19 notifications after a rectification,
-- erasure or restriction. Dates are ISO 8601 text (YYYY-MM-DD), moments ISO 8601 UTC.

-- The categories a recipient belongs to: stable codes; the labels are translated in code
-- (core/registers/Recipients). A new store holds the categories, never fictitious companies.
CREATE TABLE recipient_categories (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
INSERT INTO recipient_categories (code, position) VALUES ('aannemer', 1);
INSERT INTO recipient_categories (code, position) VALUES ('deurwaarder', 2);
INSERT INTO recipient_categories (code, position) VALUES ('advocaat', 3);
INSERT INTO recipient_categories (code, position) VALUES ('bouwbedrijf', 4);
INSERT INTO recipient_categories (code, position) VALUES ('gemeente', 5);
INSERT INTO recipient_categories (code, position) VALUES ('politie-justitie', 6);
INSERT INTO recipient_categories (code, position) VALUES ('zorginstelling', 7);
INSERT INTO recipient_categories (code, position) VALUES ('belastingdienst', 8);
INSERT INTO recipient_categories (code, position) VALUES ('woningzoekendensysteem', 9);
INSERT INTO recipient_categories (code, position) VALUES ('bewindvoerder', 10);
INSERT INTO recipient_categories (code, position) VALUES ('schuldhulpverlening', 11);
INSERT INTO recipient_categories (code, position) VALUES ('collega-corporatie', 12);
INSERT INTO recipient_categories (code, position) VALUES ('incassobureau', 13);
INSERT INTO recipient_categories (code, position) VALUES ('verwerker', 14);
INSERT INTO recipient_categories (code, position) VALUES ('overig', 15);

-- A recipient (ontvanger/derde) or a processor (verwerker). The agreement columns belong to
-- processors: signed and review dates of the verwerkersovereenkomst, what they process, and
-- where (in_eu 1/0 and the country). A recipient with disclosures is archived (removed_at),
-- never deleted, so that the register keeps naming who received what.
CREATE TABLE recipients (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    category         TEXT NOT NULL REFERENCES recipient_categories (code),
    role             TEXT NOT NULL CHECK (role IN ('ontvanger', 'verwerker')),
    contact          TEXT,
    agreement_signed TEXT,
    agreement_review TEXT,
    processes        TEXT,
    in_eu            INTEGER CHECK (in_eu IN (0, 1)),
    country          TEXT,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    removed_at       TEXT
);
CREATE INDEX recipients_name ON recipients (name);
CREATE INDEX recipients_category ON recipients (category, name);
CREATE INDEX recipients_review ON recipients (role, agreement_review);

-- One disclosure. legal_basis is the letter of art. 6(1) AVG; basis_text names the covenant or
-- statute. informed: 'geinformeerd' (on informed_on), 'verboden' (the law forbids telling the
-- data subject; not_informed_reason says which) or 'nog-te-doen'.
CREATE TABLE disclosures (
    id                  INTEGER PRIMARY KEY,
    disclosed_on        TEXT NOT NULL,
    recipient_id        INTEGER NOT NULL REFERENCES recipients (id),
    data_text           TEXT,
    purpose             TEXT NOT NULL,
    legal_basis         TEXT NOT NULL CHECK (legal_basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
    basis_text          TEXT,
    requested_by        TEXT,
    case_id             INTEGER REFERENCES cases (id),
    informed            TEXT NOT NULL CHECK (informed IN ('geinformeerd', 'verboden',
                            'nog-te-doen')),
    informed_on         TEXT,
    not_informed_reason TEXT,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (informed <> 'geinformeerd' OR informed_on IS NOT NULL),
    CHECK (informed <> 'verboden' OR not_informed_reason IS NOT NULL)
);
-- Each filter of the list with the sort key (date, id), so that a page is read in index order.
CREATE INDEX disclosures_date ON disclosures (disclosed_on, id);
CREATE INDEX disclosures_recipient ON disclosures (recipient_id, disclosed_on, id);
CREATE INDEX disclosures_basis ON disclosures (legal_basis, disclosed_on, id);
CREATE INDEX disclosures_informed ON disclosures (informed, disclosed_on, id);
CREATE INDEX disclosures_case ON disclosures (case_id);

-- The persons concerned (one or more) and the data categories shared (codes, see
-- core/registers/Disclosures; free text in disclosures.data_text).
CREATE TABLE disclosure_persons (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    person_id     INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (disclosure_id, person_id)
);
CREATE INDEX disclosure_persons_person ON disclosure_persons (person_id, disclosure_id);

CREATE TABLE disclosure_data (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
    category      TEXT NOT NULL,
    PRIMARY KEY (disclosure_id, category)
);

-- Art. 19 AVG: after a rectification, erasure or restriction, each earlier recipient of the
-- person's data is told. The list of recipients is derived from the disclosures; a row here
-- records that (and when) one was told.
CREATE TABLE art19_notifications (
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    recipient_id INTEGER NOT NULL REFERENCES recipients (id),
    notified_on  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    PRIMARY KEY (case_id, recipient_id)
);
