-- Schema 9: indexes for the dashboards (issue 6). Every figure as of a peildatum is an index
-- range or an index-only scan, so that 50,000 requests and 200,000 disclosures stay well under
-- a second (tests/benchmarks/bench_dashboard). IF NOT EXISTS: a store that is upgraded from an
-- older version may already carry an index of the same name on a table it kept.

-- Open on a day (CaseQuery::openOnSql) is two ranges: requests not yet answered, received by
-- the day, and requests answered after the day. The second index also holds what the
-- answered-per-month, on-time and handling-time figures read.
CREATE INDEX IF NOT EXISTS cases_open_received ON cases (received_date) WHERE closed_at IS NULL;
CREATE INDEX IF NOT EXISTS cases_closed_on
    ON cases ((COALESCE(answered_on, substr(closed_at, 1, 10))), deadline_effective,
              received_date, answered_on, closed_at)
    WHERE closed_at IS NOT NULL;

-- Extensions by month of receipt, and the case.extended audit event that recorded whether the
-- notice was legally late.
CREATE INDEX IF NOT EXISTS cases_extended
    ON cases (received_date, extension_notified, number, extended) WHERE extended = 1;
CREATE INDEX IF NOT EXISTS audit_events_extended
    ON audit_events (entity_id) WHERE action = 'case.extended';

-- Privacydesk's own request files: per person the last answer and whether every request was
-- answered, read from the index alone. It serves every lookup of cases_person as well.
CREATE INDEX IF NOT EXISTS cases_person_closed
    ON cases (person_id, received_date, answered_on, closed_at);
DROP INDEX IF EXISTS cases_person;
CREATE INDEX IF NOT EXISTS persons_anonymised
    ON persons (anonymised_at) WHERE anonymised_at IS NOT NULL;

-- Retention items by expiry whatever their destruction date (retention_items_expires holds
-- only those not destroyed), with the columns the figures group and filter on.
CREATE INDEX IF NOT EXISTS retention_items_expiry
    ON retention_items (expires_on, rule_id, destroyed_on, person_id);

-- A disclosure told after a day was still to be told on it.
CREATE INDEX IF NOT EXISTS disclosures_informed_on
    ON disclosures (informed, informed_on, disclosed_on);
