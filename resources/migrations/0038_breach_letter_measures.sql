-- Schema 38: what was done, told to the people concerned by a data breach in their own words
-- (issue 38). The art. 34 letter's "Wat hebben wij gedaan?" printed the measures written for
-- the AP; like the texts of schema 29, a breach now keeps its own for the letter. Empty: the
-- letter falls back to the measures taken and warns the officer. A free text: destroyed with the
-- breach's other texts under its retention rule.
ALTER TABLE breaches ADD COLUMN subjects_measures TEXT;
