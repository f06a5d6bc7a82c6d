-- Schema 57: the document kept with a DPIA (its report, art. 35 AVG) and with a processor (the
-- processing agreement, art. 28 lid 3 AVG), inside the encrypted database as a covenant's signed
-- copy is (0036) and a request's files are (0011): one per DPIA and per processor, replaced or
-- removed as a whole; content is the last column, so that reading what is kept never reads its
-- pages. PostgreSQL: pg/0057_kept_documents.sql.
CREATE TABLE dpia_documents (
    dpia_id    INTEGER PRIMARY KEY REFERENCES dpias (id),
    name       TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    content    BLOB NOT NULL
);

CREATE TABLE processor_agreements (
    recipient_id INTEGER PRIMARY KEY REFERENCES recipients (id),
    name         TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    content      BLOB NOT NULL
);
