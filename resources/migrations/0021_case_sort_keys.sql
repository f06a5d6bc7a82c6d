-- Issue 19: the case list pages by keyset (CaseQuery::pageAfter) in every order it offers, so
-- that the last page costs what the first does. A keyset page is an index range only when the
-- sort key is in an index; two were not.

-- The request types as the list sorts them: the codes in alphabetical order, comma-separated
-- ('' without types). A group_concat over case_types cannot be indexed, so the key is kept on
-- the case by the triggers below; nothing else writes it.
ALTER TABLE cases ADD COLUMN types_key TEXT NOT NULL DEFAULT '';

UPDATE cases SET types_key = COALESCE(
    (SELECT group_concat(type, ',') FROM
        (SELECT t.type FROM case_types t WHERE t.case_id = cases.id ORDER BY t.type)), '');

CREATE TRIGGER case_types_key_insert AFTER INSERT ON case_types
BEGIN
    UPDATE cases SET types_key = COALESCE(
        (SELECT group_concat(type, ',') FROM
            (SELECT t.type FROM case_types t WHERE t.case_id = NEW.case_id ORDER BY t.type)), '')
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER case_types_key_update AFTER UPDATE ON case_types
BEGIN
    UPDATE cases SET types_key = COALESCE(
        (SELECT group_concat(type, ',') FROM
            (SELECT t.type FROM case_types t WHERE t.case_id = cases.id ORDER BY t.type)), '')
    WHERE id IN (OLD.case_id, NEW.case_id);
END;

CREATE TRIGGER case_types_key_delete AFTER DELETE ON case_types
BEGIN
    UPDATE cases SET types_key = COALESCE(
        (SELECT group_concat(type, ',') FROM
            (SELECT t.type FROM case_types t WHERE t.case_id = OLD.case_id ORDER BY t.type)), '')
    WHERE id = OLD.case_id;
END;

CREATE INDEX cases_types_key_number ON cases (types_key, number);

-- The state in the order of the workflow, not of the alphabet: an index on the expression that
-- CaseQuery sorts on (word for word; SQLite uses it only for the same expression).
CREATE INDEX cases_state_rank_number ON cases (
    (CASE state WHEN 'ontvangen' THEN 0 WHEN 'identificatie' THEN 1
        WHEN 'in-behandeling' THEN 2 WHEN 'afgerond' THEN 3
        WHEN 'ingetrokken' THEN 4 ELSE 5 END), number);
