-- Schema 50: art. 19 AVG per item. Besides told (notified_on) and impossible or disproportionate
-- (exempt_reason), the officer can mark a recipient "niet van toepassing" with a reason of her
-- own (the window cleaner only ever had the current address): not_applicable = 1, the reason in
-- exempt_reason (so the CHECK of schema 18 still holds: a date or a reason, never both), under the
-- BSN guard as before and erased with the request files as before. The letter then names the
-- recipient with that reason, never as "onmogelijk of onevenredig".
-- Self-contained (it depends on schema 18 only), so it may be renumbered when migrations are
-- merged. PostgreSQL: pg/0050_art19_not_applicable.sql.
ALTER TABLE art19_notifications ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
    CHECK (not_applicable IN (0, 1));
