-- Schema 47 on a server store: a request's types_key says what case_types says, and no login
-- may write it otherwise, as resources/migrations/0047_types_key_derived.sql for the store
-- folder. The triggers of schema 21 keep it when case_types changes; a direct UPDATE of the
-- column to anything else is refused (by any login: the trigger is the owner's).
CREATE FUNCTION cases_types_key_derived_fn() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NEW.types_key IS DISTINCT FROM COALESCE(
            (SELECT string_agg(t.type, ',' ORDER BY t.type COLLATE "C")
             FROM case_types t WHERE t.case_id = NEW.id), '') THEN
        RAISE EXCEPTION 'types_key is kept from case_types' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cases_types_key_derived BEFORE UPDATE OF types_key ON cases
FOR EACH ROW EXECUTE FUNCTION cases_types_key_derived_fn();
