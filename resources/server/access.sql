-- Who may do what in a server store, enforced by the server (issue 21).
--
-- Run by `server init` as the store's owner role (<database>_eigenaar, NOLOGIN, CREATEROLE),
-- with search_path set to privacydesk, after the schema and audit.sql. Every statement may run
-- again: a later version replaces these objects the same way.
--
-- Four group roles per database (CONNECT to the database is the database owner's to grant:
-- ServerSetup::init does it), <database>_beheerder, _functionaris, _kcc and _auditor, hold
-- the privileges; a Privacydesk user is a login role of its own name (SCRAM-SHA-256) in the
-- group of its role. The users table is the source of truth: a trigger on it grants the group of
-- the row's role and revokes the others, and a removed user loses every group and its LOGIN.
-- Login roles are made only through pd_login_create (beheerders), which keeps them in
-- server_logins: the trigger touches no role the store did not make.
--
-- What each group may do follows UserService::roleMay:
--   beheerder     everything the application does, users and settings included
--   functionaris  requests and registers; reads users and settings, writes settings the
--                 application records (last backup, last integrity check)
--   kcc           the phone intake: adds persons and requests; reads only the requests it
--                 logged itself in the last 7 days, and of those only the intake fields
--   auditor       reads everything
-- The audit trail takes events from every group through pd_audit_append only, each as its role
-- may record them (denials are recorded too), and changes from nobody (audit.sql).

-- pd_group(code), the name of a group role, is audit.sql's (which runs first).

CREATE TABLE IF NOT EXISTS server_logins (
    login      text PRIMARY KEY,
    created_at text NOT NULL
);

DO $$
DECLARE
    code text;
BEGIN
    FOREACH code IN ARRAY ARRAY['beheerder', 'functionaris', 'kcc', 'auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = pd_group(code)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', pd_group(code));
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA privacydesk TO %I', pd_group(code));
    END LOOP;
END
$$;

-- The case list's search index (case_search) and the dashboard's files (person_files) say what the
-- requests and their persons say, and are written only by their triggers (issue 36, review M2).
-- No application role may write person_files, case_numbers (a store folder's counter; a
-- server numbers with pd_next_case_number) or recipient_categories (a fixed catalogue), and none
-- may delete a row of case_search (grants below). The officers' INSERT and UPDATE of case_search
-- stay for PersonImport, which re-indexes the requests of the persons it renames itself: a row
-- written by anyone must be the row the triggers write (case_search_truth), or it is refused,
-- so that nobody can put an anonymised person's name back into the index, or hide a request
-- from the search under another name.
-- The baseline's person trigger stepped aside while the transaction's setting
-- privacydesk.person_search was 'deferred', which any login may set: on a server it no longer
-- does. It re-indexes the person's requests on every change; the import's own re-index then
-- writes the same rows again.
CREATE OR REPLACE FUNCTION case_search_person_update_fn() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp SET enable_seqscan = off
    SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
    DELETE FROM case_search WHERE docid IN (SELECT id FROM cases WHERE person_id = NEW.id);
    INSERT INTO case_search (docid, name, number, klantnummer, postcode, document)
    SELECT s.docid, s.name, s.number, s.klantnummer, s.postcode,
           case_search_document_of(s.name, s.number, s.klantnummer, s.postcode)
    FROM (SELECT c.id AS docid,
                 CASE WHEN NEW.anonymised_at IS NULL THEN NEW.name END AS name,
                 c.number AS number,
                 CASE WHEN NEW.anonymised_at IS NULL THEN NEW.klantnummer END AS klantnummer,
                 CASE WHEN NEW.anonymised_at IS NULL THEN
                     replace(upper(NEW.postcode), ' ', '') || ' '
                     || substr(replace(upper(NEW.postcode), ' ', ''), 1, 4) || ' '
                     || substr(replace(upper(NEW.postcode), ' ', ''), 5) END AS postcode
          FROM cases c WHERE c.person_id = NEW.id) AS s
    ON CONFLICT (docid) DO UPDATE
        SET name = EXCLUDED.name, number = EXCLUDED.number,
            klantnummer = EXCLUDED.klantnummer, postcode = EXCLUDED.postcode,
            document = EXCLUDED.document;
    RETURN NULL;
END;
$$;

