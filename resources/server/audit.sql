-- The audit trail of a server store, kept by the server itself (issue 21).
--
-- Run by `server init` as the store's owner role (<database>_eigenaar) with search_path set to
-- privacydesk, after the schema. Every statement may run again (CREATE OR REPLACE, IF NOT
-- EXISTS): a later version replaces these objects the same way.
--
-- The chain is the one AuditLog documents ("privacydesk-audit-v1", SHA-256), so that the
-- application verifies a server's chain with the same code as a store's:
--   payload_hash = SHA-256(salt ‖ payload)
--   hash         = SHA-256(F(prev_hash) ‖ F(seq) ‖ F(occurred_at) ‖ F(actor) ‖ F(entity_type) ‖
--                          F(entity_id) ‖ F(action) ‖ F(payload_hash)),  F(x) = int4(len) ‖ x
-- but computed here, in a BEFORE INSERT trigger, whoever inserts: the application, or any
-- application role with psql. The client names only what happened (entity, action, payload);
-- the server sets seq, the moment, the actor (the session's login role, never what the client
-- says), the salt and the hashes. The keyed chain of a store (BLAKE2b with a key in the
-- keyring) has no counterpart here: whoever holds the owner role could recompute the chain,
-- which is why that role logs in for nobody (see access.sql) and the server's own access
-- control and logs guard it.

ALTER TABLE audit_events ADD COLUMN IF NOT EXISTS tx bigint; -- the writing transaction

