-- Schema 33: the restriction of processing on a person (art. 18 AVG, issue 40). Which data
-- (free text, the data categories), from when, on which ground of art. 18 lid 1 (a, b, c, d)
-- and why, linked to the request that asked for it when there is one. Lifting it needs the
-- notice to the person first (art. 18 lid 3): lift_letter_id is the request's letter
-- "kennisgeving-opheffing-beperking" recorded as sent before lifted_on was set (the letter's
-- id as proof, no foreign key: the letters' table may be rebuilt or emptied on its own). Dates
-- are ISO 8601 text. Owner: cases/RestrictionRepository.
CREATE TABLE person_restrictions (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons (id),
    case_id        INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    data           TEXT NOT NULL,
    ground         TEXT NOT NULL CHECK (ground IN ('a', 'b', 'c', 'd')),
    reason         TEXT NOT NULL,
    started_on     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    lifted_on      TEXT,
    lifted_by      TEXT,
    lift_letter_id INTEGER
);
CREATE INDEX person_restrictions_person ON person_restrictions (person_id, id);
