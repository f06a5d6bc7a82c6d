-- Schema 51: the corporation's own systems, reached through VERA (the housing sector's open API
-- standard, one system per information domain: Relaties, Overeenkomsten, Dossier, ...). A
-- beheerder names each system with its domain and base URL, and how it signs in: an API key
-- (X-API-KEY) or OAuth2 client credentials (token URL, client id and client secret). The key or
-- client secret is kept here, inside the encrypted database, and nowhere else. ca_pem: the
-- certificate authority to trust instead of the system's; write_back: whether the organisation
-- lets Privacydesk mark records in that system; customer_field: the Relatie field that holds the
-- customer number (VERA's Relatie.code unless the organisation names another).
-- PostgreSQL: pg/0051_vera_systems.sql.
CREATE TABLE vera_systems (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    domain         TEXT NOT NULL CHECK (domain IN ('relaties', 'overeenkomsten', 'financien',
                                                   'dossier', 'woonruimteverdeling', 'onderhoud',
                                                   'vastgoed', 'kwaliteit', 'organisatie',
                                                   'algemeen', 'energie',
                                                   'projectontwikkeling')),
    base_url       TEXT NOT NULL,
    auth           TEXT NOT NULL CHECK (auth IN ('api-key', 'client-credentials')),
    token_url      TEXT,
    client_id      TEXT,
    secret         BLOB NOT NULL,
    ca_pem         TEXT,
    write_back     INTEGER NOT NULL DEFAULT 0 CHECK (write_back IN (0, 1)),
    customer_field TEXT NOT NULL DEFAULT 'code',
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL,
    CHECK ((auth = 'api-key' AND token_url IS NULL AND client_id IS NULL)
           OR (auth = 'client-credentials' AND token_url IS NOT NULL AND client_id IS NOT NULL))
);
