-- Schema 37: the privacy mailbox (issue 41). The IMAP account the desks read the corporation's
-- privacy@ mailbox with (one row): the server, its TLS (IMAPS or STARTTLS, the certificate
-- always verified; ca_pem the certificate authority to trust instead of the system's), the
-- login, the folders, and how it signs in: a password or an OAuth2 access token (XOAUTH2,
-- Microsoft 365). The secret is kept here, inside the encrypted database, and nowhere else
-- (never in QSettings, a log or the audit trail).
CREATE TABLE mailbox_account (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    server         TEXT NOT NULL,
    port           INTEGER NOT NULL,
    security       TEXT NOT NULL CHECK (security IN ('imaps', 'starttls')),
    login          TEXT NOT NULL,
    auth           TEXT NOT NULL CHECK (auth IN ('password', 'xoauth2')),
    secret         BLOB,
    ca_pem         TEXT,
    folder         TEXT NOT NULL,
    done_folder    TEXT NOT NULL,
    dismiss_folder TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);

-- Every message taken from the mailbox: registered as a request (case_number) or dismissed
-- with a reason. message_key is the message's Message-ID (or "sha256:" and the SHA-256 of its
-- bytes when it has none): unique, so that no message is registered or dismissed twice, by
-- any desk.
CREATE TABLE mailbox_messages (
    id          INTEGER PRIMARY KEY,
    message_key TEXT NOT NULL UNIQUE,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('registered', 'dismissed')),
    case_number TEXT,
    reason      TEXT,
    moved_to    TEXT NOT NULL,
    handled_at  TEXT NOT NULL,
    handled_by  TEXT NOT NULL
);
