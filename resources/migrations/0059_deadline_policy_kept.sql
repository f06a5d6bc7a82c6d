-- Schema 59: a store made before the organisation was asked to choose its deadline (the law alone
-- or an own term) has worked with the own term it was given unasked, 30 days and 30 more when
-- extended. A store that holds a request keeps it, stored as CaseService::setPolicy writes it, so
-- that no open deadline moves on the upgrade; a store without requests chooses as a new one does.
-- PostgreSQL: pg/0059_deadline_policy_kept.sql.
INSERT INTO settings (key, value, changed_at, changed_by)
SELECT kept.key, kept.value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'privacydesk'
FROM (SELECT 'deadline.base' AS key, '30 days' AS value
      UNION ALL SELECT 'deadline.extension', '30 days'
      UNION ALL SELECT 'deadline.move_to_working_day', '1'
      UNION ALL SELECT 'deadline.identification_model', 'pause'
      UNION ALL SELECT 'deadline.identification_within_days', '7'
      UNION ALL SELECT 'deadline.closing_days', '') AS kept
WHERE EXISTS (SELECT 1 FROM cases)
  AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'deadline.base')
  AND NOT EXISTS (SELECT 1 FROM settings s WHERE s.key = kept.key);
