-- Schema 34: the systems searched for a request (issue 40). A processing activity names the
-- systems that hold its data (ERP, mailbox, camera system, ...), one row each, in its order;
-- an inzage, erasure or rectification lists the systems of the activities whose data subjects
-- include the person's relation (SystemChecklist), and each system searched is ticked here:
-- who searched, when, the result and a note or one of the request's files.
CREATE TABLE processing_activity_systems (
    activity_id INTEGER NOT NULL REFERENCES processing_activities (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE case_system_checks (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    system        TEXT NOT NULL,
    result        TEXT NOT NULL CHECK (result IN ('niets-gevonden', 'gevonden', 'apart-verstrekt',
                      'gewist', 'gecorrigeerd', 'niet-doorzoekbaar')),
    note          TEXT,
    attachment_id INTEGER REFERENCES case_attachments (id),
    searched_by   TEXT NOT NULL,
    searched_at   TEXT NOT NULL,
    UNIQUE (case_id, system)
);
