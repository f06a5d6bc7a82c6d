-- Schema 24: the letter "kennisgeving datalek" to a person concerned by a data breach (art. 34
-- AVG; issue 20), recorded per person as the letters of a request are (0008_letters): the full
-- rendered text (HTML) and its SHA-256 (hex, over the UTF-8 text), which the breach's audit event
-- ("breach.letter") repeats. Made is not sent: sent_on and sent_how are recorded on their own, and
-- recording the dispatch marks the person informed (breach_persons.informed_on). The text names
-- the person: destroying it sets body to NULL with destroyed_at, and keeps kind, date and hash.
CREATE TABLE breach_letters (
    id               INTEGER PRIMARY KEY,
    breach_id        INTEGER NOT NULL REFERENCES breaches (id),
    person_id        INTEGER NOT NULL REFERENCES persons (id),
    kind             TEXT NOT NULL,
    body             TEXT,
    sha256           TEXT NOT NULL,
    generated_at     TEXT NOT NULL,
    generated_by     TEXT NOT NULL,
    destroyed_at     TEXT,
    sent_on          TEXT,
    sent_how         TEXT,
    sent_recorded_at TEXT,
    sent_recorded_by TEXT
);
CREATE INDEX breach_letters_breach ON breach_letters (breach_id, person_id, id);
CREATE INDEX breach_letters_person ON breach_letters (person_id, id);
