-- Schema 29 is taken by another part of issue 38, merged apart: this step only keeps the
-- numbering 1..N unbroken on the branch that adds schema 30, and changes nothing. At the merge
-- the other part's 0029 replaces this file.
SELECT 1;
