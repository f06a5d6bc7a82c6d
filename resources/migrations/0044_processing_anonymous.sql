-- Schema 44: a processing activity whose answers are processed anonymously (issue 38, the ieder1
-- reading: its statement promises to say for each survey whether it is anonymous). 1: the
-- answers (of a survey) cannot be traced back to a person, and the inzage report of a data
-- subject the activity concerns says so; 0: an ordinary activity, as every activity registered
-- before this schema. Written with the activity (ProcessingRegister, processing.* events).
ALTER TABLE processing_activities ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0
    CHECK (anonymous IN (0, 1));
