-- Schema 48: a message taken from the privacy mailbox is recorded before it is moved. The desk
-- writes a pending row (where it was: folder, UID and UIDVALIDITY; its Message-ID and SHA-256;
-- where it goes), then moves it, then registers the request or the dismissal and turns the row
-- into registered or dismissed in one transaction. A desk that stops in between (a hang, a
-- kill) leaves the pending row, which the next start finishes or undoes: a message is never in
-- the done folder without a row that says why.
--
-- A message is the same message when its Message-ID and its bytes are: one that reuses the
-- Message-ID of a message handled before, with other bytes (a reply tool's, or forged), is
-- another message and is offered as new. So the key is unique with the SHA-256, not alone.
--
-- Only a pending row may change (into registered or dismissed, by the desk that wrote it or by
-- the recovery) or go (its move failed or was undone); a row of a message handled stays as it
-- is. SQLite cannot change a CHECK or a UNIQUE constraint: the table is rebuilt (as 0031 did),
-- ids kept. PostgreSQL: pg/0048_mailbox_pending.sql.

CREATE TABLE mailbox_messages_rebuilt (
    id           INTEGER PRIMARY KEY,
    message_key  TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('pending', 'registered', 'dismissed')),
    case_number  TEXT,
    reason       TEXT,
    moved_to     TEXT NOT NULL,
    handled_at   TEXT NOT NULL,
    handled_by   TEXT NOT NULL,
    folder       TEXT,
    uid          INTEGER,
    uid_validity INTEGER,
    UNIQUE (message_key, sha256)
);

INSERT INTO mailbox_messages_rebuilt (id, message_key, sha256, size, state, case_number, reason,
                                      moved_to, handled_at, handled_by)
SELECT id, message_key, sha256, size, state, case_number, reason, moved_to, handled_at,
       handled_by
FROM mailbox_messages;

DROP TABLE mailbox_messages;
ALTER TABLE mailbox_messages_rebuilt RENAME TO mailbox_messages;

CREATE TRIGGER mailbox_messages_kept BEFORE UPDATE ON mailbox_messages
BEGIN
    SELECT RAISE(ABORT, 'a message handled stays as it was recorded')
    WHERE OLD.state <> 'pending' OR NEW.id IS NOT OLD.id
       OR NEW.message_key IS NOT OLD.message_key OR NEW.sha256 IS NOT OLD.sha256
       OR NEW.size IS NOT OLD.size;
END;

CREATE TRIGGER mailbox_messages_not_removed BEFORE DELETE ON mailbox_messages
BEGIN
    SELECT RAISE(ABORT, 'a message handled stays as it was recorded')
    WHERE OLD.state <> 'pending';
END;