-- The triggers that keep the list's search index, a request's kinds and the person files read
-- the rows of one request or person by key (issue 42). PL/pgSQL keeps a statement's plan for the
-- session after five runs: planned while a new store (or a demo, an import, a restored store)
-- was small or had no statistics, that plan read every request for each row written, a session
-- long (a demo of 5,000 requests: every request read again at each of its 14,500 changes). With
-- sequential scans priced out the plan is the key's index at every size. The other trigger
-- functions of the schema come from the migrations; this one (above) is made here.
--
-- And they plan their statements once a session: until a statement has run five times,
-- PL/pgSQL plans it again at every run for its values, and a desk's session writes a handful of
-- requests (bench_seats: about 2 ms of planning in an intake at 10 seats). With sequential scans
-- priced out, the plan for any values is the key's index, so one generic plan serves them all.
-- (`server check` reads these settings from the lines below.)
ALTER FUNCTION person_files_case_insert_fn() SET enable_seqscan = off;
ALTER FUNCTION person_files_case_insert_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION person_files_case_update_fn() SET enable_seqscan = off;
ALTER FUNCTION person_files_case_update_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION person_files_case_delete_fn() SET enable_seqscan = off;
ALTER FUNCTION person_files_case_delete_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_types_key_insert_fn() SET enable_seqscan = off;
ALTER FUNCTION case_types_key_insert_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_types_key_update_fn() SET enable_seqscan = off;
ALTER FUNCTION case_types_key_update_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_types_key_delete_fn() SET enable_seqscan = off;
ALTER FUNCTION case_types_key_delete_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION cases_types_key_derived_fn() SET enable_seqscan = off;
ALTER FUNCTION cases_types_key_derived_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION mailbox_messages_kept_fn() SET enable_seqscan = off;
ALTER FUNCTION mailbox_messages_kept_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION mailbox_messages_not_removed_fn() SET enable_seqscan = off;
ALTER FUNCTION mailbox_messages_not_removed_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_search_case_insert_fn() SET enable_seqscan = off;
ALTER FUNCTION case_search_case_insert_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_search_case_update_fn() SET enable_seqscan = off;
ALTER FUNCTION case_search_case_update_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION case_search_case_delete_fn() SET enable_seqscan = off;
ALTER FUNCTION case_search_case_delete_fn() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION persons_sort_name_fn() SET enable_seqscan = off;
ALTER FUNCTION persons_sort_name_fn() SET plan_cache_mode = force_generic_plan;

-- The row the triggers write for a request: refuses any other (a request that is not there, or
-- another name, customer number, postcode or document than its person's).
CREATE OR REPLACE FUNCTION case_search_truth() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp SET enable_seqscan = off
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    truth record;
BEGIN
    SELECT s.name, s.number, s.klantnummer, s.postcode,
           case_search_document_of(s.name, s.number, s.klantnummer, s.postcode) AS document
      INTO truth
      FROM (SELECT CASE WHEN p.anonymised_at IS NULL THEN p.name END AS name,
                   c.number AS number,
                   CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END AS klantnummer,
                   CASE WHEN p.anonymised_at IS NULL THEN
                       replace(upper(p.postcode), ' ', '') || ' '
                       || substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' '
                       || substr(replace(upper(p.postcode), ' ', ''), 5) END AS postcode
              FROM cases c LEFT JOIN persons p ON p.id = c.person_id
             WHERE c.id = NEW.docid) AS s;
    IF NOT FOUND
       OR ROW(NEW.name, NEW.number, NEW.klantnummer, NEW.postcode, NEW.document)
          IS DISTINCT FROM ROW(truth.name, truth.number, truth.klantnummer, truth.postcode,
                               truth.document) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('case_search row %s is not what its request and person say: the '
                             'search index is written by its triggers only', NEW.docid);
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS case_search_truth ON case_search;
CREATE TRIGGER case_search_truth BEFORE INSERT OR UPDATE ON case_search
    FOR EACH ROW EXECUTE FUNCTION case_search_truth();

-- When the server registered a request (issue 36): its own clock's moment, stamped when the row
-- is inserted, given by no client and never changed. A request's other moments (created_at, the
-- day and moment of receipt) are the desk's clock, which may differ from the server's (a test's
-- fixed clock included); this one bounds the KCC's window (pd_kcc_window), so that a request a
-- KCC login dates ahead leaves its window 7 days after the server registered it. Its default,
-- now(), is the moment of the transaction that inserts the row; the requests of a server made
-- before this column get the moment of the upgrade that adds it (evaluated once for the rows
-- there: no row is rewritten, no trigger runs), and a row the store's owner writes with the
-- triggers set aside still gets the server's moment.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS registered_at timestamptz NOT NULL DEFAULT now();

CREATE OR REPLACE FUNCTION pd_case_registered() RETURNS trigger
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.registered_at IS DISTINCT FROM now())
       OR (TG_OP = 'UPDATE' AND NEW.registered_at IS DISTINCT FROM OLD.registered_at) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'cases.registered_at is the server''s moment of registration: only the '
                      'server sets it, once';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS cases_registered_at ON cases;
CREATE TRIGGER cases_registered_at BEFORE INSERT OR UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION pd_case_registered();

-- Maintenance triggers (search index, request files, types key) write tables the acting role
-- may not: they run as the owner.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p
               WHERE p.pronamespace = 'privacydesk'::regnamespace
                 AND p.prorettype = 'trigger'::regtype
                 AND p.proname NOT IN ('pd_audit_guard')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER', fn);
    END LOOP;
END
$$;

-- Table privileges.
DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
    kcc          name := pd_group('kcc');
    auditor      name := pd_group('auditor');
    t            text;
