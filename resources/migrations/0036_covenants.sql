-- Schema 36: the covenant register and a disclosure under a covenant (issue 40). A covenant
-- (samenwerkingsconvenant) names its parties, purpose, legal basis (the letter of art. 6(1) AVG
-- and the text), the data it covers, its term and its review date. The signed document is kept
-- here, inside the encrypted database, as a request's files are (0011): document is the last
-- column, so that listing never reads its pages. A disclosure made under a covenant names it
-- (disclosures.covenant_id); a disclosure of many persons at once is one row whose persons are
-- its disclosure_persons (one per customer number of the list).
CREATE TABLE covenants (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    legal_basis     TEXT NOT NULL CHECK (legal_basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
    basis_text      TEXT,
    data_text       TEXT,
    valid_from      TEXT NOT NULL,
    valid_until     TEXT,
    review_on       TEXT,
    document_name   TEXT,
    document_type   TEXT,
    document_size   INTEGER,
    document_sha256 TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    document        BLOB
);
CREATE INDEX covenants_review ON covenants (review_on);

-- The parties, in the order given (the corporation itself need not be named).
CREATE TABLE covenant_parties (
    covenant_id INTEGER NOT NULL REFERENCES covenants (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (covenant_id, position)
);

-- The data categories it covers (the disclosures' codes, core/registers/Disclosures).
CREATE TABLE covenant_data (
    covenant_id INTEGER NOT NULL REFERENCES covenants (id),
    category    TEXT NOT NULL,
    PRIMARY KEY (covenant_id, category)
);

ALTER TABLE disclosures ADD COLUMN covenant_id INTEGER REFERENCES covenants (id);
CREATE INDEX disclosures_covenant ON disclosures (covenant_id);