CREATE OR REPLACE FUNCTION pd_audit_field(value bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT int4send(length($1)) || $1 $$;

CREATE OR REPLACE FUNCTION pd_audit_now() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- An event's hash (the formula above).
CREATE OR REPLACE FUNCTION pd_audit_event_hash(prev_hash bytea, seq bigint, occurred_at text,
                                               actor text, entity_type text, entity_id text,
                                               action text, payload_hash bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT sha256(pd_audit_field(prev_hash)
                        || pd_audit_field(int8send(seq))
                        || pd_audit_field(convert_to(occurred_at, 'UTF8'))
                        || pd_audit_field(convert_to(actor, 'UTF8'))
                        || pd_audit_field(convert_to(entity_type, 'UTF8'))
                        || pd_audit_field(convert_to(entity_id, 'UTF8'))
                        || pd_audit_field(convert_to(action, 'UTF8'))
                        || pd_audit_field(payload_hash)) $$;

-- The chain in the order of sealing, which writers never wait for (issue 42). A transaction's
-- events wait, unchained, until they are sealed: the insert trigger below gives each the
-- moment, the actor, the salt and the payload's hash, and a number below zero
-- (pd_audit_pending_seq: its place in the transaction, the more negative the later). Sealing
-- (pd_audit_seal_locked) takes the head of the chain and gives every waiting event it can see
-- the next number and its hashes: first those of transactions already committed, in the order
-- of their transactions, then the sealer's own, in the order they were written. The chain is
-- the same chain as before: the same formula over the same fields, numbers without a gap.
--   - At commit (the deferred trigger audit_events_chain_seal) a writer seals, if nobody else
--     is sealing at that moment (pg_try_advisory_xact_lock): it never waits for the chain. It
--     holds it from then to the end of its commit; a writer that finds it taken commits its
--     events waiting, and the next sealer chains them. So events are chained in the order
--     their transactions commit, except that a commit during another's seal comes after it.
--   - Whoever reads the chain in its order (AuditRepository on a server: a verification, a
--     chronology, a dossier) seals first and waits for the chain to do so (pd_audit_seal), as
--     does a transaction that must name the head inside it (a destruction's record).
-- Waiting events are visible once committed (seq below zero, no hashes yet): readers of the
-- chain seal them first; nothing reads them as part of the chain.

-- A waiting event's number: unique across transactions (2^24 numbers for each, from its id
-- down) and, inside one, the more negative the later. The count of the transaction's events is
-- a setting of the transaction (privacydesk.pending, gone at its end, rolled back with a
-- savepoint as its events are): no query per event, no sequence (a sequence's nextval would
-- become the session's lastval(), the id the application reads back after an insert). A login
-- that sets it by hand can only make its own next insert collide with its own events.
CREATE INDEX IF NOT EXISTS audit_events_tx ON audit_events (tx);

CREATE OR REPLACE FUNCTION pd_audit_pending_seq(tx bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    written bigint := coalesce(nullif(current_setting('privacydesk.pending', true), ''),
                               '0')::bigint + 1;
BEGIN
    IF written < 1 OR written >= 16777216 THEN
        RAISE EXCEPTION 'more than 16,777,215 audit events in one transaction';
    END IF;
    PERFORM set_config('privacydesk.pending', written::text, true);
    RETURN -(tx * 16777216) - written;
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NEW.entity_type IS NULL OR NEW.entity_id IS NULL OR NEW.action IS NULL
       OR NEW.entity_type = '' OR NEW.entity_id = '' OR NEW.action = '' THEN
        RAISE EXCEPTION 'an audit event needs an entity type, an entity id and an action';
    END IF;
    NEW.tx := txid_current();
    NEW.seq := pd_audit_pending_seq(NEW.tx);
    NEW.occurred_at := pd_audit_now();
    NEW.actor := session_user;
    NEW.payload := coalesce(NEW.payload, '{}');
    NEW.payload_salt := uuid_send(gen_random_uuid()); -- 16 bytes, 122 of them random
    NEW.payload_hash := sha256(NEW.payload_salt || convert_to(NEW.payload, 'UTF8'));
    NEW.prev_hash := ''::bytea; -- until sealed
    NEW.hash := ''::bytea;
    NEW.payload_destroyed_at := NULL;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS audit_events_chain ON audit_events;
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION pd_audit_chain();

-- Seals every waiting event the caller sees onto the chain and returns the head; the caller
-- holds the chain's lock (hashtextextended('privacydesk.audit_events', 0)) until its
-- transaction ends. The head read below is a new snapshot taken after the lock (read
-- committed): the last sealer's commit is in it.
-- Never a sequential scan (issue 42): the waiting events are a handful at the start of the
-- chain's index, but a store without statistics yet (new, restored, or filled since the last
-- ANALYZE) has its planner guess a third of all events below zero and read every event at each
-- commit; a session keeps that plan.
CREATE OR REPLACE FUNCTION pd_audit_seal_locked(OUT head_seq bigint, OUT head_hash bytea)
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp SET enable_seqscan = off
AS $$
DECLARE
    store    text;
    pending  record;
    olds     bigint[] := '{}';
    news     bigint[] := '{}';
    prevs    bytea[] := '{}';
    hashes   bytea[] := '{}';
    next     bytea;
    n        integer := 0;
BEGIN
    SELECT seq, hash INTO head_seq, head_hash
      FROM audit_events WHERE seq > 0 ORDER BY seq DESC LIMIT 1;
    IF head_seq IS NULL THEN
        SELECT value INTO store FROM meta WHERE key = 'store_id';
        IF store IS NULL THEN
            RAISE EXCEPTION 'the store has no id: the audit trail cannot begin';
        END IF;
        head_seq := 0;
        head_hash := sha256(convert_to('privacydesk-audit-v1' || store, 'UTF8'));
    END IF;
    FOR pending IN SELECT seq, occurred_at, actor, entity_type, entity_id, action, payload_hash
                     FROM audit_events
                    WHERE seq < 0
                    ORDER BY tx = txid_current(), tx, seq DESC -- committed ones first
    LOOP
        head_seq := head_seq + 1;
        next := pd_audit_event_hash(head_hash, head_seq, pending.occurred_at, pending.actor,
                                    pending.entity_type, pending.entity_id, pending.action,
                                    pending.payload_hash);
        -- Assigned by subscript, which PL/pgSQL does in place (an import seals 100,000 events:
        -- "olds := olds || x" would copy the array each time).
        n := n + 1;
        olds[n] := pending.seq;
        news[n] := head_seq;
        prevs[n] := head_hash;
        hashes[n] := next;
        head_hash := next;
    END LOOP;
    IF n > 0 THEN
        PERFORM set_config('privacydesk.sealing', 'on', true);
        UPDATE audit_events a SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
          FROM unnest(olds, news, prevs, hashes) AS s(pending, seq, prev_hash, hash)
         WHERE a.seq = s.pending;
        PERFORM set_config('privacydesk.sealing', 'off', true);
    END IF;
END
$$;

-- Seals, waiting for the chain if another is sealing: for readers of the chain and for a
-- transaction that names the head inside it (RetentionDestructionRepository::lastEvent), which
-- holds the chain until it ends.
CREATE OR REPLACE FUNCTION pd_audit_seal(OUT head_seq bigint, OUT head_hash bytea)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('privacydesk.audit_events', 0));
    SELECT l.head_seq, l.head_hash INTO head_seq, head_hash FROM pd_audit_seal_locked() l;
END
$$;

-- What this session committed to the trail (privacydesk.own_events, a setting of the session),
-- for pd_audit_others: counted at commit, at the transaction's last event, the count of its
-- events less what an earlier last event of the same transaction counted (a deferred check may
-- append one more). A transaction that aborts takes both settings back with it.
CREATE OR REPLACE FUNCTION pd_audit_count_own(written bigint) RETURNS void
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    counted bigint := coalesce(nullif(current_setting('privacydesk.own_counted', true), ''),
                               '0')::bigint;
    own     bigint := coalesce(nullif(current_setting('privacydesk.own_events', true), ''),
                               '0')::bigint;
BEGIN
    PERFORM set_config('privacydesk.own_events', (own + written - counted)::text, false);
    PERFORM set_config('privacydesk.own_counted', written::text, true);
END
$$;

-- At commit, for the transaction's last event (its number is the count of privacydesk.pending):
-- seal, unless another is sealing (then the events wait for the next sealer). The last one's
-- trigger comes after the checks of the rows written before it (pd_audit_direct_change), which
-- then read the transaction's events as they were inserted: sealing rewrites them, and an index
-- scan over a transaction's events would walk every version it left behind (an import's
-- 100,000). An event a deferred check appends is the last one again.
CREATE OR REPLACE FUNCTION pd_audit_seal_at_commit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    written bigint := coalesce(nullif(current_setting('privacydesk.pending', true), ''),
                               '0')::bigint;
BEGIN
    IF NEW.seq <> -(NEW.tx * 16777216) - written THEN
        RETURN NULL;
    END IF;
    PERFORM pd_audit_count_own(written);
    IF pg_try_advisory_xact_lock(hashtextextended('privacydesk.audit_events', 0)) THEN
        PERFORM pd_audit_seal_locked();
    END IF;
    RETURN NULL;
END
$$;

-- audit_events_destruction_proof, on the same events, seals for itself when it must.
DROP TRIGGER IF EXISTS audit_events_chain_seal ON audit_events;
CREATE CONSTRAINT TRIGGER audit_events_chain_seal AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION pd_audit_seal_at_commit();

-- The only door into the trail for the application's roles (issue 36): none of them may
-- INSERT into audit_events (access.sql grants no INSERT); each event goes through
-- pd_audit_append, which runs as the owner and first checks the caller against the same rules
-- as the application's services (UserService::roleMay, CaseScope):
--   beheerder     any event
--   functionaris  any event but the administration of users and of the organisation's settings
--   auditor       what reading and reporting record (*.read, reports, exports, verification),
--                 a refusal, a password of its own
--   kcc           what the phone intake records (a request, a person, a BSN override, a
--                 breach report, its own drafts), a refusal, a password of its own; and only
--                 about a request it may read (its own intake of the last 7 days), a person it
--                 made itself or that its visible requests name, a breach it reported, a draft
--                 of its own, or itself
-- What only the server records ('sql.changed', 'audit.payloads_destroyed', the entity 'table')
-- no login may append. Refusals are SQLSTATE 42501 (insufficient_privilege).
CREATE OR REPLACE FUNCTION pd_group(code text) RETURNS name
    LANGUAGE sql STABLE
    AS $$ SELECT (current_database() || '_' || code)::name $$;

-- The login's group; the store's owner role (held by IT's login for the time of `server init`,
-- `upgrade` and `restore` only) records as a beheerder does.
-- (PL/pgSQL, planned once a session: as an SQL function with SET search_path it was planned
-- again at every append, issue 42.)
CREATE OR REPLACE FUNCTION pd_acting_group() RETURNS text
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    RETURN (SELECT CASE code WHEN 'eigenaar' THEN 'beheerder' ELSE code END
              FROM unnest(ARRAY['eigenaar', 'beheerder', 'functionaris', 'auditor', 'kcc'])
                       WITH ORDINALITY AS g(code, rank)
             WHERE pg_has_role(session_user, pd_group(code), 'MEMBER')
             ORDER BY rank LIMIT 1);
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_may_record(grp text, etype text, eid text, act text)
    RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    IF etype = 'table' OR act IN ('sql.changed', 'audit.payloads_destroyed') THEN
        RETURN false;
    END IF;
    -- A refusal and one's own password are everyone's to record, about themselves.
    IF etype = 'user' AND eid = session_user
       AND act IN ('user.denied', 'user.password_changed') THEN
        RETURN true;
    END IF;
    CASE grp
    WHEN 'beheerder' THEN
        RETURN true;
    WHEN 'functionaris' THEN
        RETURN etype <> 'user'
           AND act NOT IN ('settings.security', 'settings.organisation',
                           'settings.deadline_policy', 'settings.changed', 'store.restored',
                           'mailbox.account_set', 'vera.system_added',
                           'vera.system_removed');
    WHEN 'auditor' THEN
        -- A copy of a DPIA's or processor's kept document is a read the trail records.
        RETURN act LIKE '%.read' OR act IN ('store.verified', 'case.timeline', 'person.report',
                                            'breach.report', 'breach.list',
                                            'dpia.document_exported',
                                            'recipient.agreement_exported');
    WHEN 'kcc' THEN
        IF act NOT IN ('case.created', 'person.created', 'bsn.override', 'breach.added',
                       'intake_draft.saved', 'intake_draft.discarded') THEN
            RETURN false;
        END IF;
        -- What is made is recorded once, by whoever made it.
        IF act IN ('case.created', 'person.created', 'breach.added') AND EXISTS (
            SELECT 1 FROM audit_events a
             WHERE a.entity_type = etype AND a.entity_id = eid AND a.action = act) THEN
            RETURN false;
        END IF;
        CASE etype
        WHEN 'intake_draft' THEN -- its own half-typed phone intake
            RETURN eid ~ '^[0-9]{1,18}$' AND EXISTS (
                SELECT 1 FROM intake_drafts d WHERE d.id = eid::bigint AND d.login = session_user);
        WHEN 'case' THEN
            -- Its own intake: in its window (pd_kcc_window, access.sql), or registered in this
            -- transaction (a request received longer ago is logged too).
            RETURN EXISTS (SELECT 1 FROM cases c
                            WHERE c.number = eid AND c.received_by = session_user
                              AND (pd_kcc_window(c.received_date, c.registered_at)
                                   OR act = 'case.created'
                                   OR EXISTS (SELECT 1 FROM audit_events a
                                               WHERE a.entity_type = 'case'
                                                 AND a.entity_id = eid
                                                 AND a.action = 'case.created'
                                                 AND a.tx = txid_current())));
        WHEN 'person' THEN
            RETURN eid ~ '^[0-9]{1,18}$' AND EXISTS (
                SELECT 1 FROM persons p
                 WHERE p.id = eid::bigint
                   AND (p.created_by = session_user
                        OR EXISTS (SELECT 1 FROM cases c
                                    WHERE c.person_id = p.id AND c.received_by = session_user
                                      AND pd_kcc_window(c.received_date, c.registered_at))));
        WHEN 'breach' THEN
            RETURN EXISTS (SELECT 1 FROM breaches b
                            WHERE b.number = eid AND b.reported_by = session_user);
        ELSE
            RETURN false;
        END CASE;
    ELSE
        RETURN false;
    END CASE;
END
$$;

-- events: a JSON array of [entity_type, entity_id, action, payload] in order (payload a JSON
-- text), appended in that order; all or nothing.
CREATE OR REPLACE FUNCTION pd_audit_append(events jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    grp   text := pd_acting_group();
    e     jsonb;
    count bigint := 0;
BEGIN
    IF grp IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s is not a user of this store: nothing may be recorded',
                             session_user);
    END IF;
    IF jsonb_typeof(events) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'pd_audit_append takes an array of events';
    END IF;
    FOR e IN SELECT value FROM jsonb_array_elements(events) WITH ORDINALITY ORDER BY ordinality
    LOOP
        IF jsonb_typeof(e) IS DISTINCT FROM 'array' OR jsonb_array_length(e) <> 4 THEN
            RAISE EXCEPTION 'an event is [entity_type, entity_id, action, payload]';
        END IF;
        IF NOT pd_audit_may_record(grp, e ->> 0, e ->> 1, e ->> 2) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('the role %s may not record %s about %s %s', grp, e ->> 2,
                                 e ->> 0, e ->> 1);
        END IF;
        INSERT INTO audit_events (entity_type, entity_id, action, payload)
        VALUES (e ->> 0, e ->> 1, e ->> 2, e ->> 3);
        count := count + 1;
    END LOOP;
    RETURN count;
END
$$;

-- Append-only for everyone, the owner included: no DELETE, no TRUNCATE, and an UPDATE only as
-- pd_audit_seal_locked makes it (a waiting event gets its number and hashes, nothing else)
-- or as pd_audit_destroy_payloads makes it (the payload of events whose retention ended).
CREATE OR REPLACE FUNCTION pd_audit_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- pd_audit_seal_locked: a waiting event gets its number and hashes.
        IF current_setting('privacydesk.sealing', true) = 'on'
           AND OLD.seq < 0 AND NEW.seq > 0
           AND NEW.tx IS NOT DISTINCT FROM OLD.tx AND NEW.occurred_at = OLD.occurred_at
           AND NEW.actor = OLD.actor AND NEW.entity_type = OLD.entity_type
           AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action
           AND NEW.payload IS NOT DISTINCT FROM OLD.payload
           AND NEW.payload_salt IS NOT DISTINCT FROM OLD.payload_salt
           AND NEW.payload_hash = OLD.payload_hash
           AND NEW.payload_destroyed_at IS NOT DISTINCT FROM OLD.payload_destroyed_at
           AND OLD.prev_hash = ''::bytea AND OLD.hash = ''::bytea THEN
            RETURN NEW;
        END IF;
        IF current_setting('privacydesk.destroying_payloads', true) = 'on'
           AND NEW.seq = OLD.seq AND NEW.occurred_at = OLD.occurred_at
           AND NEW.actor = OLD.actor AND NEW.entity_type = OLD.entity_type
           AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action
           AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash = OLD.prev_hash
           AND NEW.hash = OLD.hash AND NEW.tx IS NOT DISTINCT FROM OLD.tx
           AND NEW.payload IS NULL AND NEW.payload_salt IS NULL
           AND OLD.payload_destroyed_at IS NULL AND NEW.payload_destroyed_at IS NOT NULL THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit events are append-only';
END
$$;

DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION pd_audit_guard();
DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_guard();

-- Retention: the details (payload) of one entity's events destroyed, the chain kept. The only
-- way to change an audit row; EXECUTE only for beheerder and functionaris (access.sql). Only
-- for an entity whose own data has been destroyed as retention does it (the person anonymised
-- or reduced, the request's person so, the breach marked destroyed, the disclosure's persons
-- removed: marks that cannot be undone, pd_keys_frozen); never for one that is gone or was
-- never there. The destruction is an event of its own,
-- 'audit.payloads_destroyed', naming how many details went: a dossier says "destroyed" only
-- where that happened (issue 36).
CREATE OR REPLACE FUNCTION pd_audit_destruction_due(what text, which text) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    CASE what
    WHEN 'person' THEN
        RETURN which ~ '^[0-9]{1,18}$' AND EXISTS (
            SELECT 1 FROM persons p WHERE p.id = which::bigint
               AND (p.anonymised_at IS NOT NULL OR p.reduced_at IS NOT NULL));
    WHEN 'case' THEN
        RETURN EXISTS (
            SELECT 1 FROM cases c JOIN persons p ON p.id = c.person_id
             WHERE c.number = which AND (p.anonymised_at IS NOT NULL OR p.reduced_at IS NOT NULL));
    WHEN 'breach' THEN
        RETURN EXISTS (SELECT 1 FROM breaches b
                        WHERE b.number = which AND b.destroyed_on IS NOT NULL);
    WHEN 'disclosure' THEN
        RETURN which ~ '^[0-9]{1,18}$' AND EXISTS (
            SELECT 1 FROM disclosures d WHERE d.id = which::bigint AND d.destroyed_persons > 0);
    ELSE
        RETURN false;
    END CASE;
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_destroy_payloads(kind text, id text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    destroyed bigint;
    erased    bigint;
BEGIN
    IF coalesce(pd_acting_group(), '') NOT IN ('beheerder', 'functionaris') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'only an officer may destroy details in the audit trail';
    END IF;
    IF NOT pd_audit_destruction_due(kind, id) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the details of %s %s are not due for destruction: its data has '
                             'not been destroyed under a retention rule', kind, id);
    END IF;
    PERFORM set_config('privacydesk.destroying_payloads', 'on', true);
    UPDATE audit_events
       SET payload = NULL, payload_salt = NULL, payload_destroyed_at = pd_audit_now()
     WHERE entity_type = kind AND entity_id = id AND payload IS NOT NULL
       AND action <> 'audit.payloads_destroyed'; -- a count, which names nobody
    GET DIAGNOSTICS destroyed = ROW_COUNT;
    PERFORM set_config('privacydesk.destroying_payloads', 'off', true);
    -- And the values the row trail kept of its rows (the changes made in this transaction keep
    -- none: pd_audit_record_row).
    PERFORM set_config('privacydesk.destroying_values', 'on', true);
    UPDATE audit_row_changes
       SET old_values = NULL, new_values = NULL, values_destroyed_at = pd_audit_now()
     WHERE entity_type = kind AND entity_id = id AND values_destroyed_at IS NULL
       AND (old_values IS NOT NULL OR new_values IS NOT NULL);
    GET DIAGNOSTICS erased = ROW_COUNT;
    PERFORM set_config('privacydesk.destroying_values', 'off', true);
    IF destroyed > 0 OR erased > 0 THEN
        INSERT INTO audit_events (entity_type, entity_id, action, payload)
        VALUES (kind, id, 'audit.payloads_destroyed',
                jsonb_build_object('events', destroyed, 'row_changes', erased)::text);
    END IF;
    RETURN destroyed;
END
$$;

-- A destruction under retention is recorded by the destruction itself (issue 36, review M6):
-- the 'retention.destroyed' events RetentionDestruction appends about a person and each of
-- their requests are followed, in the same transaction, by the destruction record it keeps in
-- retention_destructions, which names the head of the trail at that moment (audit_seq and its
-- hash, proof_hash), the person (subject_ref) and the requests (case_numbers). At commit each
-- such event must have that record, written in its transaction after it; and what it says was
-- destroyed must be: a request's person anonymised or reduced (pd_audit_destruction_due), a
-- person so too, or one of their retention items destroyed (data kept outside Privacydesk).
-- The same holds for what destruction says of the other registers: 'breach.destroyed' needs the
-- breach marked destroyed and its own record (kind 'datalek', the number as subject);
-- 'disclosure.person_destroyed' a disclosure whose persons went, and 'breach.person_destroyed'
-- the record of the person's destruction it belongs to.
-- An event appended by hand (pd_audit_append) without that proves nothing and is refused, so
-- that neither payload destruction nor a dossier can take it for a destruction.
CREATE OR REPLACE FUNCTION pd_audit_destruction_proof() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    recorded boolean;
    done     boolean;
    sealed   bigint; -- the event's number on the chain (NEW has the one it waited under)
BEGIN
    IF EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq) THEN
        PERFORM pd_audit_seal(); -- the proof names its sealed number: wait for the chain
    END IF;
    SELECT seq INTO sealed FROM audit_events
     WHERE entity_type = NEW.entity_type AND entity_id = NEW.entity_id AND tx = NEW.tx
       AND payload_hash = NEW.payload_hash AND seq > 0;
    recorded := EXISTS (
        SELECT 1 FROM retention_destructions d JOIN audit_events a ON a.seq = d.audit_seq
         WHERE a.tx = NEW.tx AND d.audit_seq >= sealed AND d.proof_hash = encode(a.hash, 'hex')
           AND CASE NEW.action
               WHEN 'breach.destroyed' THEN d.kind = 'datalek' AND d.subject_ref = NEW.entity_id
               WHEN 'breach.person_destroyed' THEN d.kind <> 'datalek'
               ELSE CASE NEW.entity_type
                    WHEN 'case' THEN NEW.entity_id = ANY (string_to_array(d.case_numbers, ' '))
                    WHEN 'person' THEN true
                    WHEN 'disclosure' THEN true
                    ELSE false END
               END);
    done := CASE WHEN NEW.action = 'breach.person_destroyed' THEN NEW.entity_type = 'breach'
            WHEN NEW.action = 'breach.destroyed' THEN NEW.entity_type = 'breach'
                AND pd_audit_destruction_due('breach', NEW.entity_id)
            WHEN NEW.action = 'disclosure.person_destroyed' THEN NEW.entity_type = 'disclosure'
                AND pd_audit_destruction_due('disclosure', NEW.entity_id)
            ELSE CASE NEW.entity_type
            WHEN 'case' THEN pd_audit_destruction_due('case', NEW.entity_id)
            WHEN 'person' THEN pd_audit_destruction_due('person', NEW.entity_id)
                OR (NEW.entity_id ~ '^[0-9]{1,18}$' AND EXISTS (
                    SELECT 1 FROM retention_items i
                     WHERE i.person_id = NEW.entity_id::bigint AND i.destroyed_on IS NOT NULL))
            ELSE false END END;
    IF NOT (recorded AND done) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s about %s %s proves no destruction: a destruction under '
                             'retention is recorded only with its destruction record, after '
                             'its data went', NEW.action, NEW.entity_type, NEW.entity_id);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS audit_events_destruction_proof ON audit_events;
