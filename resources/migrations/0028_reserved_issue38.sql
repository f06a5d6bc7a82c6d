-- Schema 28 is taken by another part of issue 38, merged apart: this step only keeps the
-- numbering 1..N unbroken on the branch that adds schema 29, and changes nothing. At the merge
-- the other part's 0028 replaces this file.
SELECT 1;
