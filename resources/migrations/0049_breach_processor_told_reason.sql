-- Schema 49: the 72 hours of art. 33 AVG run from the first moment the organisation knew. When
-- the processor told us (processor_told_at) before our own discovery (discovered_at), its report
-- starts the clock (art. 33(2)), unless the officer records why it did not make us aware:
-- processor_told_reason, a free text under the BSN guard, only with such a report (the service
-- checks it). ap_deadline stays the service's: written with every change of the description.
-- Self-contained (it depends on schema 23 only), so it may be renumbered when migrations are
-- merged. PostgreSQL: pg/0049_breach_processor_told_reason.sql.
ALTER TABLE breaches ADD COLUMN processor_told_reason TEXT;
