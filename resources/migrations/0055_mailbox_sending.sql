-- Schema 55: answers sent from the privacy mailbox. The account gains its SMTP submission server
-- (smtp_server empty: sending not set up), its port and TLS (starttls: STARTTLS, tls: TLS from the
-- start), the sender's address (empty: the login) and the folder a copy of what was sent is
-- appended to. It signs in with the account's own login and secret. PostgreSQL:
-- pg/0055_mailbox_sending.sql.
ALTER TABLE mailbox_account ADD COLUMN smtp_server TEXT NOT NULL DEFAULT '';
ALTER TABLE mailbox_account ADD COLUMN smtp_port INTEGER NOT NULL DEFAULT 587;
ALTER TABLE mailbox_account ADD COLUMN smtp_security TEXT NOT NULL DEFAULT 'starttls'
    CHECK (smtp_security IN ('starttls', 'tls'));
ALTER TABLE mailbox_account ADD COLUMN from_address TEXT NOT NULL DEFAULT '';
ALTER TABLE mailbox_account ADD COLUMN sent_folder TEXT NOT NULL DEFAULT 'Verzonden items';
