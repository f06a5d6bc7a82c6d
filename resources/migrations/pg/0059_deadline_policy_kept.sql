-- Schema 59 on a server store: the own term a store with requests worked with unasked (30 days, 30
-- more when extended) is stored as CaseService::setPolicy writes it, as
-- resources/migrations/0059_deadline_policy_kept.sql does; `server upgrade` names the rows it
-- writes in the trail (store.upgraded), so that they are not taken for a change by hand.
INSERT INTO settings (key, value, changed_at, changed_by)
SELECT kept.key, kept.value,
       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'privacydesk'
FROM (VALUES ('deadline.base', '30 days'),
             ('deadline.extension', '30 days'),
             ('deadline.move_to_working_day', '1'),
             ('deadline.identification_model', 'pause'),
             ('deadline.identification_within_days', '7'),
             ('deadline.closing_days', '')) AS kept (key, value)
WHERE EXISTS (SELECT 1 FROM cases)
  AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'deadline.base')
ON CONFLICT (key) DO NOTHING;
