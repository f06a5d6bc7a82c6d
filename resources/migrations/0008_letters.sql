-- Schema 8: letters to the data subject and the AP complaint dossier (issue 7).

-- The organisation's own wording of a letter kind. A row exists only for an edited template;
-- "reset to default" deletes it, and the default comes from the resources again. Templates
-- hold no personal data: placeholders are filled when a letter is generated.
-- kind codes: ontvangstbevestiging, verzoek-identificatie, verlengingsbericht, besluit,
-- bevestiging-verwijdering, bevestiging-rectificatie, begeleidende-brief-export.
CREATE TABLE letter_templates (
    kind       TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);

-- Every letter generated for a request, as sent: the full rendered text (HTML) and its
-- SHA-256 (hex, over the UTF-8 text), which the case's audit event ("case.letter") repeats.
-- The text names the data subject: destroying the request files under the retention rules
-- sets body to NULL with destroyed_at, and keeps kind, date and hash as proof.
CREATE TABLE letters (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    kind         TEXT NOT NULL,
    body         TEXT,
    sha256       TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    generated_by TEXT NOT NULL,
    destroyed_at TEXT
);
CREATE INDEX letters_case ON letters (case_id, id);

-- The Autoriteit Persoonsgegevens' reference of a complaint about a request, when known.
CREATE TABLE case_ap_references (
    case_id    INTEGER PRIMARY KEY REFERENCES cases (id),
    reference  TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
