-- Schema 56 on a server store: the outbox also holds a data breach's letters sent by e-mail, as
-- resources/migrations/0056_outbox_breaches.sql for the store folder: a row belongs to a request
-- or to a breach, never both.
ALTER TABLE outbox ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN breach_id bigint REFERENCES breaches(id);
ALTER TABLE outbox ADD CHECK ((case_id IS NULL) <> (breach_id IS NULL));
ALTER TABLE outbox ADD UNIQUE (breach_id, channel, address, action);
CREATE INDEX outbox_breach ON outbox (breach_id);
