-- Schema 18: art. 19 AVG "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt"
-- (issue 16). A recipient of the person's data is either told of the rectification, erasure or
-- restriction on a date (notified_on), or recorded as exempt: telling it proved impossible or
-- would take disproportionate effort, with the reason in words (exempt_reason, under the BSN
-- guard like every free text). Exactly one of the two is set; the CHECK says so. Recording one
-- replaces the other (DisclosureService::markNotified / markExempt), each with its audit event.
-- The request counts as done for art. 19 when every recipient is told or exempt.
--
-- SQLite cannot relax NOT NULL or add a CHECK in place, so the table is rebuilt as 0011 and
-- 0015 did (applyMigrations runs with foreign keys off and checks them before the commit);
-- every existing notification is kept as it was. It has no indexes or triggers of its own.
-- Self-contained (it depends on schema 5 only), so it may be renumbered when migrations are
-- merged. PostgreSQL: ALTER COLUMN notified_on DROP NOT NULL, ADD COLUMN exempt_reason TEXT,
-- ADD CHECK ((notified_on IS NULL) <> (exempt_reason IS NULL)).

CREATE TABLE art19_notifications_rebuilt (
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    recipient_id  INTEGER NOT NULL REFERENCES recipients (id),
    notified_on   TEXT,
    exempt_reason TEXT,
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    PRIMARY KEY (case_id, recipient_id),
    CHECK ((notified_on IS NULL) <> (exempt_reason IS NULL))
);

INSERT INTO art19_notifications_rebuilt (case_id, recipient_id, notified_on, exempt_reason,
    recorded_at, recorded_by)
SELECT case_id, recipient_id, notified_on, NULL, recorded_at, recorded_by
FROM art19_notifications;

DROP TABLE art19_notifications;
ALTER TABLE art19_notifications_rebuilt RENAME TO art19_notifications;
