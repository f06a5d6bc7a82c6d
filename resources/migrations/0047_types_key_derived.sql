-- Schema 47: a request's types_key (its kinds as the list sorts and shows them, schema 21) says
-- what case_types says, and nothing else may write it. The triggers of schema 21 keep it when
-- case_types changes; a statement that sets it to anything else is refused, so that the list,
-- `case show` and the dossier (which read the kinds from types_key) can never name other kinds
-- than the request has. The check reads the key as schema 21's triggers compute it.
-- The condition is in the body, not in a WHEN: the server's trigger cannot have a subquery in its
-- WHEN, and both schemas' triggers are compared (tst_schema_parity).
CREATE TRIGGER cases_types_key_derived BEFORE UPDATE OF types_key ON cases
BEGIN
    SELECT RAISE(ABORT, 'types_key is kept from case_types')
    WHERE NEW.types_key IS NOT COALESCE(
        (SELECT group_concat(type, ',') FROM
            (SELECT t.type FROM case_types t WHERE t.case_id = NEW.id ORDER BY t.type)), '');
END;