BEGIN
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA privacydesk FROM PUBLIC, %I, %I, %I, %I',
                   beheerder, functionaris, kcc, auditor);
    -- The store's own functions only (unaccent's belong to the extension).
    FOR t IN SELECT p.oid::regprocedure::text FROM pg_proc p
              WHERE p.pronamespace = 'privacydesk'::regnamespace
                AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', t);
    END LOOP;
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'privacydesk'
                AND tablename NOT IN ('audit_events', 'audit_row_changes', 'server_logins',
                                      'users', 'meta')
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO %I, %I, %I', t, beheerder, functionaris, auditor);
        -- What only triggers write (see case_search_truth above).
        IF t NOT IN ('person_files', 'case_numbers', 'recipient_categories') THEN
            EXECUTE format('GRANT INSERT, UPDATE ON %I TO %I, %I', t, beheerder, functionaris);
        END IF;
        IF t NOT IN ('person_files', 'case_numbers', 'recipient_categories', 'case_search') THEN
            EXECUTE format('GRANT DELETE ON %I TO %I, %I', t, beheerder, functionaris);
        END IF;
    END LOOP;
    EXECUTE format('GRANT SELECT ON meta TO %I, %I, %I, %I', beheerder, functionaris, kcc,
                   auditor);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON users TO %I', beheerder);
    -- Every role reads which logins the store made (names only, as users shows them): `server
    -- check` names the logins in a group that Privacydesk did not make, whoever runs it.
    EXECUTE format('GRANT SELECT ON server_logins TO %I, %I, %I, %I', beheerder, functionaris,
                   kcc, auditor);
    EXECUTE format('GRANT SELECT ON users TO %I, %I, %I', functionaris, kcc, auditor);
    -- The trail is read by the officers and the auditor, and written by nobody: events come in
    -- only through pd_audit_append, which checks who records what (audit.sql).
    EXECUTE format('GRANT SELECT ON audit_events TO %I, %I, %I', beheerder, functionaris,
                   auditor);
    -- So is the row trail, which only the server's trigger writes.
    EXECUTE format('GRANT SELECT ON audit_row_changes TO %I, %I, %I', beheerder, functionaris,
                   auditor);
    -- The phone intake.
    EXECUTE format('GRANT SELECT ON settings, case_types, persons, recipient_categories TO %I',
                   kcc);
    -- Only the columns the phone intake writes (CaseService::add, PersonRepository::insert),
    -- issue 36 (review M4): a KCC login cannot insert a request that is identified, extended,
    -- decided or completed, nor a person destroyed already; the other columns take their
    -- defaults (NULL), and row ids are handed out by the server.
    EXECUTE format('GRANT INSERT (number, person_id, channel, received_at, received_date, '
                   'received_by, representative, representative_mandate, description, '
                   'callback_phone, state, handler, deadline_effective, created_at, updated_at, '
                   'representative_address, mandate_received, representative_organisation, '
                   'representative_authority) ON cases TO %I', kcc);
    EXECUTE format('GRANT INSERT (name, relation, klantnummer, street, house_number, postcode, '
                   'city, phone, email, relation_end, created_at, created_by, source, sort_name) '
                   'ON persons TO %I', kcc);
    EXECUTE format('GRANT INSERT ON case_types TO %I', kcc);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON intake_drafts TO %I', kcc);
    -- The case list's search, over the rows of the requests it may read (policy below).
    EXECUTE format('GRANT SELECT ON case_search TO %I', kcc);
    -- The marker of a restriction of processing (art. 18 AVG, issue 40) when the phone intake
    -- finds the person: which data, the ground and since when; never the reason or the request
    -- (RestrictionRepository::markersOf). Written by the officers only.
    EXECUTE format('GRANT SELECT (id, person_id, data, ground, started_on, lifted_on) '
                   'ON person_restrictions TO %I', kcc);
    EXECUTE format('GRANT SELECT (id, number, person_id, channel, received_at, received_date, '
                   'received_by, representative, representative_mandate, description, '
                   'callback_phone, state, extended, deadline_effective, created_at, '
                   'updated_at, types_key, version, representative_address, '
                   'representative_organisation, representative_authority) ON cases TO %I', kcc);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA privacydesk TO %I, %I, %I',
                   beheerder, functionaris, kcc);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_group(text), pd_audit_field(bytea), '
                   'pd_audit_now(), pd_fold(text) TO %I, %I, %I, %I',
                   beheerder, functionaris, kcc, auditor);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_audit_destroy_payloads(text, text) TO %I, %I',
                   beheerder, functionaris);
    -- Whoever reads the chain in its order seals the events that wait first (audit.sql,
    -- pd_audit_seal), as does a destruction whose record names the head of the trail.
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_audit_seal() TO %I, %I, %I, %I', beheerder,
                   functionaris, kcc, auditor);
    -- Every desk asks whether another seat committed something (audit.sql, pd_audit_others).
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_audit_others() TO %I, %I, %I, %I', beheerder,
                   functionaris, kcc, auditor);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_audit_append(jsonb) TO %I, %I, %I, %I',
                   beheerder, functionaris, kcc, auditor);
    -- The audit trail's checkpoint: read by whoever verifies the chain, written only through
    -- its functions (audit.sql), which move it to an event that carries the hash it names.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON audit_checkpoints FROM %I, %I', beheerder,
                   functionaris);
    EXECUTE format('GRANT SELECT ON audit_checkpoints TO %I, %I, %I', beheerder, functionaris,
                   auditor);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_audit_checkpoint_mac(bigint, bytea), '
                   'pd_audit_keep_checkpoint(bigint, bytea), pd_audit_drop_checkpoint() '
                   'TO %I, %I, %I', beheerder, functionaris, auditor);
    -- PersonImport re-indexes the requests of the persons it renames with the trigger's document.
    EXECUTE format('GRANT EXECUTE ON FUNCTION case_search_document_of(text, text, text, text) '
                   'TO %I, %I', beheerder, functionaris);
