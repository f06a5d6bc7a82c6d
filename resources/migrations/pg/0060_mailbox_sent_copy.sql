-- Schema 60 on a server store: who puts the copy of an answer sent in the Sent folder, as
-- resources/migrations/0060_mailbox_sent_copy.sql for the store folder. The account's value is
-- derived while the column is added (a generated column made plain): no row is UPDATEd, so the row
-- trail files nothing and no deferred check waits on the table. access.sql lets the auditor read it.
ALTER TABLE mailbox_account ADD COLUMN sent_copy text GENERATED ALWAYS AS (
    CASE WHEN lower(btrim(smtp_server)) = 'smtp.office365.com'
              OR lower(btrim(smtp_server)) LIKE '%.smtp.office365.com' THEN 'server'
         ELSE 'privacydesk' END) STORED;
ALTER TABLE mailbox_account ALTER COLUMN sent_copy DROP EXPRESSION;
ALTER TABLE mailbox_account ALTER COLUMN sent_copy SET DEFAULT 'privacydesk';
ALTER TABLE mailbox_account ALTER COLUMN sent_copy SET NOT NULL;
ALTER TABLE mailbox_account ADD CONSTRAINT mailbox_account_sent_copy_check
    CHECK (sent_copy IN ('privacydesk', 'server'));
