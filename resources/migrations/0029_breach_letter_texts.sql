-- Schema 29: the art. 34 letter's own texts (issue 38). The letter to the people concerned by a
-- data breach reused what was written for the AP ("de buurvrouw weet nu dat de huurder ..."):
-- now a breach keeps what happened and what it can mean for them in plain words of their own.
-- Empty: the letter falls back to the description and consequences, and warns the officer.
-- Free texts: destroyed with the breach's other texts under its retention rule.
ALTER TABLE breaches ADD COLUMN subjects_description TEXT;
ALTER TABLE breaches ADD COLUMN subjects_consequences TEXT;
