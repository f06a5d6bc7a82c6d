-- Schema 13: a letter made is not a letter sent (issue 14). Recording the dispatch is its own
-- step: the day it went out and how (per post, per e-mail, aangetekend, via het portaal,
-- overhandigd), with who recorded it and when; the dossier lists letters sent with their
-- dispatch date and letters only made as such. The "how" is free text under the BSN guard and
-- destroyed with the letter's text under the retention rules.
ALTER TABLE letters ADD COLUMN sent_on TEXT;
ALTER TABLE letters ADD COLUMN sent_how TEXT;
ALTER TABLE letters ADD COLUMN sent_recorded_at TEXT;
ALTER TABLE letters ADD COLUMN sent_recorded_by TEXT;
