-- Schema 48 on a server store: a message taken from the privacy mailbox is recorded (pending)
-- before it is moved, and its key is unique with its SHA-256, as
-- resources/migrations/0048_mailbox_pending.sql for the store folder. Only a pending row may
-- change or go, for any login (the triggers are the owner's); access.sql lets the officers'
-- desks update and remove rows, which these triggers then confine to pending ones.
ALTER TABLE mailbox_messages DROP CONSTRAINT mailbox_messages_state_check;
ALTER TABLE mailbox_messages ADD CONSTRAINT mailbox_messages_state_check
    CHECK (state IN ('pending', 'registered', 'dismissed'));
ALTER TABLE mailbox_messages DROP CONSTRAINT mailbox_messages_message_key_key;
ALTER TABLE mailbox_messages ADD CONSTRAINT mailbox_messages_message_key_sha256_key
    UNIQUE (message_key, sha256);
ALTER TABLE mailbox_messages ADD COLUMN folder text;
ALTER TABLE mailbox_messages ADD COLUMN uid bigint;
ALTER TABLE mailbox_messages ADD COLUMN uid_validity bigint;

CREATE FUNCTION mailbox_messages_kept_fn() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF OLD.state <> 'pending' OR NEW.id IS DISTINCT FROM OLD.id
       OR NEW.message_key IS DISTINCT FROM OLD.message_key
       OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.size IS DISTINCT FROM OLD.size THEN
        RAISE EXCEPTION 'a message handled stays as it was recorded'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER mailbox_messages_kept BEFORE UPDATE ON mailbox_messages
FOR EACH ROW EXECUTE FUNCTION mailbox_messages_kept_fn();

CREATE FUNCTION mailbox_messages_not_removed_fn() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF OLD.state <> 'pending' THEN
        RAISE EXCEPTION 'a message handled stays as it was recorded'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER mailbox_messages_not_removed BEFORE DELETE ON mailbox_messages
FOR EACH ROW EXECUTE FUNCTION mailbox_messages_not_removed_fn();
