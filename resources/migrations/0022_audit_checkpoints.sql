-- Issue 19: the audit trail's last verified position, so that a dossier and `verify` check only
-- the events written since (core/audit/AuditLog.h, "Checkpoint"). One row: the seq and chain
-- hash of the head a verification reached, with a MAC under a key derived from the store's
-- master key, so that the row cannot be written from the data alone. A row that does not verify
-- is ignored (a full verification runs); deleting it costs only time.
CREATE TABLE audit_checkpoints (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seq         INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    mac         BLOB NOT NULL,
    verified_at TEXT NOT NULL
);