END
$$;

-- Row-level security: the KCC's window on the requests (CaseScope in the application).
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE intake_drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_search ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION pd_kcc_window_start() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date - 7, 'YYYY-MM-DD') $$;

-- Whether a request is in the KCC's window: received in its last 7 days (CaseScope's rule) and
-- registered by the server in them (cases.registered_at, by the server's clock), so that a
-- request dated ahead by the desk's clock leaves the window 7 days after the server registered
-- it (issue 36).
CREATE OR REPLACE FUNCTION pd_kcc_window(received_date text, registered_at timestamptz)
    RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT received_date >= pd_kcc_window_start()
             AND to_char(registered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')
                 >= pd_kcc_window_start() $$;

-- The request a KCC login is registering: its own, not yet recorded (its case.created event
-- comes after its types in CaseService::add). The types of a request received before the
-- KCC's window are its to add too (issue 36, review), though it may not read that request;
-- the types of a request it registered earlier are not. Runs as the owner, so that the window
-- does not hide the request; it answers only true or false.
CREATE OR REPLACE FUNCTION pd_kcc_intake_case(which bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacydesk, pg_temp
    SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $$
BEGIN
    -- PL/pgSQL, planned once a session (issue 42): as an SQL function with SET search_path it
    -- was planned again for every kind of every request a KCC login registered.
    RETURN EXISTS (SELECT 1 FROM cases c
                    WHERE c.id = which AND c.received_by = session_user
                      AND NOT EXISTS (SELECT 1 FROM audit_events a
                                       WHERE a.entity_type = 'case' AND a.entity_id = c.number
                                         AND a.action = 'case.created'));
END
$$;

DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
    kcc          name := pd_group('kcc');
    auditor      name := pd_group('auditor');
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_kcc_window_start(), '
                   'pd_kcc_window(text, timestamptz) TO %I', kcc);
    REVOKE ALL ON FUNCTION pd_kcc_intake_case(bigint) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_kcc_intake_case(bigint) TO %I', kcc);
    DROP POLICY IF EXISTS cases_officers ON cases;
    DROP POLICY IF EXISTS cases_auditor ON cases;
    DROP POLICY IF EXISTS cases_kcc_read ON cases;
    DROP POLICY IF EXISTS cases_kcc_intake ON cases;
    EXECUTE format('CREATE POLICY cases_officers ON cases TO %I, %I USING (true) '
                   'WITH CHECK (true)', beheerder, functionaris);
    EXECUTE format('CREATE POLICY cases_auditor ON cases FOR SELECT TO %I USING (true)',
                   auditor);
    EXECUTE format('CREATE POLICY cases_kcc_read ON cases FOR SELECT TO %I '
                   'USING (received_by = session_user '
                   'AND pd_kcc_window(received_date, registered_at))', kcc);
    -- What the phone intake may say of a new request (issue 36, review M4): received by itself,
    -- not yet assigned to a handler (the officers assign), and a deadline the intake can have
    -- computed: after the day of receipt, and no later than the one month of art. 12 lid 3 AVG
    -- with the days a weekend, public holidays or the organisation's closing days add. The
    -- columns it may not write at all are kept out by the column grants above. Its moments are
    -- the desk's clock (the application's, a test's fixed one included), so the server checks
    -- only that they agree with each other: registered once (updated_at is created_at), and not
    -- before the request came in (the day of receipt and a known moment of receipt not after
    -- the registration).
    EXECUTE format('CREATE POLICY cases_kcc_intake ON cases FOR INSERT TO %I '
                   'WITH CHECK (received_by = session_user AND state = ''ontvangen'' '
                   'AND handler IS NULL AND deadline_effective > received_date '
                   'AND deadline_effective::date '
                   '<= received_date::date + interval ''1 month 14 days'' '
                   'AND updated_at = created_at '
                   'AND received_date::date '
                   '<= (created_at::timestamptz AT TIME ZONE ''Europe/Amsterdam'')::date '
                   'AND (received_at IS NULL '
                   'OR received_at::timestamptz <= created_at::timestamptz))', kcc);

    -- The persons: everyone who may read them reads them all (the intake searches them), the
    -- officers change them, and the phone intake adds a person only in its own name.
    DROP POLICY IF EXISTS persons_officers ON persons;
    DROP POLICY IF EXISTS persons_read ON persons;
    DROP POLICY IF EXISTS persons_kcc_intake ON persons;
    EXECUTE format('CREATE POLICY persons_officers ON persons TO %I, %I USING (true) '
                   'WITH CHECK (true)', beheerder, functionaris);
    EXECUTE format('CREATE POLICY persons_read ON persons FOR SELECT TO %I, %I USING (true)',
                   kcc, auditor);
    EXECUTE format('CREATE POLICY persons_kcc_intake ON persons FOR INSERT TO %I '
                   'WITH CHECK (created_by = session_user)', kcc);

    DROP POLICY IF EXISTS case_types_officers ON case_types;
    DROP POLICY IF EXISTS case_types_visible ON case_types;
    DROP POLICY IF EXISTS case_types_kcc_intake ON case_types;
    EXECUTE format('CREATE POLICY case_types_officers ON case_types TO %I, %I USING (true) '
                   'WITH CHECK (true)', beheerder, functionaris);
    EXECUTE format('CREATE POLICY case_types_visible ON case_types FOR SELECT TO %I, %I '
                   'USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))', auditor, kcc);
    EXECUTE format('CREATE POLICY case_types_kcc_intake ON case_types FOR INSERT TO %I '
                   'WITH CHECK (pd_kcc_intake_case(case_id))', kcc);

    -- The search index names the person of every request: a KCC login finds only the requests
    -- it may read (the triggers that write it run as the owner, which no policy restricts).
    DROP POLICY IF EXISTS case_search_officers ON case_search;
    DROP POLICY IF EXISTS case_search_visible ON case_search;
    EXECUTE format('CREATE POLICY case_search_officers ON case_search TO %I, %I USING (true) '
                   'WITH CHECK (true)', beheerder, functionaris);
    EXECUTE format('CREATE POLICY case_search_visible ON case_search FOR SELECT TO %I, %I '
                   'USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = docid))', auditor, kcc);

    DROP POLICY IF EXISTS intake_drafts_own ON intake_drafts;
    DROP POLICY IF EXISTS intake_drafts_officers ON intake_drafts;
    EXECUTE format('CREATE POLICY intake_drafts_own ON intake_drafts TO %I '
                   'USING (login = session_user) WITH CHECK (login = session_user)', kcc);
    EXECUTE format('CREATE POLICY intake_drafts_officers ON intake_drafts TO %I, %I, %I '
                   'USING (true) WITH CHECK (true)', beheerder, functionaris, auditor);
END
$$;

-- A numbering that restarts every year (case numbers, breach counters): one server sequence per
-- kind and year, <kind>_<year>, unique under parallel seats and never blocking another seat. A
-- year's sequence is made on its first number (under an advisory lock, so that two seats do not
-- both make it), starting after the highest number of that year already in the store (an
-- imported or restored store), which highest_query reads with the year as $1. Not granted to
-- anyone: it runs inside the owner's SECURITY DEFINER functions below, which pass their own
-- fixed query.
CREATE OR REPLACE FUNCTION pd_year_sequence(kind text, year integer, highest_query text)
    RETURNS bigint
    LANGUAGE plpgsql SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    sequence_name text := format('%s_%s', kind, year);
    highest       bigint;
BEGIN
    IF year < 1900 OR year > 9999 THEN
        RAISE EXCEPTION 'no % for the year %', kind, year;
    END IF;
    IF to_regclass(sequence_name) IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('privacydesk.' || kind, year));
        IF to_regclass(sequence_name) IS NULL THEN
            EXECUTE highest_query INTO highest USING year;
            EXECUTE format('CREATE SEQUENCE %I START WITH %s', sequence_name,
                           coalesce(highest, 0) + 1);
        END IF;
    END IF;
    RETURN nextval(sequence_name);
