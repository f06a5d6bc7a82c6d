-- Placeholder (branch c40 only): schema 33 is another part of issue 40's. The migrations
-- must be numbered without a gap, so this branch keeps the number with a step that changes
-- nothing; whoever merges the branches drops this file for the real 0033.
CREATE TABLE reserved_c40_0033 (id INTEGER PRIMARY KEY);
DROP TABLE reserved_c40_0033;
