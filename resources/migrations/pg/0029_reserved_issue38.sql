-- Schema 29 on a server store: taken by another part of issue 38, merged apart; this step only
-- keeps the numbering unbroken on the branch that adds schema 30 (see
-- resources/migrations/0029_reserved_issue38.sql). At the merge the other part's 0029 replaces it.
SELECT 1;
