-- Schema 55 on a server store: the privacy mailbox's sending, as
-- resources/migrations/0055_mailbox_sending.sql for the store folder. access.sql lets the auditor
-- read the new columns (never the secret).
ALTER TABLE mailbox_account ADD COLUMN smtp_server text NOT NULL DEFAULT '';
ALTER TABLE mailbox_account ADD COLUMN smtp_port bigint NOT NULL DEFAULT 587;
ALTER TABLE mailbox_account ADD COLUMN smtp_security text NOT NULL DEFAULT 'starttls'
    CHECK (smtp_security IN ('starttls', 'tls'));
ALTER TABLE mailbox_account ADD COLUMN from_address text NOT NULL DEFAULT '';
ALTER TABLE mailbox_account ADD COLUMN sent_folder text NOT NULL DEFAULT 'Verzonden items';
