-- Schema 28 on a server store: taken by another part of issue 38, merged apart; this step only
-- keeps the numbering unbroken on the branch that adds schema 29 (see
-- resources/migrations/0028_reserved_issue38.sql). At the merge the other part's 0028 replaces it.
SELECT 1;
