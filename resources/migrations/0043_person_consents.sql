-- Schema 43: the consents a person gave and withdrew (art. 7 AVG, issue 38, the ieder1 reading:
-- "a promise in a statement that cannot be entered is a defect"). One row per consent: for which
-- purpose (free text: "nieuwsbrief", "enquêtes", "foto's op de website"), given on which day and
-- how (the proof: "formulier mijn ieder1", "e-mail"), who recorded it; withdrawn on which day and
-- how (art. 7 lid 3), by whom recorded. A withdrawal updates the row and never deletes it: the
-- controller must be able to show the consent that covered the processing before it (art. 7
-- lid 1). Dates are ISO 8601 text, so the CHECK compares days. Owner:
-- registers/ConsentRepository.
CREATE TABLE person_consents (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES persons (id),
    purpose       TEXT NOT NULL,
    given_on      TEXT NOT NULL,
    given_how     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    withdrawn_on  TEXT,
    withdrawn_how TEXT,
    withdrawn_by  TEXT,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX person_consents_person ON person_consents (person_id, id);