END
$$;

-- Case numbers (AVG-<year>-<number>): the year of receipt's sequence.
-- (PL/pgSQL, planned once a session: as an SQL function with SET search_path it was planned
-- again at every intake, issue 42.)
CREATE OR REPLACE FUNCTION pd_next_case_number(year integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    RETURN pd_year_sequence('case_number', year,
                            'SELECT max(substr(number, 10)::bigint) FROM cases '
                            'WHERE number LIKE format(''AVG-%s-%%'', $1)');
END
$$;

-- The data-breach register (issue 20) on a server. Anyone at the phone may report a breach
-- (Permission::IntakeCase): a KCC login adds breaches and reads back only the ones it reported
-- itself (BreachService::ownReports), with their natures and data, and the processor's name from
-- the recipients catalogue; the register itself is the officers' (and the auditor's, to read).
ALTER TABLE breaches ENABLE ROW LEVEL SECURITY;
ALTER TABLE breach_natures ENABLE ROW LEVEL SECURITY;
ALTER TABLE breach_data ENABLE ROW LEVEL SECURITY;
ALTER TABLE breach_criteria ENABLE ROW LEVEL SECURITY;
ALTER TABLE breach_persons ENABLE ROW LEVEL SECURITY;
ALTER TABLE breach_follow_ups ENABLE ROW LEVEL SECURITY;

DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
    kcc          name := pd_group('kcc');
    auditor      name := pd_group('auditor');
    t            text;
