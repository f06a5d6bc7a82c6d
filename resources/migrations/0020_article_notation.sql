-- Issue 18: one article notation ("art. 5 lid 1 sub e AVG", translations/GLOSSARY.md). The
-- retention rules seeded by migration 6 carried "art. 5(1)(e)", which the rules tab and the
-- access report show. Only a rule nobody changed since the seed (its seed moment) is renamed.
UPDATE retention_rules SET legal_ground = 'Eigen beleid (art. 5 lid 1 sub e AVG)'
WHERE legal_ground IS 'Eigen beleid (art. 5(1)(e) AVG)'
  AND updated_at = '2000-01-01T00:00:00.000Z';
