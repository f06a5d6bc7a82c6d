-- Schema 57 on a server store: the document kept with a DPIA and with a processor, the same
-- tables as resources/migrations/0057_kept_documents.sql (INTEGER is bigint, BLOB bytea, as in
-- the baseline). The officers write them and the auditor reads them (the grants of every table,
-- access.sql); a KCC login has nothing on them.
CREATE TABLE dpia_documents (
    dpia_id    bigint PRIMARY KEY REFERENCES dpias (id),
    name       text NOT NULL,
    media_type text NOT NULL,
    size       bigint NOT NULL,
    sha256     text NOT NULL,
    added_at   text NOT NULL,
    added_by   text NOT NULL,
    content    bytea NOT NULL
);

CREATE TABLE processor_agreements (
    recipient_id bigint PRIMARY KEY REFERENCES recipients (id),
    name         text NOT NULL,
    media_type   text NOT NULL,
    size         bigint NOT NULL,
    sha256       text NOT NULL,
    added_at     text NOT NULL,
    added_by     text NOT NULL,
    content      bytea NOT NULL
);