CREATE CONSTRAINT TRIGGER audit_events_destruction_proof AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.action IN ('retention.destroyed', 'breach.destroyed', 'breach.person_destroyed',
                         'disclosure.person_destroyed'))
    EXECUTE FUNCTION pd_audit_destruction_proof();

-- Details destroyed only inside a destruction (the server's own trail): the event
-- 'audit.payloads_destroyed' that pd_audit_destroy_payloads writes about a request, person,
-- breach or disclosure needs, at commit, the destruction event about the same one in the same
-- transaction (retention.destroyed, breach.destroyed, disclosure.person_destroyed), which in turn
-- needs its destruction record (pd_audit_destruction_proof). A person marked anonymised by hand
-- is due for destruction by its mark alone; without a destruction run its details stay.
CREATE OR REPLACE FUNCTION pd_audit_payloads_proof() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.tx = NEW.tx AND a.entity_type = NEW.entity_type
                      AND a.entity_id = NEW.entity_id
                      AND a.action IN ('retention.destroyed', 'breach.destroyed',
                                       'disclosure.person_destroyed')) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('the details of %s %s may be destroyed only with its destruction '
                             'under retention, in the same transaction', NEW.entity_type,
                             NEW.entity_id);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS audit_events_payloads_proof ON audit_events;
CREATE CONSTRAINT TRIGGER audit_events_payloads_proof AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.action = 'audit.payloads_destroyed')
    EXECUTE FUNCTION pd_audit_payloads_proof();

-- An entity is made once: the event that records its making (a request's intake, a person's, a
-- breach's report, a disclosure's or covenant's registration) is the first of its trail and comes
-- once. Such an event about an entity that already has events of an earlier transaction, or a
-- second one in the same transaction, is refused: a creation event may "describe" every column of
-- its row (pd_audit_action_columns), and must not cover a change by hand to a request, person or
-- breach that was made long before.
CREATE OR REPLACE FUNCTION pd_audit_made_once() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_events a
                WHERE a.entity_type = NEW.entity_type AND a.entity_id = NEW.entity_id
                  AND (a.tx IS DISTINCT FROM NEW.tx
                       -- itself told apart by its salt: sealing may have renumbered it
                       OR (a.action = NEW.action
                           AND a.payload_salt IS DISTINCT FROM NEW.payload_salt))) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s %s was made before: %s records only its making, once',
                             NEW.entity_type, NEW.entity_id, NEW.action);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS audit_events_made_once ON audit_events;
CREATE CONSTRAINT TRIGGER audit_events_made_once AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.action IN ('case.created', 'person.created', 'breach.added', 'disclosure.created',
                         'covenant.created'))
    EXECUTE FUNCTION pd_audit_made_once();

-- A restriction of processing is lifted only after the data subject was told (art. 18(3) AVG),
-- on the server as in the desk (RestrictionService::noticeOf): lifted_on set (or the notice it
-- names changed) needs lift_letter_id to name a letter 'kennisgeving-opheffing-beperking' of a
-- request about the same person, made on or after the day the restriction started (in the
-- organisation's time zone) and recorded as sent. Under art. 18(1)(a) and (d) it holds until
-- the rectification or objection it waits for is decided (cases/RestrictionDecision.cpp): its
-- own request when that has the type, else every request of the person of the type not
-- answered before it started, and at least one. Whatever the login and whatever events the
-- transaction holds.
CREATE OR REPLACE FUNCTION pd_restriction_lift_noticed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    waits text := CASE NEW.ground WHEN 'a' THEN 'rectificatie' WHEN 'd' THEN 'bezwaar' END;
BEGIN
    IF NEW.lifted_on IS NULL
       OR (TG_OP = 'UPDATE' AND OLD.lifted_on IS NOT DISTINCT FROM NEW.lifted_on
           AND OLD.lift_letter_id IS NOT DISTINCT FROM NEW.lift_letter_id) THEN
        RETURN NEW;
    END IF;
    IF waits IS NOT NULL AND NOT (
        CASE WHEN EXISTS (SELECT 1 FROM case_types t
                           WHERE t.case_id = NEW.case_id AND t.type = waits)
             THEN EXISTS (SELECT 1 FROM cases c WHERE c.id = NEW.case_id
                                                  AND c.state = 'afgerond')
             ELSE EXISTS (SELECT 1 FROM cases c JOIN case_types t ON t.case_id = c.id
                           WHERE c.person_id = NEW.person_id AND t.type = waits
                             AND (c.answered_on IS NULL OR c.answered_on >= NEW.started_on))
                  AND NOT EXISTS (SELECT 1 FROM cases c JOIN case_types t ON t.case_id = c.id
                                   WHERE c.person_id = NEW.person_id AND t.type = waits
                                     AND (c.answered_on IS NULL
                                          OR c.answered_on >= NEW.started_on)
                                     AND c.state <> 'afgerond')
        END) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = format('restriction %s holds until the %s it waits for is decided (art. '
                             '18(1) AVG)', NEW.id, waits);
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM letters l JOIN cases c ON c.id = l.case_id
         WHERE l.id = NEW.lift_letter_id AND c.person_id = NEW.person_id
           AND l.kind = 'kennisgeving-opheffing-beperking' AND l.sent_on IS NOT NULL
           AND (l.generated_at::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
               >= NEW.started_on::date) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = format('restriction %s may be lifted only after its notice (art. 18(3) '
                             'AVG): lift_letter_id must name the letter of that kind to the '
                             'person, recorded as sent', NEW.id);
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS person_restrictions_lift_noticed ON person_restrictions;
CREATE TRIGGER person_restrictions_lift_noticed BEFORE INSERT OR UPDATE ON person_restrictions
    FOR EACH ROW EXECUTE FUNCTION pd_restriction_lift_noticed();

-- The chain's last verified position (audit_checkpoints, AuditLog's checkpoint). A store keeps
-- it under a MAC keyed with a subkey of its master key; a server has no key of the client's, so
-- here the row is written only by these two functions (access.sql grants no INSERT, UPDATE or
-- DELETE on the table): an application role may move the checkpoint only to an event that
-- carries the hash it names, and the chain before it is append-only for every such role. The
-- mac column holds the same fields under plain SHA-256 (F as above):
--   SHA-256(F("privacydesk-audit-checkpoint-v1") || F(store id) || F(seq) || F(hash))
-- which ties the row to this store's id and position; whoever holds the owner role could write
-- any row, as they could rewrite the chain.
CREATE OR REPLACE FUNCTION pd_audit_checkpoint_mac(at_seq bigint, at_hash bytea) RETURNS bytea
    LANGUAGE sql STABLE SET search_path = privacydesk, pg_temp
    AS $$ SELECT sha256(pd_audit_field(convert_to('privacydesk-audit-checkpoint-v1', 'UTF8'))
                        || pd_audit_field(convert_to((SELECT value FROM meta
                                                       WHERE key = 'store_id'), 'UTF8'))
                        || pd_audit_field(int8send(at_seq)) || pd_audit_field(at_hash)) $$;

CREATE OR REPLACE FUNCTION pd_audit_keep_checkpoint(at_seq bigint, at_hash bytea) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = at_seq AND hash = at_hash) THEN
        RAISE EXCEPTION 'event % does not carry that hash: no checkpoint there', at_seq;
    END IF;
    INSERT INTO audit_checkpoints (id, seq, hash, mac, verified_at)
    VALUES (1, at_seq, at_hash, pd_audit_checkpoint_mac(at_seq, at_hash), pd_audit_now())
    ON CONFLICT (id) DO UPDATE
        SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, mac = EXCLUDED.mac,
            verified_at = EXCLUDED.verified_at;
END
$$;

-- A full verification that found the chain broken: no later one may resume past the break.
-- Only then: a checkpoint whose event still carries its hash, on a chain whose links and hashes
-- hold up to it, stands (the server checks them itself), so that no login can remove it to let
-- the next verification start again from the beginning, or not at all, over a chain rewritten
-- before it.
CREATE OR REPLACE FUNCTION pd_audit_checkpoint_holds() RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    cp record;
BEGIN
    SELECT seq, hash, mac INTO cp FROM audit_checkpoints WHERE id = 1;
    IF NOT FOUND OR cp.mac IS DISTINCT FROM pd_audit_checkpoint_mac(cp.seq, cp.hash)
       OR NOT EXISTS (SELECT 1 FROM audit_events WHERE seq = cp.seq AND hash = cp.hash) THEN
        RETURN false;
    END IF;
    RETURN NOT EXISTS (
        SELECT 1
          FROM (SELECT e.seq, e.prev_hash, e.hash,
                       lag(e.hash) OVER (ORDER BY e.seq) AS before,
                       lag(e.seq) OVER (ORDER BY e.seq) AS seq_before,
                       pd_audit_event_hash(e.prev_hash, e.seq, e.occurred_at, e.actor,
                                           e.entity_type, e.entity_id, e.action,
                                           e.payload_hash) AS computed,
                       e.payload_destroyed_at IS NULL
                           AND e.payload_hash IS DISTINCT FROM
                               sha256(e.payload_salt || convert_to(e.payload, 'UTF8'))
                           AS payload_changed
                  FROM audit_events e
                 WHERE e.seq > 0 AND e.seq <= cp.seq) c
         WHERE c.hash IS DISTINCT FROM c.computed OR c.payload_changed
            OR (c.seq_before IS NOT NULL
                AND (c.seq_before <> c.seq - 1 OR c.prev_hash IS DISTINCT FROM c.before))
            OR (c.seq_before IS NULL AND c.seq <> 1));
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_drop_checkpoint() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF pd_audit_checkpoint_holds() THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'the audit trail''s checkpoint stands: its event carries its hash and the '
                      'chain holds up to it';
    END IF;
    DELETE FROM audit_checkpoints;
END
$$;

