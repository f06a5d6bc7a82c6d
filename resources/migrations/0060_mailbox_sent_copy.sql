-- Schema 60: who puts the copy of an answer sent in the Sent folder. Microsoft 365 stores what SMTP
-- AUTH submits in Sent Items itself, so Privacydesk's own copy (IMAP APPEND) doubled it there:
-- 'server' leaves the copy to the mail server, 'privacydesk' appends it. An account that already
-- sends through smtp.office365.com gets 'server'. PostgreSQL: pg/0060_mailbox_sent_copy.sql.
ALTER TABLE mailbox_account ADD COLUMN sent_copy TEXT NOT NULL DEFAULT 'privacydesk'
    CHECK (sent_copy IN ('privacydesk', 'server'));
UPDATE mailbox_account SET sent_copy = 'server'
WHERE lower(trim(smtp_server)) = 'smtp.office365.com'
   OR lower(trim(smtp_server)) LIKE '%.smtp.office365.com';
