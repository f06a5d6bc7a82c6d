-- Schema 4: the case list. Search-as-you-type over the data subject's name, the case number,
-- the klantnummer and the postcode, and indexes for sorting 50,000 requests on every column.

-- One row per case (docid = cases.id), kept in step by the triggers below; nothing else writes
-- it. unicode61 with remove_diacritics folds case and accents, so "celik" finds "Çelik";
-- prefix="2,3" keeps the first keystrokes of a search fast. The postcode is indexed as stored
-- ("1234AB") and split ("1234 AB"), so every way of typing it finds the case. An anonymised
-- person leaves only the case number in the index.
CREATE VIRTUAL TABLE case_search USING fts4 (
    name, number, klantnummer, postcode,
    tokenize=unicode61 "remove_diacritics=1", prefix="2,3"
);

CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (docid, name, number, klantnummer, postcode)
    SELECT NEW.id,
           CASE WHEN p.anonymised_at IS NULL THEN p.name END,
           NEW.number,
           CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END,
           CASE WHEN p.anonymised_at IS NULL THEN
               replace(upper(p.postcode), ' ', '') || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 5) END
    FROM (SELECT 1) AS one LEFT JOIN persons p ON p.id = NEW.person_id;
END;

CREATE TRIGGER case_search_case_update AFTER UPDATE OF number, person_id ON cases
BEGIN
    DELETE FROM case_search WHERE docid = OLD.id;
    INSERT INTO case_search (docid, name, number, klantnummer, postcode)
    SELECT NEW.id,
           CASE WHEN p.anonymised_at IS NULL THEN p.name END,
           NEW.number,
           CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END,
           CASE WHEN p.anonymised_at IS NULL THEN
               replace(upper(p.postcode), ' ', '') || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
               || substr(replace(upper(p.postcode), ' ', ''), 5) END
    FROM (SELECT 1) AS one LEFT JOIN persons p ON p.id = NEW.person_id;
END;

CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE docid = OLD.id;
END;

-- A rename, a new klantnummer or postcode, or anonymisation re-indexes the person's cases.
-- Anonymisation also merges the index ('optimize'), so that the old name does not linger in
-- superseded index segments (freed pages are zeroed: SQLCipher is built with SECURE_DELETE).
CREATE TRIGGER case_search_person_update
AFTER UPDATE OF name, klantnummer, postcode, anonymised_at ON persons
BEGIN
    DELETE FROM case_search WHERE docid IN (SELECT id FROM cases WHERE person_id = NEW.id);
    INSERT INTO case_search (docid, name, number, klantnummer, postcode)
    SELECT c.id,
           CASE WHEN NEW.anonymised_at IS NULL THEN NEW.name END,
           c.number,
           CASE WHEN NEW.anonymised_at IS NULL THEN NEW.klantnummer END,
           CASE WHEN NEW.anonymised_at IS NULL THEN
               replace(upper(NEW.postcode), ' ', '') || ' '
               || substr(replace(upper(NEW.postcode), ' ', ''), 1, 4) || ' '
               || substr(replace(upper(NEW.postcode), ' ', ''), 5) END
    FROM cases c WHERE c.person_id = NEW.id;
    INSERT INTO case_search (case_search)
    SELECT 'optimize' WHERE NEW.anonymised_at IS NOT NULL AND OLD.anonymised_at IS NULL;
END;

INSERT INTO case_search (docid, name, number, klantnummer, postcode)
SELECT c.id,
       CASE WHEN p.anonymised_at IS NULL THEN p.name END,
       c.number,
       CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END,
       CASE WHEN p.anonymised_at IS NULL THEN
           replace(upper(p.postcode), ' ', '') || ' '
           || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
           || substr(replace(upper(p.postcode), ' ', ''), 5) END
FROM cases c LEFT JOIN persons p ON p.id = c.person_id;

-- Sorting: each sortable column with the tie-break (number), so that a page is read from the
-- index in order instead of sorting every row. These replace the single-column indexes.
DROP INDEX cases_received;
DROP INDEX cases_handler;
CREATE INDEX cases_received_number ON cases (received_date, number);
CREATE INDEX cases_deadline_number ON cases (deadline_effective, number, state);
CREATE INDEX cases_handler_number ON cases (handler, number);
CREATE INDEX cases_channel_number ON cases (channel, number);
CREATE INDEX persons_name_nocase ON persons (name COLLATE NOCASE);