BEGIN
    DROP POLICY IF EXISTS breaches_officers ON breaches;
    DROP POLICY IF EXISTS breaches_auditor ON breaches;
    DROP POLICY IF EXISTS breaches_kcc_read ON breaches;
    DROP POLICY IF EXISTS breaches_kcc_report ON breaches;
    EXECUTE format('CREATE POLICY breaches_officers ON breaches TO %I, %I USING (true) '
                   'WITH CHECK (true)', beheerder, functionaris);
    EXECUTE format('CREATE POLICY breaches_auditor ON breaches FOR SELECT TO %I USING (true)',
                   auditor);
    EXECUTE format('CREATE POLICY breaches_kcc_read ON breaches FOR SELECT TO %I '
                   'USING (reported_by = session_user)', kcc);
    EXECUTE format('CREATE POLICY breaches_kcc_report ON breaches FOR INSERT TO %I '
                   'WITH CHECK (reported_by = session_user AND state = ''open'' '
                   'AND assessed_at IS NULL AND ap_notified_at IS NULL AND closed_at IS NULL)',
                   kcc);
    -- What a report says (BreachService::add), never what the officers decide later: the
    -- assessment, the decisions, the notifications, closing and destruction take their defaults.
    EXECUTE format('GRANT SELECT ON breaches TO %I', kcc);
    EXECUTE format('GRANT INSERT (number, year, counter, reported_by, reported_at, created_at, '
                   'updated_at, title, description, occurred_at, discovered_at, ap_deadline, '
                   'persons_count, persons_estimate, records_count, records_estimate, '
                   'group_text, processor_id, processor_told_at, measures_before, '
                   'measures_taken, consequences, international, subjects_description, '
                   'subjects_consequences, subjects_measures, data_text, '
                   'processor_told_reason) ON breaches TO %I',
                   kcc);
    EXECUTE format('GRANT SELECT (id, name, removed_at) ON recipients TO %I', kcc);
    FOREACH t IN ARRAY ARRAY['breach_natures', 'breach_data', 'breach_criteria',
                             'breach_persons', 'breach_follow_ups'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_officers', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_auditor', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_kcc_read', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_kcc_report', t);
        EXECUTE format('CREATE POLICY %I ON %I TO %I, %I USING (true) WITH CHECK (true)',
                       t || '_officers', t, beheerder, functionaris);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO %I USING (true)',
                       t || '_auditor', t, auditor);
        -- The breaches a KCC login sees are its own (the policy above applies in the subquery).
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO %I USING (EXISTS '
                       '(SELECT 1 FROM breaches b WHERE b.id = breach_id))',
                       t || '_kcc_read', t, kcc);
        EXECUTE format('GRANT SELECT ON %I TO %I', t, kcc);
    END LOOP;
    -- What a report describes: its natures and the kinds of data, written with the report.
    FOREACH t IN ARRAY ARRAY['breach_natures', 'breach_data'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO %I WITH CHECK (EXISTS '
                       '(SELECT 1 FROM breaches b WHERE b.id = breach_id))',
                       t || '_kcc_report', t, kcc);
        EXECUTE format('GRANT INSERT ON %I TO %I', t, kcc);
    END LOOP;
END
$$;

-- Breach numbers (DL-<year>-<counter>): the year of discovery's sequence, whichever rows the
-- reporting role may read (a KCC login sees only its own reports).
CREATE OR REPLACE FUNCTION pd_next_breach_counter(year integer) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
    SELECT pd_year_sequence('breach_counter', year,
                            'SELECT max(counter) FROM breaches WHERE year = $1');
$$;

-- The phone intake links a call to a known person and says how many of their requests are open
-- (PersonQuery), to a KCC login too, which may read none of those requests: the number only.
CREATE OR REPLACE FUNCTION pd_open_requests(person bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
    SELECT count(*) FROM cases c
     WHERE c.person_id = person AND c.state IN ('ontvangen', 'identificatie', 'in-behandeling')
$$;

-- Which those requests are, so that the KCC can tell the caller the number and who handles it:
-- the number and the handler's login of each, the oldest first, nothing else of them.
CREATE OR REPLACE FUNCTION pd_open_request_list(person bigint)
    RETURNS TABLE (number text, handler text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
    SELECT c.number, c.handler FROM cases c
     WHERE c.person_id = person AND c.state IN ('ontvangen', 'identificatie', 'in-behandeling')
     ORDER BY c.received_date, c.id
$$;

-- Whether a request of that number exists, for a KCC login that may not read it: refused (and
-- the refusal recorded) rather than "not found", as on a store folder (CaseService::find).
CREATE OR REPLACE FUNCTION pd_case_exists(case_number text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM cases c WHERE c.number = case_number) $$;

-- Logins.
CREATE OR REPLACE FUNCTION pd_valid_login(login text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT login ~ '^[a-z0-9][a-z0-9._@-]{0,62}$' $$;

-- A login role for a new user, with a SCRAM-SHA-256 verifier made by the client (the password
-- itself never reaches a statement). No group yet: the users row grants it.
CREATE OR REPLACE FUNCTION pd_login_create(login text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NOT pd_valid_login(login) THEN
        RAISE EXCEPTION 'not a usable login name: %', login;
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a login needs a SCRAM-SHA-256 verifier';
    END IF;
    IF EXISTS (SELECT 1 FROM server_logins s WHERE s.login = pd_login_create.login) THEN
        -- A removed user added again. Never a way to set the password of an active user, or of
        -- a login with rights beyond the store (issue 36).
        IF pd_login_privileged(login) OR EXISTS (
            SELECT 1 FROM users u WHERE u.login = pd_login_create.login AND u.removed_at IS NULL)
        THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s is an active user or has rights beyond this store: its '
                                 'login is not made again', login);
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'the server has a role % already', login;
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
    INSERT INTO server_logins (login, created_at) VALUES (login, pd_audit_now());
END
$$;

-- A login with power beyond the store's groups (issue 36): a superuser, one that may create
-- roles (and so grant itself any role, the store's owner included), one that bypasses row-level
-- security, the database's owner, or a member of the store's owner role. The store's functions
-- change no such login but one's own: a beheerder must not be able to set the IT owner login's
-- password and log in as it.
CREATE OR REPLACE FUNCTION pd_login_privileged(login text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = privacydesk, pg_temp
AS $$
    -- Its own attributes or those of any role it is a member of (pg_has_role counts the role
    -- itself), and the roles that act as the server's OS user or read and write every table.
    SELECT EXISTS (
        SELECT 1 FROM pg_roles r
         WHERE r.rolname = login
           AND (r.oid = (SELECT d.datdba FROM pg_database d
                          WHERE d.datname = current_database())
                OR pg_has_role(r.oid, pd_group('eigenaar'), 'MEMBER')
                OR EXISTS (SELECT 1 FROM pg_roles g
                            WHERE pg_has_role(r.oid, g.oid, 'MEMBER')
                              AND (g.rolsuper OR g.rolcreaterole OR g.rolbypassrls
                                   OR g.rolreplication
                                   OR g.rolname IN ('pg_execute_server_program',
                                                    'pg_read_server_files',
                                                    'pg_write_server_files',
                                                    'pg_read_all_data', 'pg_write_all_data')))))
$$;

-- Refuses (insufficient_privilege) a login with rights beyond the store, saying what to do.
CREATE OR REPLACE FUNCTION pd_login_refuse_privileged(login text, instead text) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF pd_login_privileged(login) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s has rights on the server beyond this store (the database''s '
                             'owner, CREATEROLE, superuser or BYPASSRLS): %s', login, instead);
    END IF;
END
$$;

-- A new password: one's own, or, for a beheerder, that of another active user of the store
-- whose login has no power beyond it.
CREATE OR REPLACE FUNCTION pd_login_password(login text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM server_logins s WHERE s.login = pd_login_password.login) THEN
        RAISE EXCEPTION '% is not a login of this store', login;
    END IF;
    IF login <> session_user THEN
        IF NOT pg_has_role(session_user, pd_group('beheerder'), 'MEMBER') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'only an administrator may set another user''s password';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM users u
                        WHERE u.login = pd_login_password.login AND u.removed_at IS NULL) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s is not an active user of this store', login);
        END IF;
        PERFORM pd_login_refuse_privileged(login, 'only it sets its own password');
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a login needs a SCRAM-SHA-256 verifier';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END
$$;

-- A login that can no longer log in (a removed user, or an add that did not complete); never one
-- with rights beyond the store (pd_login_privileged), which a beheerder could otherwise lock out.
CREATE OR REPLACE FUNCTION pd_login_disable(login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    code text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM server_logins s WHERE s.login = pd_login_disable.login) THEN
        RAISE EXCEPTION '% is not a login of this store', login;
    END IF;
    PERFORM pd_login_refuse_privileged(login, 'IT removes it on the server');
    FOREACH code IN ARRAY ARRAY['beheerder', 'functionaris', 'kcc', 'auditor'] LOOP
        IF pg_has_role(login, pd_group(code), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', pd_group(code), login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', login);
END
$$;

-- The users row decides the groups of its login.
CREATE OR REPLACE FUNCTION pd_users_groups() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    code text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM server_logins s WHERE s.login = NEW.login) THEN
        RAISE EXCEPTION 'the user % has no login on this server', NEW.login;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.login <> NEW.login THEN
        RAISE EXCEPTION 'a user''s login cannot change';
    END IF;
    IF NEW.removed_at IS NOT NULL THEN
        PERFORM pd_login_disable(NEW.login);
        RETURN NEW;
    END IF;
    FOREACH code IN ARRAY ARRAY['beheerder', 'functionaris', 'kcc', 'auditor'] LOOP
        IF code = NEW.role THEN
            EXECUTE format('GRANT %I TO %I', pd_group(code), NEW.login);
        ELSIF pg_has_role(NEW.login, pd_group(code), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', pd_group(code), NEW.login);
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS users_groups ON users;
CREATE TRIGGER users_groups AFTER INSERT OR UPDATE OF login, role, removed_at ON users
    FOR EACH ROW EXECUTE FUNCTION pd_users_groups();

-- Every function of the store is the groups' only by the grants below: PUBLIC's EXECUTE goes
-- for the functions made after the REVOKE at the top too (a KCC login could otherwise call the
-- SECURITY DEFINER pd_login_disable and lock out any user).
DO $$
DECLARE
    f text;
BEGIN
    FOR f IN SELECT p.oid::regprocedure::text FROM pg_proc p
              WHERE p.pronamespace = 'privacydesk'::regnamespace
                AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_next_case_number(integer) TO %I, %I, %I',
                   pd_group('beheerder'), pd_group('functionaris'), pd_group('kcc'));
    REVOKE ALL ON FUNCTION pd_next_breach_counter(integer) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_next_breach_counter(integer) TO %I, %I, %I',
                   pd_group('beheerder'), pd_group('functionaris'), pd_group('kcc'));
    REVOKE ALL ON FUNCTION pd_open_requests(bigint), pd_open_request_list(bigint),
        pd_case_exists(text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_case_exists(text) TO %I', pd_group('kcc'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_open_requests(bigint), '
                   'pd_open_request_list(bigint) TO %I, %I, %I, %I',
                   pd_group('beheerder'), pd_group('functionaris'), pd_group('kcc'),
                   pd_group('auditor'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_login_create(text, text), '
                   'pd_login_disable(text), pd_login_privileged(text) TO %I',
                   pd_group('beheerder'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_login_password(text, text), '
                   'pd_valid_login(text) TO %I, %I, %I, %I', pd_group('beheerder'),
                   pd_group('functionaris'), pd_group('kcc'), pd_group('auditor'));
END
$$;

-- The privacy mailbox (issue 41, Permission::ChangeSettings and EditCases): the account and its
-- secret are set by a beheerder only and read by the officers who take messages (their desk
-- signs in with it); the auditor sees the account without its secret; a KCC login sees neither.
-- The record of the messages taken grows only: an officer's desk writes a message's row pending
-- before it moves the message, then makes it registered or dismissed, or removes it when the
-- move failed or was undone; a row of a message handled no login changes or removes (schema
-- 48's triggers mailbox_messages_kept and mailbox_messages_not_removed).
DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
    auditor      name := pd_group('auditor');
BEGIN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON mailbox_account FROM %I', functionaris);
    EXECUTE format('REVOKE DELETE ON mailbox_account FROM %I', beheerder);
    EXECUTE format('REVOKE SELECT ON mailbox_account FROM %I', auditor);
    EXECUTE format('GRANT SELECT (id, server, port, security, login, auth, folder, done_folder, '
                   'dismiss_folder, smtp_server, smtp_port, smtp_security, from_address, '
                   'sent_folder, sent_copy, updated_at, updated_by) ON mailbox_account TO %I',
                   auditor);
    EXECUTE format('GRANT UPDATE, DELETE ON mailbox_messages TO %I, %I', beheerder,
                   functionaris);
END
$$;

-- The corporation's own systems over VERA (Permission::ChangeSettings to add or remove one):
-- a beheerder adds and removes them; the officers read them with their secrets, as their desks
-- sign in to the systems when they search a person's data; the auditor sees which systems there
-- are, never a secret; a KCC login sees nothing. A system is changed by removing and adding it.
DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
    auditor      name := pd_group('auditor');
BEGIN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON vera_systems FROM %I', functionaris);
    EXECUTE format('REVOKE UPDATE ON vera_systems FROM %I', beheerder);
    EXECUTE format('REVOKE SELECT ON vera_systems FROM %I', auditor);
    EXECUTE format('GRANT SELECT (id, name, domain, base_url, auth, token_url, client_id, ca_pem, '
                   'write_back, customer_field, added_at, added_by) ON vera_systems TO %I',
                   auditor);
END
$$;

-- The outbox (what is written to another system for a request): the officers plan a write and
-- record its answer; no login removes a row, which with the trail proves what was written where.
DO $$
DECLARE
    beheerder    name := pd_group('beheerder');
    functionaris name := pd_group('functionaris');
BEGIN
    EXECUTE format('REVOKE DELETE ON outbox FROM %I, %I', beheerder, functionaris);
END
$$;

-- The backup (issue 36: the owner login keeps no power over the trail). IT's owner login gives up
-- CREATEROLE at the end of `server init`, `upgrade` and `restore` (ServerSetup), so it can no
-- longer make itself <database>_eigenaar; the nightly backup reads the store as <database>_backup
-- instead, which reads every table and sequence of the store, past row-level security (a SELECT
-- policy of its own on every table that has row-level security, which holds only while a session
-- acts as the role), and writes nothing. Only the database's owner login is given it
-- (ServerSetup); `server check` fails for any other member. Its table privileges are inherited,
-- as PostgreSQL 15 has it: the owner login reads what it backs up.
-- Last in this script, so that the loop meets every table row-level security covers.
DO $$
DECLARE
    backup name := pd_group('backup');
    t      text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = backup) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', backup);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA privacydesk TO %I', backup);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA privacydesk TO %I', backup);
    EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA privacydesk TO %I', backup);
    -- And what the owner role makes later: the case numbers' sequence of each new year
    -- (pd_next_case_number).
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA privacydesk GRANT SELECT ON TABLES TO %I',
                   backup);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA privacydesk GRANT SELECT ON SEQUENCES '
                   'TO %I', backup);
    FOR t IN SELECT c.relname FROM pg_class c
              WHERE c.relnamespace = 'privacydesk'::regnamespace AND c.relkind = 'r'
                AND c.relrowsecurity
              ORDER BY c.relname LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_backup', t);
        -- Only while acting as the role (pg_dump --role): the owner login is a member for its
        -- backups, and its desk must see the rows its group sees, not every row.
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO %I USING (current_user = %L)',
                       t || '_backup', t, backup, backup);
    END LOOP;
END
$$;