-- A change the application did not describe is audited too (issue 36: per changed row). Every
-- change the application makes writes its own event, through pd_audit_append, in the same
-- transaction, naming the entity it changed; a change made otherwise (psql, a script) writes
-- none for that entity. At commit (a deferred constraint trigger) each changed row of these
-- tables is matched with the entity it belongs to (pd_row_entity: a request's rows with the
-- request, a person with the person, ...): a row whose entity has no event of this transaction
-- that describes the change (for an UPDATE of a request's, a person's or a breach's own row: no
-- event whose action changes all the columns that changed, pd_audit_action_columns; for any
-- other row, and for such an own row inserted or removed: none of the actions that write that
-- row, pd_audit_row_actions, with its columns, pd_audit_row_columns, and in the writer's own
-- name where the row names one) gets one of its
-- own, action 'sql.changed', about that entity (a row of no entity: about the table), the
-- payload naming the operation, the table, the row's id, the changed columns (never their
-- values: the trail's details reach documents; the row trail keeps them, audit_row_changes) and
-- the change's place in the row trail of its transaction ('change').
-- One harmless event about something else no longer covers a change by hand. Rows of tables
-- with no entity of their own (settings, catalogues, registers' lists) are covered by any event
-- the application wrote in the transaction, as before.

CREATE OR REPLACE FUNCTION pd_row_entity(tbl text, r jsonb, OUT entity_type text,
                                         OUT entity_id text)
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    CASE tbl
    WHEN 'cases' THEN
        entity_type := 'case';
        entity_id := r ->> 'number';
    WHEN 'case_types', 'case_notes', 'case_decisions', 'case_attachments',
         'case_ap_references', 'letters', 'art19_notifications' THEN
        entity_type := 'case';
        SELECT c.number INTO entity_id FROM cases c WHERE c.id = (r ->> 'case_id')::bigint;
    WHEN 'persons' THEN
        entity_type := 'person';
        entity_id := r ->> 'id';
    WHEN 'breaches' THEN
        entity_type := 'breach';
        entity_id := r ->> 'number';
    WHEN 'breach_natures', 'breach_data', 'breach_criteria', 'breach_persons',
         'breach_follow_ups', 'breach_letters' THEN
        entity_type := 'breach';
        SELECT b.number INTO entity_id FROM breaches b WHERE b.id = (r ->> 'breach_id')::bigint;
    WHEN 'disclosures' THEN
        entity_type := 'disclosure';
        entity_id := r ->> 'id';
    WHEN 'disclosure_persons', 'disclosure_data' THEN
        entity_type := 'disclosure';
        entity_id := r ->> 'disclosure_id';
    WHEN 'covenants' THEN
        entity_type := 'covenant';
        entity_id := r ->> 'id';
    WHEN 'covenant_parties', 'covenant_data' THEN
        entity_type := 'covenant';
        entity_id := r ->> 'covenant_id';
    WHEN 'external_holds' THEN -- issue 40: a hold on data outside, about its request or breach
        IF r ->> 'case_id' IS NOT NULL THEN
            entity_type := 'case';
            SELECT c.number INTO entity_id FROM cases c WHERE c.id = (r ->> 'case_id')::bigint;
        ELSE
            entity_type := 'breach';
            SELECT b.number INTO entity_id FROM breaches b
             WHERE b.id = (r ->> 'breach_id')::bigint;
        END IF;
    WHEN 'person_restrictions', 'person_consents' THEN
        -- issue 40: the art. 18 restriction; issue 38: a consent (art. 7); about its person
        entity_type := 'person';
        entity_id := r ->> 'person_id';
    WHEN 'case_system_checks' THEN -- issue 40: a request's systems searched
        entity_type := 'case';
        SELECT c.number INTO entity_id FROM cases c WHERE c.id = (r ->> 'case_id')::bigint;
    WHEN 'dpias' THEN -- issue 40: filed under its activity's sub-code, as DpiaRegister does
        entity_type := 'dpia';
        SELECT p.sub_code INTO entity_id FROM processing_activities p
         WHERE p.id = (r ->> 'activity_id')::bigint;
    WHEN 'dpia_documents' THEN -- a DPIA's report, filed under its DPIA
        entity_type := 'dpia';
        SELECT p.sub_code INTO entity_id FROM dpias d
          JOIN processing_activities p ON p.id = d.activity_id
         WHERE d.id = (r ->> 'dpia_id')::bigint;
    WHEN 'processor_agreements' THEN -- a processor's agreement, filed under the processor
        entity_type := 'recipient';
        entity_id := r ->> 'recipient_id';
    WHEN 'users' THEN
        entity_type := 'user';
        entity_id := r ->> 'login';
    ELSE
        entity_type := NULL;
    END CASE;
    IF entity_id IS NULL THEN -- the request or breach is gone too: judged by the transaction
        entity_type := NULL;
    END IF;
END
$$;

-- Which columns of a table's row an event's action changes (issue 36, review: per changed column
-- set, not only per row): NULL where the action may change any column of it. Three tables are
-- told apart so far. A request's own row (cases), as CaseService, CasePolicy and RetentionDestruction
-- write it:
--   case.created, retention.destroyed   any column (the intake, and the destruction of its files)
--   each step of its life cycle (CaseLifecycle.cpp) its own columns, plus what every change
--   through CaseService::applyChange writes: updated_at, the version, and the deadline under
--   the policy in force (a closed request keeps the deadline it was judged by until it is
--   reopened or given a note):
--     case.identification_requested     when it was asked for, the state
--     case.identification_received      when, how, by whom and with what result, the state
--     case.mandate_requested, _received when the mandate was asked for, or received
--     case.extended                     the extension, its reason and when it was told
--     case.completed, case.reopened     the decision: outcome, grounds, reasons, direct
--                                       marketing, the data changed, the objection's subjects,
--                                       why without identification, the answer's date and
--                                       channel, when closed, the state
--     case.transmit_to_set              the receiving controller (art. 20(2))
--     case.note_added                   nothing of its own (the note is a row of case_notes)
--     case.assigned                     who handles it
--   nothing else the intake wrote (number, person, channel, receipt, who received it,
--   representative, description, callback phone). tests/server/tst_actioncolumns records what
--   each action of the service really changes and requires this table to equal it.
--   case.deadline_recomputed            the deadline
--   any other action                    none: it changes other tables (notes, letters, files, ...)
-- A person's row (persons), as CaseService, PersonImport and RetentionDestruction write it:
--   person.created, retention.destroyed any column
--   person.updated                      what describes the person (name, relation, address,
--                                       phone, e-mail, end of the relation, source), never the
--                                       customer number (no correction or import changes it: it
--                                       is how the import finds the person), nor when or by whom
--                                       it was made or destroyed
--   any other action                    none
-- A data breach's row (breaches), as BreachService and RetentionBreaches write it (every change
-- through BreachService also sets updated_at):
--   breach.added, breach.destroyed,     any column (the report, and the destruction under the
--   retention.destroyed                 register's retention rule)
--   breach.updated                      the description: title, text, moments, counts, the
--                                       processor, measures, consequences, the texts for the people
--   breach.assessed                     the risk and its reasoning, and both decisions
--   breach.ap-decided                   the decision on notifying the AP
--   breach.subjects-decided             the decision on informing the people
--   breach.ap-notified                  the AP notification: when, reference, late reason, who
--   breach.processor-told               the processor's report recorded afterwards: the
--                                       processor, when it told us, why that did not make us
--                                       aware, the AP deadline they give, the late reason
--   breach.subjects-notified            the people informed: when, how, how many, public notice
--   breach.closed, breach.reopened      the state and when and by whom it was closed
--   breach.follow-up, breach.person-    updated_at (they change the breach's other tables)
--   informed, breach.persons-linked
--   any other action                    none
-- The rows of the other tables of an entity are told apart per table and operation
-- (pd_audit_row_actions).
-- (No SET search_path, which it does not need: so the planner inlines it into
-- pd_audit_described_columns, which runs for every row an import updates.)
CREATE OR REPLACE FUNCTION pd_audit_action_columns(tbl text, act text) RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
        WHEN tbl = 'persons' THEN
            CASE WHEN act IN ('person.created', 'retention.destroyed') THEN NULL
                 WHEN act = 'person.updated' THEN
                     ARRAY['name', 'sort_name', 'relation', 'street', 'house_number',
                           'postcode', 'city', 'phone', 'email', 'relation_end', 'source']
                 ELSE ARRAY[]::text[] END
        WHEN tbl = 'breaches' THEN
            CASE WHEN act IN ('breach.added', 'breach.destroyed', 'retention.destroyed') THEN NULL
                 WHEN act = 'breach.updated' THEN
                     ARRAY['title', 'description', 'occurred_at', 'discovered_at', 'ap_deadline',
                           'persons_count', 'persons_estimate', 'records_count',
                           'records_estimate', 'group_text', 'processor_id', 'processor_told_at',
                           'measures_before', 'measures_taken', 'consequences', 'international',
                           'subjects_description', 'subjects_consequences',
                           'subjects_measures', 'data_text', 'processor_told_reason',
                           'updated_at']
                 WHEN act = 'breach.assessed' THEN
                     ARRAY['risk', 'reasoning', 'assessed_at', 'assessed_by', 'ap_decision',
                           'ap_decision_reason', 'ap_decision_by', 'ap_decision_at',
                           'subjects_decision', 'subjects_decision_reason',
                           'subjects_decision_by', 'subjects_decision_at', 'updated_at']
                 WHEN act = 'breach.ap-decided' THEN
                     ARRAY['ap_decision', 'ap_decision_reason', 'ap_decision_by',
                           'ap_decision_at', 'updated_at']
                 WHEN act = 'breach.subjects-decided' THEN
                     ARRAY['subjects_decision', 'subjects_decision_reason',
                           'subjects_decision_by', 'subjects_decision_at', 'updated_at']
                 WHEN act = 'breach.ap-notified' THEN
                     ARRAY['ap_notified_at', 'ap_reference', 'ap_late_reason', 'ap_notified_by',
                           'updated_at']
                 WHEN act = 'breach.processor-told' THEN
                     ARRAY['processor_id', 'processor_told_at', 'processor_told_reason',
                           'ap_deadline', 'ap_late_reason', 'updated_at']
                 WHEN act = 'breach.subjects-notified' THEN
                     ARRAY['subjects_notified_on', 'subjects_how', 'subjects_count',
                           'public_notice', 'public_notice_reason', 'subjects_notified_by',
                           'updated_at']
                 WHEN act IN ('breach.closed', 'breach.reopened') THEN
                     ARRAY['state', 'closed_at', 'closed_by', 'updated_at']
                 WHEN act IN ('breach.follow-up', 'breach.person-informed',
                              'breach.persons-linked') THEN ARRAY['updated_at']
                 ELSE ARRAY[]::text[] END
        WHEN tbl <> 'cases' THEN NULL
        WHEN act IN ('case.created', 'retention.destroyed') THEN NULL
        WHEN act = 'case.deadline_recomputed' THEN ARRAY['deadline_effective']
        WHEN act NOT IN ('case.identification_requested', 'case.identification_received',
                         'case.mandate_requested', 'case.mandate_received', 'case.extended',
                         'case.completed', 'case.reopened', 'case.transmit_to_set',
                         'case.note_added', 'case.assigned') THEN ARRAY[]::text[]
        ELSE ARRAY['deadline_effective', 'updated_at', 'version'] || CASE act
            WHEN 'case.identification_requested' THEN ARRAY['id_requested', 'state']
            WHEN 'case.identification_received' THEN
                ARRAY['id_received', 'id_method', 'id_verified_by', 'id_result', 'state']
            WHEN 'case.mandate_requested' THEN ARRAY['mandate_requested']
            WHEN 'case.mandate_received' THEN ARRAY['mandate_received']
            WHEN 'case.extended' THEN
                ARRAY['extended', 'extension_reason', 'extension_notified']
            WHEN 'case.transmit_to_set' THEN ARRAY['transmit_to_name', 'transmit_to_address']
            WHEN 'case.note_added' THEN ARRAY[]::text[]
            WHEN 'case.assigned' THEN ARRAY['handler']
            ELSE ARRAY['state', 'outcome', 'refusal_grounds', 'motivation', 'direct_marketing',
                       'changed_data', 'objection_subjects', 'no_identification_reason',
                       'answered_on', 'answer_channel', 'closed_at'] END
    END
$$;

-- Which actions write a row of the other tables of a request, breach, disclosure, user, ...
-- (issue 36, H3: the issue's "backdated note in someone else's name" behind a harmless event
-- about the same request): NULL for a table of no entity, or an UPDATE of an entity's own row
-- (cases, persons, breaches: pd_audit_action_columns, column by column). Such an own row is
-- inserted only by the action that makes the entity, and never removed (retention anonymises,
-- reduces or marks destroyed): a request by its intake (case.created, CaseService::add; its
-- received_by may name the colleague who took the call, so it names no writer), a person by an
-- intake or the import (person.created: CaseService::add, PersonImport) or, as the anonymous
-- data subject a destruction moves the requests to, by that destruction (retention.destroyed,
-- RetentionDestruction's anonymousCopy), in the writer's own name (created_by), a breach by its
-- report (breach.added, BreachService::add) in the reporter's own name (reported_by). So a
-- request, person or breach inserted or removed by hand gets its sql.changed event whatever else
-- the transaction recorded about it (issue 36). A note (case_notes) is only ever added,
-- by case.note_added in the name of whoever adds it (CaseService::addNote); only the destruction
-- of the request files (retention.destroyed) changes or removes one. A letter (letters) is
-- added by case.letter in the name of whoever makes it (LetterService::record), its dispatch
-- recorded by case.letter_sent (recordDispatch), its text erased or the row removed only by the
-- destruction of the request files. A file kept with a request (case_attachments: the original
-- as received, a scan) likewise: added by case.attachment_added in the name of whoever adds it
-- (AttachmentService), never changed but by the destruction, which erases its name and content.
-- A request's decisions per kind (case_decisions) are written by its completion and removed by
-- its reopening (CaseService::writeChange, only when they change); the destruction erases their
-- motivation and what was done. The AP's reference of a complaint (case_ap_references) is set
-- by case.ap_reference in the setter's name (ComplaintDossier::setApReference), removed by it or
-- the destruction. Whether a recipient was told of a change (art19_notifications) is recorded by
-- case.art19_notified, case.art19_exempted or case.art19_not_applicable in the recorder's name
-- (DisclosureService), each replacing the one before; the destruction erases the reason. The
-- kinds of a request
-- (case_types) are written once, by its intake (case.created), and never changed. A system
-- searched for a request (case_system_checks, issue 40) is recorded by case.system_searched in
-- the searcher's name (SystemChecklist::tick), each replacing the one before for that system;
-- the destruction erases its note.
-- A data breach's other tables, as BreachService, BreachLetterService and the retention rules
-- write them. Its natures and kinds of data (breach_natures, breach_data) are written by its
-- report (breach.added) and replaced by a change of its description (breach.updated); its
-- criteria (breach_criteria) replaced only by its assessment (breach.assessed); none of them
-- is ever changed in place. A person is linked or unlinked by breach.persons-linked, marked
-- informed by breach.person-informed (the day only), unlinked too by the breach's destruction
-- (breach.destroyed). A follow-up (breach_follow_ups) is only added, by breach.follow-up in the
-- name of whoever records it; the destruction erases its text, and nothing removes one. A
-- letter to a person (breach_letters) is added by breach.letter in the maker's own name, its
-- dispatch recorded by breach.letter_sent, its text erased by the destruction of its person
-- (breach.person_destroyed), the row removed by the breach's destruction.
-- A disclosure (disclosures: its own row too, DisclosureService, RetentionDestruction) is
-- added by disclosure.created in the name of whoever registers it, changed by
-- disclosure.updated (what the desk's form writes) or, when a data subject of it is destroyed,
-- by disclosure.person_destroyed (the count of persons removed and the texts that could name
-- them), removed by disclosure.deleted. Its persons and kinds of data (disclosure_persons,
-- disclosure_data) are written by disclosure.created or replaced by disclosure.updated and
-- removed with it (disclosure.deleted); a person goes from it also by
-- disclosure.person_destroyed; neither is ever changed in place.
-- A user (users, UserService, ServerSetup's first beheerder) is added (or added again) by
-- user.added, and changed otherwise only by user.removed, user.display_name_changed and
-- user.password_reset (the key slot); no user is ever deleted.
-- A covenant (covenants: its own row too, CovenantService, issue 40) is added by
-- covenant.created in the name of whoever registers it, changed by covenant.updated (what the
-- desk's form holds) or covenant.document_added (the signed document), never removed. Its
-- parties and kinds of data (covenant_parties, covenant_data) are written by covenant.created
-- or replaced by covenant.updated, never changed in place.
-- A hold on data outside Privacydesk (external_holds, ExternalHoldService, issue 40), about a
-- request or a breach, is recorded by case.external_hold_added or breach.external_hold_added in
-- the recorder's name, marked secured (*.external_hold_secured) or released
-- (*.external_hold_released) or kept until a day (*.external_hold_kept, issue 38), what is
-- secured and why it was released erased by the destruction of the request files; never
-- removed. A restriction of processing
-- (person_restrictions, RestrictionService, art. 18), about a person, is recorded by
-- person.restriction_recorded in the recorder's name, lifted by person.restriction_lifted, its
-- data and reason erased by the destruction of the person's data (retention.destroyed); never
-- removed. A consent (person_consents, ConsentService, art. 7, issue 38), about a person, is
-- recorded by person.consent_given in the recorder's name, withdrawn by
-- person.consent_withdrawn (a change of the row, never its removal), its purpose and how it was
-- given and withdrawn erased by the destruction of the person's data (retention.destroyed);
-- never removed. A DPIA (dpias, DpiaRegister, issue 40), filed under its activity's sub-code, is
-- added by dpia.created in the assessor's name and changed by dpia.changed, never removed.
-- The document kept with a DPIA (dpia_documents) or with a processor (processor_agreements,
-- KeptDocumentService) is added or replaced by dpia.document_added or recipient.agreement_added
-- in the name of whoever keeps it, removed by dpia.document_removed or
-- recipient.agreement_removed.
-- PL/pgSQL, not SQL (issue 42): an SQL function is inlined wherever a statement that calls it is
-- planned, its body parsed again each time; PL/pgSQL compiles a trigger function once for every
-- table it fires on, so pd_audit_direct_change planned this CASE again for each table a session
-- first wrote (about 0.5 ms each, three times in a desk's first intake). A PL/pgSQL function is
-- compiled once a session.
CREATE OR REPLACE FUNCTION pd_audit_row_actions(tbl text, op text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    RETURN CASE
        WHEN tbl = 'cases' AND op = 'INSERT' THEN ARRAY['case.created']
        WHEN tbl = 'persons' AND op = 'INSERT' THEN ARRAY['person.created', 'retention.destroyed']
        WHEN tbl = 'breaches' AND op = 'INSERT' THEN ARRAY['breach.added']
        WHEN tbl IN ('cases', 'persons', 'breaches') AND op = 'DELETE' THEN ARRAY[]::text[]
        WHEN tbl = 'case_notes' AND op = 'INSERT' THEN
            ARRAY['case.note_added', 'retention.destroyed']
        WHEN tbl = 'case_notes' THEN ARRAY['retention.destroyed']
        WHEN tbl = 'letters' AND op = 'INSERT' THEN ARRAY['case.letter']
        WHEN tbl = 'letters' AND op = 'UPDATE' THEN
            ARRAY['case.letter_sent', 'retention.destroyed']
        WHEN tbl = 'letters' THEN ARRAY['retention.destroyed']
        WHEN tbl = 'case_attachments' AND op = 'INSERT' THEN ARRAY['case.attachment_added']
        WHEN tbl = 'case_attachments' THEN ARRAY['retention.destroyed']
        WHEN tbl = 'case_decisions' AND op = 'INSERT' THEN ARRAY['case.completed']
        WHEN tbl = 'case_decisions' AND op = 'DELETE' THEN
            ARRAY['case.completed', 'case.reopened']
        WHEN tbl = 'case_decisions' THEN ARRAY['retention.destroyed']
        WHEN tbl = 'case_ap_references' AND op = 'INSERT' THEN ARRAY['case.ap_reference']
        WHEN tbl = 'case_ap_references' AND op = 'DELETE' THEN
            ARRAY['case.ap_reference', 'retention.destroyed']
        WHEN tbl = 'case_ap_references' THEN ARRAY[]::text[]
        WHEN tbl = 'art19_notifications' AND op IN ('INSERT', 'DELETE') THEN
            ARRAY['case.art19_notified', 'case.art19_exempted', 'case.art19_not_applicable']
        WHEN tbl = 'art19_notifications' THEN ARRAY['retention.destroyed']
        WHEN tbl = 'case_types' AND op = 'INSERT' THEN ARRAY['case.created']
        WHEN tbl = 'case_types' THEN ARRAY[]::text[]
        WHEN tbl = 'case_system_checks' AND op IN ('INSERT', 'DELETE') THEN
            ARRAY['case.system_searched']
        WHEN tbl = 'case_system_checks' THEN ARRAY['retention.destroyed']
        WHEN tbl IN ('breach_natures', 'breach_data') AND op = 'INSERT' THEN
            ARRAY['breach.added', 'breach.updated']
        WHEN tbl IN ('breach_natures', 'breach_data') AND op = 'DELETE' THEN
            ARRAY['breach.updated']
        WHEN tbl IN ('breach_natures', 'breach_data', 'breach_criteria') AND op = 'UPDATE' THEN
            ARRAY[]::text[]
        WHEN tbl = 'breach_criteria' THEN ARRAY['breach.assessed']
        WHEN tbl = 'breach_persons' AND op = 'INSERT' THEN ARRAY['breach.persons-linked']
        WHEN tbl = 'breach_persons' AND op = 'DELETE' THEN
            ARRAY['breach.persons-linked', 'breach.destroyed']
        WHEN tbl = 'breach_persons' THEN ARRAY['breach.person-informed']
        WHEN tbl = 'breach_follow_ups' AND op = 'INSERT' THEN ARRAY['breach.follow-up']
        WHEN tbl = 'breach_follow_ups' AND op = 'UPDATE' THEN ARRAY['breach.destroyed']
        WHEN tbl = 'breach_follow_ups' THEN ARRAY[]::text[]
        WHEN tbl = 'breach_letters' AND op = 'INSERT' THEN ARRAY['breach.letter']
        WHEN tbl = 'breach_letters' AND op = 'UPDATE' THEN
            ARRAY['breach.letter_sent', 'breach.person_destroyed']
        WHEN tbl = 'breach_letters' THEN ARRAY['breach.destroyed']
        WHEN tbl = 'disclosures' AND op = 'INSERT' THEN ARRAY['disclosure.created']
        WHEN tbl = 'disclosures' AND op = 'UPDATE' THEN
            ARRAY['disclosure.updated', 'disclosure.person_destroyed']
        WHEN tbl = 'disclosures' THEN ARRAY['disclosure.deleted']
        WHEN tbl IN ('disclosure_persons', 'disclosure_data') AND op = 'INSERT' THEN
            ARRAY['disclosure.created', 'disclosure.updated']
        WHEN tbl = 'disclosure_persons' AND op = 'DELETE' THEN
            ARRAY['disclosure.updated', 'disclosure.deleted', 'disclosure.person_destroyed']
        WHEN tbl = 'disclosure_data' AND op = 'DELETE' THEN
            ARRAY['disclosure.updated', 'disclosure.deleted']
        WHEN tbl IN ('disclosure_persons', 'disclosure_data') THEN ARRAY[]::text[]
        WHEN tbl = 'users' AND op = 'INSERT' THEN ARRAY['user.added']
        WHEN tbl = 'users' AND op = 'UPDATE' THEN
            ARRAY['user.added', 'user.removed', 'user.display_name_changed',
                  'user.password_reset']
        WHEN tbl = 'users' THEN ARRAY[]::text[]
        WHEN tbl = 'covenants' AND op = 'INSERT' THEN ARRAY['covenant.created']
        WHEN tbl = 'covenants' AND op = 'UPDATE' THEN
            ARRAY['covenant.updated', 'covenant.document_added']
        WHEN tbl = 'covenants' THEN ARRAY[]::text[]
        WHEN tbl IN ('covenant_parties', 'covenant_data') AND op = 'INSERT' THEN
            ARRAY['covenant.created', 'covenant.updated']
        WHEN tbl IN ('covenant_parties', 'covenant_data') AND op = 'DELETE' THEN
            ARRAY['covenant.updated']
        WHEN tbl IN ('covenant_parties', 'covenant_data') THEN ARRAY[]::text[]
        WHEN tbl = 'external_holds' AND op = 'INSERT' THEN
            ARRAY['case.external_hold_added', 'breach.external_hold_added']
        WHEN tbl = 'external_holds' AND op = 'UPDATE' THEN
            ARRAY['case.external_hold_secured', 'breach.external_hold_secured',
                  'case.external_hold_released', 'breach.external_hold_released',
                  'case.external_hold_kept', 'breach.external_hold_kept',
                  'retention.destroyed']
        WHEN tbl = 'external_holds' THEN ARRAY[]::text[]
        WHEN tbl = 'person_restrictions' AND op = 'INSERT' THEN
            ARRAY['person.restriction_recorded']
        WHEN tbl = 'person_restrictions' AND op = 'UPDATE' THEN
            ARRAY['person.restriction_lifted', 'retention.destroyed']
        WHEN tbl = 'person_restrictions' THEN ARRAY[]::text[]
        WHEN tbl = 'person_consents' AND op = 'INSERT' THEN ARRAY['person.consent_given']
        WHEN tbl = 'person_consents' AND op = 'UPDATE' THEN
            ARRAY['person.consent_withdrawn', 'retention.destroyed']
        WHEN tbl = 'person_consents' THEN ARRAY[]::text[]
        WHEN tbl = 'dpias' AND op = 'INSERT' THEN ARRAY['dpia.created']
        WHEN tbl = 'dpias' AND op = 'UPDATE' THEN ARRAY['dpia.changed']
        WHEN tbl = 'dpias' THEN ARRAY[]::text[]
        WHEN tbl = 'dpia_documents' AND op IN ('INSERT', 'UPDATE') THEN
            ARRAY['dpia.document_added']
        WHEN tbl = 'dpia_documents' THEN ARRAY['dpia.document_removed']
        WHEN tbl = 'processor_agreements' AND op IN ('INSERT', 'UPDATE') THEN
            ARRAY['recipient.agreement_added']
        WHEN tbl = 'processor_agreements' THEN ARRAY['recipient.agreement_removed']
        ELSE NULL
    END;
END
$$;

-- The columns of such a row that an action may change (an UPDATE): NULL for any. Recording a
-- letter's dispatch writes only the dispatch (LetterRepository::markLetterSent), never the text
-- that was sent; the destruction erases the text and how it went (eraseLetterTexts), and a
-- file's name and content (AttachmentRepository::destroyContents), never its fingerprint.
-- The same for a breach's letter (LetterRepository::markBreachLetterSent, and
-- eraseBreachLetterTexts when its person is destroyed); marking a linked person informed
-- writes the day only (BreachRepository::markPersonInformed); the breach's destruction erases a
-- follow-up's text (BreachRepository::purge). A disclosure's change writes what the form holds
-- (DisclosureRepository::update), never who made it or when or how many persons went; a
-- person's destruction counts the person removed and replaces them in the texts
-- (removePerson). A user added again (UserRepository::add) writes all but the login; the
-- removal ends the user and takes the key slot, a new name is the name only, a reset
-- password a new key slot. A covenant's change writes what the form holds
-- (CovenantRepository::update), its signed document only the document (setDocument). A hold
-- marked secured writes when and by whom (ExternalHoldRepository::markSecured), released when,
-- by whom and why (release), kept until a day the day only (setKeptUntil), the destruction
-- erases what is secured and why it was released (eraseTextsOf); a restriction lifted writes
-- when, by whom and the letter that said so (RestrictionRepository::lift), the destruction
-- erases its data and reason (eraseTextsOf); a consent withdrawn writes when, how and by whom
-- (ConsentRepository::withdraw), the destruction erases its purpose and how (eraseTextsOf). A
-- DPIA's change writes the assessment and who changed it when (DpiaRepository::update), never
-- who made it when.
CREATE OR REPLACE FUNCTION pd_audit_row_columns(tbl text, act text) RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
        WHEN tbl = 'letters' AND act = 'case.letter_sent' THEN
            ARRAY['sent_on', 'sent_how', 'sent_recorded_at', 'sent_recorded_by']
        WHEN tbl = 'letters' AND act = 'retention.destroyed' THEN
            ARRAY['body', 'sent_how', 'destroyed_at']
        WHEN tbl = 'case_attachments' AND act = 'retention.destroyed' THEN
            ARRAY['name', 'content', 'destroyed_at']
        WHEN tbl = 'case_decisions' AND act = 'retention.destroyed' THEN
            ARRAY['motivation', 'granted']
        WHEN tbl = 'art19_notifications' AND act = 'retention.destroyed' THEN
            ARRAY['exempt_reason']
        WHEN tbl = 'case_system_checks' AND act = 'retention.destroyed' THEN ARRAY['note']
        WHEN tbl = 'breach_letters' AND act = 'breach.letter_sent' THEN
            ARRAY['sent_on', 'sent_how', 'sent_recorded_at', 'sent_recorded_by']
        WHEN tbl = 'breach_letters' AND act = 'breach.person_destroyed' THEN
            ARRAY['body', 'sent_how', 'destroyed_at']
        WHEN tbl = 'breach_persons' AND act = 'breach.person-informed' THEN ARRAY['informed_on']
        WHEN tbl = 'breach_follow_ups' AND act = 'breach.destroyed' THEN ARRAY['text']
        WHEN tbl = 'disclosures' AND act = 'disclosure.updated' THEN
            ARRAY['disclosed_on', 'recipient_id', 'data_text', 'purpose', 'legal_basis',
                  'basis_text', 'requested_by', 'case_id', 'informed', 'informed_on',
                  'not_informed_reason', 'covenant_id', 'updated_at']
        WHEN tbl = 'disclosures' AND act = 'disclosure.person_destroyed' THEN
            ARRAY['destroyed_persons', 'data_text', 'purpose', 'basis_text', 'requested_by',
                  'not_informed_reason', 'updated_at']
        WHEN tbl = 'users' AND act = 'user.added' THEN
            ARRAY['display_name', 'role', 'key_slot', 'created_at', 'removed_at']
        WHEN tbl = 'users' AND act = 'user.removed' THEN ARRAY['removed_at', 'key_slot']
        WHEN tbl = 'users' AND act = 'user.display_name_changed' THEN ARRAY['display_name']
        WHEN tbl = 'users' AND act = 'user.password_reset' THEN ARRAY['key_slot']
        WHEN tbl = 'covenants' AND act = 'covenant.updated' THEN
            ARRAY['name', 'purpose', 'legal_basis', 'basis_text', 'data_text', 'valid_from',
                  'valid_until', 'review_on', 'updated_at']
        WHEN tbl = 'covenants' AND act = 'covenant.document_added' THEN
            ARRAY['document_name', 'document_type', 'document_size', 'document_sha256',
                  'document', 'updated_at']
        WHEN tbl = 'external_holds' AND act IN ('case.external_hold_secured',
                                                'breach.external_hold_secured') THEN
            ARRAY['secured_on', 'secured_by']
        WHEN tbl = 'external_holds' AND act IN ('case.external_hold_released',
                                                'breach.external_hold_released') THEN
            ARRAY['released_on', 'released_by', 'release_reason']
        WHEN tbl = 'external_holds' AND act IN ('case.external_hold_kept',
                                                'breach.external_hold_kept') THEN
            ARRAY['kept_until']
        WHEN tbl = 'external_holds' AND act = 'retention.destroyed' THEN
            ARRAY['secured', 'release_reason']
        WHEN tbl = 'person_restrictions' AND act = 'person.restriction_lifted' THEN
            ARRAY['lifted_on', 'lifted_by', 'lift_letter_id']
        WHEN tbl = 'person_restrictions' AND act = 'retention.destroyed' THEN
            ARRAY['data', 'reason']
        WHEN tbl = 'person_consents' AND act = 'person.consent_withdrawn' THEN
            ARRAY['withdrawn_on', 'withdrawn_how', 'withdrawn_by']
        WHEN tbl = 'person_consents' AND act = 'retention.destroyed' THEN
            ARRAY['purpose', 'given_how', 'withdrawn_how']
        WHEN tbl = 'dpias' AND act = 'dpia.changed' THEN
            ARRAY['needed', 'ap_list', 'art35_3', 'criteria', 'reason', 'assessed_on', 'outcome',
                  'residual_risk', 'consulted_on', 'consultation', 'review_on', 'updated_at',
                  'updated_by']
        ELSE NULL
    END
$$;

-- The columns whose values differ between a row's old and new version (all of them for an
-- INSERT or DELETE), in name order.
CREATE OR REPLACE FUNCTION pd_audit_changed_columns(old_row jsonb, new_row jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE SET search_path = privacydesk, pg_temp
AS $$
    SELECT coalesce(jsonb_agg(key ORDER BY key), '[]'::jsonb)
      FROM jsonb_object_keys(coalesce(new_row, old_row)) AS key
     WHERE old_row IS NULL OR new_row IS NULL OR old_row -> key IS DISTINCT FROM new_row -> key
$$;

-- A change of an entity's row was once described by any event of the entity that was not a
-- read (pd_audit_described): every row is now described by the actions that write it (issue 36),
-- and a server made before keeps no such function.
DROP FUNCTION IF EXISTS pd_audit_described(text, text);

-- The same by one of these actions only (pd_audit_row_actions). A function of its own: the
-- check above runs for every row an import writes and keeps its plan.
--
-- This check and the three below run for nearly every row the application writes. They are
-- PL/pgSQL with a generic plan, planned once a session (issue 42): as SQL functions with SET
-- search_path they were parsed and planned again at every call, about 1.2 ms of an intake's 7 ms
-- on a server. A plan kept for the session must not depend on what the trail held when it was
-- made (a new store is small and has no statistics): sequential scans are priced out, and the
-- transaction is compared as `a.tx + 0`, so that the only index left is the entity's. On the
-- transaction's index, an import's 100,000 events would be read again for every person it
-- writes (session 58 saw the import of a new store take twice as long with such a plan).
CREATE OR REPLACE FUNCTION pd_audit_described_by(etype text, eid text, actions text[])
    RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.entity_type = etype AND a.entity_id = eid
                      AND a.tx + 0 = txid_current() AND a.action = ANY (actions));
END
$$;

-- A note inserted with the words and the mark its event gives (issue 38): case.note_added
-- carries the note's text and, when the officer marked it "niet aan klager verstrekken",
-- "withheld": true (CaseService::addNote). The complaint dossier reads both from the event, the
-- inzage report from the row: a note whose row says otherwise than any note event of the
-- transaction is a change by hand. The destruction's anonymous copy (retention.destroyed)
-- writes notes of its own.
CREATE OR REPLACE FUNCTION pd_audit_note_described(eid text, note jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.entity_type = 'case' AND a.entity_id = eid
                      AND a.tx + 0 = txid_current()
                      AND (a.action = 'retention.destroyed'
                           OR (a.action = 'case.note_added'
                               AND a.payload::jsonb ->> 'text' IS NOT DISTINCT FROM note ->> 'body'
                               AND coalesce((a.payload::jsonb ->> 'withheld')::boolean, false)
                                   = (coalesce((note ->> 'withheld')::bigint, 0) <> 0))));
END
$$;

-- The columns of a row that name who did what an action records (issue 36): NULL for none.
-- Where an UPDATE by that action changes one of them, it names the writer (session_user), as
-- the application writes it with the session's user; in a colleague's name the change is not
-- described. A letter's or breach letter's dispatch names who recorded it
-- (LetterRepository::markLetterSent, markBreachLetterSent); a hold who released it
-- (ExternalHoldService::release), but not who secured it: that may be the colleague who did,
-- as the officer records it (ExternalHoldService::secure, "Secured by"); a restriction who
-- lifted it
-- (RestrictionRepository::lift); a DPIA who changed it (DpiaRepository::update). A request's
-- identification names who checked it (CaseService::receiveIdentification; no other step
-- changes it, CaseRepository::update writes it back as it was). A breach's assessment names
-- the assessor as the one who decided both questions (BreachRepository::assess), a decision of
-- its own its decider (recordDecision), the notifications their recorder (notifyAp,
-- notifySubjects), the closure who closed it (close: reopening clears it, naming nobody), the
-- destruction who destroyed it (purge, RetentionBreaches). Both pd_audit_described_row and
-- pd_audit_described_columns ask it. (No SET search_path, like pd_audit_row_columns: so the
-- planner may inline it.)
CREATE OR REPLACE FUNCTION pd_audit_writer_columns(tbl text, act text) RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE
        WHEN tbl = 'letters' AND act = 'case.letter_sent' THEN ARRAY['sent_recorded_by']
        WHEN tbl = 'breach_letters' AND act = 'breach.letter_sent' THEN
            ARRAY['sent_recorded_by']
        WHEN tbl = 'external_holds' AND act IN ('case.external_hold_released',
                                                'breach.external_hold_released') THEN
            ARRAY['released_by']
        WHEN tbl = 'person_restrictions' AND act = 'person.restriction_lifted' THEN
            ARRAY['lifted_by']
        WHEN tbl = 'person_consents' AND act = 'person.consent_withdrawn' THEN
            ARRAY['withdrawn_by']
        WHEN tbl = 'dpias' AND act = 'dpia.changed' THEN ARRAY['updated_by']
        WHEN tbl = 'dpia_documents' AND act = 'dpia.document_added' THEN ARRAY['added_by']
        WHEN tbl = 'processor_agreements' AND act = 'recipient.agreement_added' THEN
            ARRAY['added_by']
        WHEN tbl = 'cases' AND act IN ('case.identification_requested',
                                       'case.identification_received', 'case.mandate_requested',
                                       'case.mandate_received', 'case.extended',
                                       'case.completed', 'case.reopened') THEN
            ARRAY['id_verified_by']
        WHEN tbl = 'breaches' AND act = 'breach.assessed' THEN
            ARRAY['assessed_by', 'ap_decision_by', 'subjects_decision_by']
        WHEN tbl = 'breaches' AND act = 'breach.ap-decided' THEN ARRAY['ap_decision_by']
        WHEN tbl = 'breaches' AND act = 'breach.subjects-decided' THEN
            ARRAY['subjects_decision_by']
        WHEN tbl = 'breaches' AND act = 'breach.ap-notified' THEN ARRAY['ap_notified_by']
        WHEN tbl = 'breaches' AND act = 'breach.subjects-notified' THEN
            ARRAY['subjects_notified_by']
        WHEN tbl = 'breaches' AND act = 'breach.closed' THEN ARRAY['closed_by']
        WHEN tbl = 'breaches' AND act = 'breach.destroyed' THEN ARRAY['destroyed_by']
        ELSE NULL
    END
$$;

-- Whether an UPDATE by act names its writer in every column of pd_audit_writer_columns that
-- changed (changed NULL: none is checked). PL/pgSQL, which plans its expressions once a session:
-- as an SQL function with a subquery it could not be inlined and was planned again at every
-- call, once for each event the checks below look at (issue 42: 3.6 s of planning in a server
-- demo of 5,000 requests). It reads no table, so no plan of it can go stale.
CREATE OR REPLACE FUNCTION pd_audit_in_writers_name(tbl text, act text, changed jsonb,
                                                    new_row jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    col text;
BEGIN
    IF changed IS NULL THEN
        RETURN true;
    END IF;
    FOREACH col IN ARRAY coalesce(pd_audit_writer_columns(tbl, act), '{}'::text[]) LOOP
        IF changed @> jsonb_build_array(col)
           AND new_row ->> col IS DISTINCT FROM session_user::text THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END
$$;

-- The same for a row with its own actions (pd_audit_row_actions): for an UPDATE (changed not
-- NULL) an event whose action may change every column that changed (pd_audit_row_columns), in
-- the writer's own name where the action names its writer (pd_audit_writer_columns). (The
-- version without the row, of a server made before, goes at its `server upgrade`.)
DROP FUNCTION IF EXISTS pd_audit_described_row(text, text, text, text, jsonb);
CREATE OR REPLACE FUNCTION pd_audit_described_row(etype text, eid text, tbl text, op text,
                                                  changed jsonb, new_row jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.entity_type = etype AND a.entity_id = eid
                      AND a.tx + 0 = txid_current()
                      AND a.action = ANY (pd_audit_row_actions(tbl, op))
                      AND (changed IS NULL
                           OR coalesce(changed <@ to_jsonb(pd_audit_row_columns(tbl, a.action)),
                                       true))
                      AND (op <> 'UPDATE'
                           OR pd_audit_in_writers_name(tbl, a.action, changed, new_row)));
END
$$;

-- The same for an UPDATE of a row of tbl whose columns changed: an event whose action changes
-- every one of them (pd_audit_action_columns), in the writer's own name where the action names
-- its writer (pd_audit_writer_columns). (The version without the row, of a server made before,
-- goes at its `server upgrade`.)
DROP FUNCTION IF EXISTS pd_audit_described_columns(text, text, text, jsonb);
CREATE OR REPLACE FUNCTION pd_audit_described_columns(etype text, eid text, tbl text,
                                                      changed jsonb, new_row jsonb)
    RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.entity_type = etype AND a.entity_id = eid
                      AND a.tx + 0 = txid_current()
                      AND a.action NOT IN ('sql.changed', 'audit.payloads_destroyed',
                                           'user.denied', 'case.timeline')
                      AND a.action NOT LIKE '%.read'
                      AND coalesce(changed <@ to_jsonb(pd_audit_action_columns(tbl, a.action)),
                                   true)
                      AND pd_audit_in_writers_name(tbl, a.action, changed, new_row));
END
$$;

-- The row trail: every change to an audited row, by any login, recorded by the server itself at
-- commit, one row per changed row, whether an event describes it or not. An event says what the
-- application did; this says what the rows became, so that no event can stand for a change it
-- did not make. A change no event describes also gets its sql.changed event (below), which names
-- this record by its place in the transaction ('change').
--   - An UPDATE keeps the changed columns with their old and new values, a DELETE the whole row
--     as it was. An INSERT keeps no values: the row holds them, and every later change keeps
--     the ones it replaces, so the row's history is the row plus its trail.
--   - A value is kept as written, except the secrets of the mailbox and the VERA systems (never),
--     a text over 4,096 characters (its length and SHA-256: letters and files, which the
--     application versions itself) and a text in which the BSN guard finds a number (withheld: no BSN is ever copied).
--   - Retention reaches it: a change made in the transaction that destroys its request, person,
--     breach or disclosure keeps no values, and erases those kept for the same row before; the
--     destruction of an entity's trail details (pd_audit_destroy_payloads) erases the values of
--     all its row changes. What was changed, by whom and when stays.
--   - Nobody writes it but this trigger (no login has a privilege on it but SELECT), and no
--     UPDATE or DELETE passes its guard but the erasure of values.
-- Not in the chain of audit_events: a change no event describes is chained by its sql.changed
-- event, the others by the event that describes them.
CREATE TABLE IF NOT EXISTS audit_row_changes (
    tx                  bigint NOT NULL,
    n                   integer NOT NULL,
    occurred_at         text NOT NULL,
    actor               text NOT NULL,
    table_name          text NOT NULL,
    row_id              text,
    operation           text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    entity_type         text,
    entity_id           text,
    columns             jsonb,
    old_values          jsonb,
    new_values          jsonb,
    by_hand             boolean NOT NULL,
    values_destroyed_at text,
    PRIMARY KEY (tx, n)
);
CREATE INDEX IF NOT EXISTS audit_row_changes_entity ON audit_row_changes (entity_type, entity_id);
CREATE INDEX IF NOT EXISTS audit_row_changes_row ON audit_row_changes (table_name, row_id);

CREATE OR REPLACE FUNCTION pd_audit_row_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('privacydesk.destroying_values', true) = 'on'
       AND NEW.tx = OLD.tx AND NEW.n = OLD.n AND NEW.occurred_at = OLD.occurred_at
       AND NEW.actor = OLD.actor AND NEW.table_name = OLD.table_name
       AND NEW.row_id IS NOT DISTINCT FROM OLD.row_id AND NEW.operation = OLD.operation
       AND NEW.entity_type IS NOT DISTINCT FROM OLD.entity_type
       AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
       AND NEW.columns IS NOT DISTINCT FROM OLD.columns AND NEW.by_hand = OLD.by_hand
       AND NEW.old_values IS NULL AND NEW.new_values IS NULL
       AND OLD.values_destroyed_at IS NULL AND NEW.values_destroyed_at IS NOT NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the row trail is append-only';
END
$$;

DROP TRIGGER IF EXISTS audit_row_changes_append_only ON audit_row_changes;
CREATE TRIGGER audit_row_changes_append_only BEFORE UPDATE OR DELETE ON audit_row_changes
    FOR EACH ROW EXECUTE FUNCTION pd_audit_row_guard();
DROP TRIGGER IF EXISTS audit_row_changes_no_truncate ON audit_row_changes;
CREATE TRIGGER audit_row_changes_no_truncate BEFORE TRUNCATE ON audit_row_changes
    FOR EACH STATEMENT EXECUTE FUNCTION pd_audit_row_guard();

-- A value as the row trail keeps it (above).
CREATE OR REPLACE FUNCTION pd_audit_kept_value(tbl text, col text, v jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    t text;
BEGIN
    IF tbl IN ('mailbox_account', 'vera_systems') AND col = 'secret' THEN
        RETURN CASE WHEN v IS NULL OR v = 'null'::jsonb THEN v
                    ELSE jsonb_build_object('withheld', 'secret') END;
    END IF;
    IF v IS NULL OR jsonb_typeof(v) <> 'string' THEN
        RETURN v;
    END IF;
    t := v #>> '{}';
    IF length(t) > 4096 THEN
        RETURN jsonb_build_object('withheld', 'size', 'chars', length(t),
                                  'sha256', encode(sha256(convert_to(t, 'UTF8')), 'hex'));
    END IF;
    IF cardinality(pd_bsn_findings(t)) > 0 THEN
        RETURN jsonb_build_object('withheld', 'bsn');
    END IF;
    RETURN v;
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_kept_values(tbl text, r jsonb, cols jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE SET search_path = privacydesk, pg_temp
AS $$
    SELECT coalesce(jsonb_object_agg(key, pd_audit_kept_value(tbl, key, r -> key)), '{}'::jsonb)
      FROM jsonb_object_keys(r) AS key
     WHERE cols IS NULL OR cols ? key
$$;

-- Whether this transaction destroys the entity under retention (a row of no entity: whether it
-- destroys anything), as pd_audit_destruction_proof requires it to be recorded. Asked for every
-- row changed or removed: planned once a session, on the entity's index (as
-- pd_audit_described_by below).
CREATE OR REPLACE FUNCTION pd_audit_destroying(etype text, eid text) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    IF etype IS NULL THEN
        RETURN EXISTS (SELECT 1 FROM audit_events a
                        WHERE a.tx = txid_current()
                          AND a.action IN ('retention.destroyed', 'breach.destroyed',
                                           'breach.person_destroyed',
                                           'disclosure.person_destroyed'));
    END IF;
    RETURN EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.entity_type = etype AND a.entity_id = eid
                      AND a.tx + 0 = txid_current()
                      AND a.action IN ('retention.destroyed', 'breach.destroyed',
                                       'breach.person_destroyed', 'disclosure.person_destroyed'));
END
$$;

-- One changed row into the row trail; its place in the transaction, which sql.changed names.
CREATE OR REPLACE FUNCTION pd_audit_record_row(tbl text, op text, etype text, eid text,
                                               old_row jsonb, new_row jsonb, changed jsonb,
                                               by_hand boolean) RETURNS integer
    LANGUAGE plpgsql VOLATILE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    n         integer := coalesce(nullif(current_setting('privacydesk.row_changes', true), ''),
                                  '0')::integer + 1;
    row_key   text := coalesce(new_row, old_row) ->> 'id';
    destroyed boolean := false;
    old_kept  jsonb;
    new_kept  jsonb;
BEGIN
    PERFORM set_config('privacydesk.row_changes', n::text, true);
    IF op <> 'INSERT' THEN
        destroyed := pd_audit_destroying(etype, eid);
    END IF;
    IF destroyed THEN
        PERFORM set_config('privacydesk.destroying_values', 'on', true);
        UPDATE audit_row_changes c
           SET old_values = NULL, new_values = NULL, values_destroyed_at = pd_audit_now()
         WHERE c.values_destroyed_at IS NULL
           AND (c.old_values IS NOT NULL OR c.new_values IS NOT NULL)
           AND CASE WHEN row_key IS NOT NULL THEN c.table_name = tbl AND c.row_id = row_key
                    ELSE c.entity_type = etype AND c.entity_id = eid END;
        PERFORM set_config('privacydesk.destroying_values', 'off', true);
    ELSIF op = 'UPDATE' THEN
        old_kept := pd_audit_kept_values(tbl, old_row, changed);
        new_kept := pd_audit_kept_values(tbl, new_row, changed);
    ELSIF op = 'DELETE' THEN
        old_kept := pd_audit_kept_values(tbl, old_row, NULL);
    END IF;
    INSERT INTO audit_row_changes (tx, n, occurred_at, actor, table_name, row_id, operation,
                                   entity_type, entity_id, columns, old_values, new_values,
                                   by_hand, values_destroyed_at)
    VALUES (txid_current(), n, pd_audit_now(), session_user, tbl, row_key, lower(op), etype,
            eid, CASE WHEN op = 'UPDATE' THEN changed END, old_kept, new_kept, by_hand,
            CASE WHEN destroyed THEN pd_audit_now() END);
    RETURN n;
END
$$;

CREATE OR REPLACE FUNCTION pd_audit_direct_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changed jsonb;
    owner   record;
    owned   boolean := false;
    covered boolean;
    author  text;
    etype   text; -- the row's entity, NULL for a row of none
    eid     text;
    change  integer; -- its place in the row trail
    -- The actions that write this row, in a variable of type text[]: passed as
    -- pd_audit_row_actions(TG_TABLE_NAME, ...) it would carry the collation "C" of the type
    -- name into pd_audit_described_by, whose comparisons then cannot use the index on the
    -- entity (audit_events_entity) and read the transaction's events for every row instead
    -- (an import of 100,000 persons: hours).
    writers text[] := pd_audit_row_actions(TG_TABLE_NAME, TG_OP);
    -- The table's name as text, for the same reason: the functions that compare it with the
    -- columns that name a writer (pd_audit_writer_columns) get no collation "C" from it.
    tbl     text := TG_TABLE_NAME;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    -- The changed columns: needed first where the action's columns decide (an UPDATE of a
    -- request's, person's or breach's own row), else only for the event of a change that nothing
    -- described.
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('cases', 'persons', 'breaches') THEN
        changed := pd_audit_changed_columns(old_row, new_row);
    END IF;
    IF TG_TABLE_NAME IN ('cases', 'case_types', 'case_notes', 'case_decisions', 'case_attachments',
                         'case_ap_references', 'letters', 'art19_notifications', 'persons',
                         'breaches', 'breach_natures', 'breach_data', 'breach_criteria',
                         'breach_persons', 'breach_follow_ups', 'breach_letters', 'disclosures',
                         'disclosure_persons', 'disclosure_data', 'users', 'covenants',
                         'covenant_parties', 'covenant_data', 'case_system_checks', 'dpias',
                         'external_holds', 'person_restrictions', 'person_consents',
                         'dpia_documents', 'processor_agreements') THEN
        -- A row of an entity: described only by an event of that entity (its keys cannot
        -- change: pd_keys_frozen). A row whose entity is gone is not described by anything.
        owner := pd_row_entity(TG_TABLE_NAME, coalesce(new_row, old_row));
        owned := owner.entity_type IS NOT NULL;
        etype := owner.entity_type;
        eid := owner.entity_id;
        IF TG_TABLE_NAME = 'case_notes'
           OR (TG_OP <> 'UPDATE' AND TG_TABLE_NAME IN ('cases', 'persons', 'breaches')) THEN
            -- A note in someone else's name (the application never writes one), a request,
            -- person or breach inserted or removed by hand: only the actions that write the row
            -- (pd_audit_described_by: an import inserts 100,000 persons), a note, person or
            -- breach in the writer's own name.
            author := CASE TG_TABLE_NAME WHEN 'case_notes' THEN 'author'
                                         WHEN 'persons' THEN 'created_by'
                                         WHEN 'breaches' THEN 'reported_by' END;
            covered := owned
                       AND (TG_OP <> 'INSERT' OR author IS NULL
                            OR new_row ->> author = session_user)
                       AND pd_audit_described_by(owner.entity_type, owner.entity_id, writers);
            IF covered AND TG_TABLE_NAME = 'case_notes' AND TG_OP = 'INSERT' THEN
                covered := pd_audit_note_described(owner.entity_id, new_row);
            END IF;
        ELSIF writers IS NOT NULL THEN
            -- A letter, a file, an AP reference, an art. 19 record, a breach's follow-up or
            -- letter, a disclosure, a covenant, a hold, a restriction or a DPIA in someone
            -- else's name, or a letter's text changed behind its dispatch, its dispatch, a hold
            -- released, a restriction lifted or a DPIA changed recorded in someone
            -- else's name (pd_audit_writer_columns), a file's content behind another file, a
            -- decision behind a note, a breach's criteria behind a follow-up, a user's role
            -- behind a new display name, a hold released behind securing it.
            IF TG_OP = 'UPDATE' THEN
                changed := pd_audit_changed_columns(old_row, new_row);
            END IF;
            -- Who the row says added it (NULL: it names nobody, as a decision, a kind, a
            -- breach's sets and persons, a disclosure's or covenant's lists, a user).
            author := CASE TG_TABLE_NAME
                          WHEN 'letters' THEN 'generated_by'
                          WHEN 'breach_letters' THEN 'generated_by'
                          WHEN 'case_attachments' THEN 'added_by'
                          WHEN 'case_ap_references' THEN 'changed_by'
                          WHEN 'case_system_checks' THEN 'searched_by'
                          WHEN 'art19_notifications' THEN 'recorded_by'
                          WHEN 'breach_follow_ups' THEN 'recorded_by'
                          WHEN 'disclosures' THEN 'created_by'
                          WHEN 'covenants' THEN 'created_by'
                          WHEN 'external_holds' THEN 'created_by'
                          WHEN 'person_restrictions' THEN 'created_by'
                          WHEN 'person_consents' THEN 'created_by'
                          WHEN 'dpias' THEN 'created_by'
                          WHEN 'dpia_documents' THEN 'added_by'
                          WHEN 'processor_agreements' THEN 'added_by' END;
            covered := owned
                       AND (TG_OP <> 'INSERT' OR author IS NULL
                            OR new_row ->> author = session_user)
                       AND pd_audit_described_row(owner.entity_type, owner.entity_id, tbl,
                                                  TG_OP, changed, new_row);
        ELSE
            -- A request's or breach's own row: also its identification or a breach's
            -- assessment, decisions, notifications, closure or destruction recorded in someone
            -- else's name (pd_audit_writer_columns).
            covered := owned AND pd_audit_described_columns(owner.entity_type, owner.entity_id,
                                                            tbl, changed, new_row);
        END IF;
    ELSE
        covered := EXISTS (SELECT 1 FROM audit_events a
                            WHERE a.tx = txid_current() AND a.entity_type <> 'table'
                              AND a.action NOT IN ('user.denied', 'case.timeline')
                              AND a.action NOT LIKE '%.read');
    END IF;
    IF TG_OP = 'UPDATE' THEN
        changed := coalesce(changed, pd_audit_changed_columns(old_row, new_row));
    END IF;
    change := pd_audit_record_row(tbl, TG_OP, etype, eid, old_row, new_row, changed,
                                  NOT covered);
    IF covered THEN
        RETURN NULL;
    END IF;
    changed := coalesce(changed, pd_audit_changed_columns(old_row, new_row));
    -- Filed under the row's own request, person, breach, disclosure or user, so that its
    -- chronology (and the AP dossier) shows it in its place; a row of no entity under its table.
    IF owned THEN
        INSERT INTO audit_events (entity_type, entity_id, action, payload)
        VALUES (owner.entity_type, owner.entity_id, 'sql.changed',
                jsonb_build_object('operation', lower(TG_OP), 'table', TG_TABLE_NAME,
                                   'id', coalesce(new_row, old_row) -> 'id',
                                   'columns', changed, 'change', change)::text);
    ELSE
        INSERT INTO audit_events (entity_type, entity_id, action, payload)
        VALUES ('table', TG_TABLE_NAME, 'sql.changed',
                jsonb_build_object('operation', lower(TG_OP),
                                   'id', coalesce(new_row, old_row) -> 'id',
                                   'columns', changed, 'change', change)::text);
    END IF;
    RETURN NULL;
END
$$;

-- What ties a row to its entity never changes (issue 36): a request's or breach's number, a
-- person's or disclosure's id, and a child row's link to them. The application changes none of
-- them; by hand, renaming a request to a number that has an event would make a change look
-- described. And what retention destroyed stays destroyed: a person anonymised (or reduced)
-- stays so, a breach destroyed stays destroyed, a disclosure's count of removed persons only
-- grows, so that nobody can mark an entity destroyed, destroy its details and undo the mark.
CREATE OR REPLACE FUNCTION pd_keys_frozen() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    key text;
    o   jsonb := to_jsonb(OLD); -- by name: a record has only its own table's fields
    n   jsonb := to_jsonb(NEW);
BEGIN
    FOREACH key IN ARRAY TG_ARGV LOOP
        IF o -> key IS DISTINCT FROM n -> key THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                MESSAGE = format('%s.%s cannot change: it ties the row to its entity in the '
                                 'audit trail', TG_TABLE_NAME, key);
        END IF;
    END LOOP;
    IF TG_TABLE_NAME = 'persons'
       AND ((o ->> 'anonymised_at' IS NOT NULL AND n ->> 'anonymised_at' IS NULL)
            OR (o ->> 'reduced_at' IS NOT NULL AND n ->> 'reduced_at' IS NULL
                AND n ->> 'anonymised_at' IS NULL)) THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'a person destroyed under a retention rule stays destroyed';
    END IF;
    IF TG_TABLE_NAME = 'breaches' AND o ->> 'destroyed_on' IS NOT NULL
       AND n ->> 'destroyed_on' IS DISTINCT FROM o ->> 'destroyed_on' THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'a breach destroyed under its retention rule stays destroyed';
    END IF;
    IF TG_TABLE_NAME = 'disclosures'
       AND (n ->> 'destroyed_persons')::bigint < (o ->> 'destroyed_persons')::bigint THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'the persons removed from a disclosure under a retention rule stay removed';
    END IF;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    frozen text[];
BEGIN
    FOREACH frozen SLICE 1 IN ARRAY ARRAY[
        ARRAY['cases', 'number'], ARRAY['persons', 'id'], ARRAY['breaches', 'number'],
        ARRAY['disclosures', 'id'], ARRAY['case_types', 'case_id'],
        ARRAY['case_notes', 'case_id'], ARRAY['case_decisions', 'case_id'],
        ARRAY['case_attachments', 'case_id'], ARRAY['case_ap_references', 'case_id'],
        ARRAY['letters', 'case_id'], ARRAY['art19_notifications', 'case_id'],
        ARRAY['breach_natures', 'breach_id'], ARRAY['breach_data', 'breach_id'],
        ARRAY['breach_criteria', 'breach_id'], ARRAY['breach_persons', 'breach_id'],
        ARRAY['breach_follow_ups', 'breach_id'], ARRAY['breach_letters', 'breach_id'],
        ARRAY['disclosure_persons', 'disclosure_id'], ARRAY['disclosure_data', 'disclosure_id'],
        ARRAY['covenants', 'id'], ARRAY['covenant_parties', 'covenant_id'],
        ARRAY['covenant_data', 'covenant_id'], ARRAY['case_system_checks', 'case_id'],
        ARRAY['dpias', 'activity_id'], ARRAY['person_restrictions', 'person_id'],
        ARRAY['person_consents', 'person_id'], ARRAY['dpia_documents', 'dpia_id'],
        ARRAY['processor_agreements', 'recipient_id']]
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', frozen[1] || '_keys_frozen',
                       frozen[1]);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION pd_keys_frozen(%L)', frozen[1] || '_keys_frozen',
                       frozen[1], frozen[2]);
    END LOOP;
    -- A hold belongs to a request or to a breach: both links stay as they are.
    DROP TRIGGER IF EXISTS external_holds_keys_frozen ON external_holds;
    CREATE TRIGGER external_holds_keys_frozen BEFORE UPDATE ON external_holds FOR EACH ROW
        EXECUTE FUNCTION pd_keys_frozen('case_id', 'breach_id');
END
$$;

DO $$
DECLARE
    audited text;
BEGIN
    FOREACH audited IN ARRAY ARRAY[
        'users', 'settings', 'persons', 'cases', 'case_types', 'case_notes', 'case_decisions',
        'case_attachments', 'case_ap_references', 'letters', 'letter_templates', 'recipients',
        'disclosures', 'disclosure_persons', 'disclosure_data', 'art19_notifications',
        'retention_rules', 'retention_items', 'retention_holds', 'retention_destructions',
        'processing_activities', 'processing_activity_items', 'breaches', 'breach_natures',
        'breach_data', 'breach_criteria', 'breach_persons', 'breach_follow_ups', 'breach_letters',
        'external_holds', 'person_restrictions', 'person_consents',
        'covenants', 'covenant_parties', 'covenant_data',
        'processing_activity_systems', 'case_system_checks', 'dpias',
        'mailbox_account', 'mailbox_messages', 'vera_systems', 'vera_discoveries',
        'vera_discovery_systems', 'vera_found', 'outbox', 'dpia_documents',
        'processor_agreements']
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', audited || '_direct_change', audited);
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
                       'EXECUTE FUNCTION pd_audit_direct_change()',
                       audited || '_direct_change', audited);
    END LOOP;
END
$$;

-- Every seat's desk reads again what it shows when another seat committed a change
-- (ChangeFeed): it asks pd_audit_others() a few times a second and compares. Every change
-- writes an event and the trail's numbers have no gap, so the sealed head plus the events that
-- wait is the count of committed events; less this session's own, it moves exactly when another
-- session commits. It was a NOTIFY at every commit until issue 42: PostgreSQL serialises the
-- commits of notifying transactions on one lock (the database's), which at 100 seats held up to
-- 42 % of the busy backends. The count tells any login no more than the NOTIFY did: that
-- something was committed.
DROP TRIGGER IF EXISTS audit_events_notify ON audit_events;
DROP FUNCTION IF EXISTS pd_audit_notify();

-- Never a sequential scan, as pd_audit_seal_locked: every desk asks four times a second.
CREATE OR REPLACE FUNCTION pd_audit_others() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacydesk, pg_temp
    SET enable_seqscan = off
AS $$
    SELECT coalesce((SELECT seq FROM audit_events WHERE seq > 0 ORDER BY seq DESC LIMIT 1), 0)
         + (SELECT count(*) FROM audit_events WHERE seq < 0)
         - coalesce(nullif(current_setting('privacydesk.own_events', true), ''), '0')::bigint
         -- this session's events not yet committed (a desk that asks inside a transaction)
         - coalesce(nullif(current_setting('privacydesk.pending', true), ''), '0')::bigint
         + coalesce(nullif(current_setting('privacydesk.own_counted', true), ''), '0')::bigint
$$;
