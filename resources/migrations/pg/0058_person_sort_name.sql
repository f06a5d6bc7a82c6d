-- Schema 58 on a server store: the name as a Dutch list sorts it, as
-- resources/migrations/0058_person_sort_name.sql; the index has the shape of
-- persons_name_nocase (SQLite's NOCASE: A-Z folded, then byte order), which sql::noCase writes.
-- Here the server derives the key (pd_sort_key: the application's sortKey() in SQL, which
-- tst_pgschema holds to it) for the persons already kept and for every row written later.

-- domain/SortName.cpp's rule, for the persons a server store keeps and every one written later
-- (persons_sort_name below). A word that stands between the given names and the surname.
CREATE FUNCTION pd_sort_name_particle(word text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT SET search_path = privacydesk, pg_temp
AS $$
    SELECT lower(replace(word, U&'\2019', '''')) = ANY (ARRAY[
        'van', 'de', 'den', 'der', 'het', '''t', 'ten', 'ter', 'te', 'in', 'op', 'uit', 'aan',
        'bij', 'von', 'vom', 'zu', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'des', '''s',
        'd'''])
$$;

-- Qt's simplified() (QChar::isSpace's characters), then the surname first: "Jan de Vries" →
-- "Vries, Jan de", "Anna Jansen-de Vries" → "Jansen-de Vries, Anna"; a name with a comma or of
-- one word as it is. tst_pgschema compares it with sortName().
CREATE FUNCTION pd_sort_name(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    space     text := '[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]';
    simple    text;
    words     text[];
    n         integer;
    i         integer := 1;
    stop      integer;
    particles integer := 0;
    surname   integer := 0;
    given     text;
    between   text;
    key       text;
BEGIN
    simple := regexp_replace(regexp_replace(name, '^' || space || '+|' || space || '+$', '', 'g'),
                             space || '+', ' ', 'g');
    IF position(',' IN simple) > 0 THEN
        RETURN simple;
    END IF;
    words := string_to_array(simple, ' ');
    n := coalesce(array_length(words, 1), 0);
    IF n < 2 THEN
        RETURN simple;
    END IF;
    -- The surname begins after the first run of particles that a word follows.
    WHILE i <= n AND surname = 0 LOOP
        IF pd_sort_name_particle(words[i]) THEN
            stop := i;
            WHILE stop <= n AND pd_sort_name_particle(words[stop]) LOOP
                stop := stop + 1;
            END LOOP;
            IF stop <= n THEN
                particles := i;
                surname := stop;
            END IF;
            i := stop;
        END IF;
        i := i + 1;
    END LOOP;
    -- Without one: the last word, with the parts of a double surname before it ("Jansen-de").
    IF surname = 0 THEN
        surname := n;
        WHILE surname > 2 AND position('-' IN words[surname - 1]) > 0
              AND (right(words[surname - 1], 1) = '-'
                   OR pd_sort_name_particle(regexp_replace(words[surname - 1], '^.*-', ''))) LOOP
            surname := surname - 1;
        END LOOP;
        IF surname = 2 AND position('-' IN words[1]) > 0
           AND (right(words[1], 1) = '-'
                OR pd_sort_name_particle(regexp_replace(words[1], '^.*-', ''))) THEN
            RETURN simple;
        END IF;
        particles := surname;
    END IF;
    given := array_to_string(words[1:particles - 1], ' ');
    between := array_to_string(words[particles:surname - 1], ' ');
    key := array_to_string(words[surname:n], ' ') || ', ' || given;
    IF given <> '' AND between <> '' THEN
        key := key || ' ';
    END IF;
    RETURN key || between;
END
$$;

-- domain/SortName.cpp's sortKey: the name above with its accents off and A-Z in lower case.
CREATE FUNCTION pd_sort_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT SET search_path = privacydesk, pg_temp
AS $$
    SELECT translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(
            regexp_replace(normalize(pd_sort_name(name), NFKD),
                           '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]', '',
                           'g'),
            U&'\00D8', 'o'), U&'\00F8', 'o'), U&'\00C6', 'ae'), U&'\00E6', 'ae'), U&'\0152', 'oe'),
            U&'\0153', 'oe'), U&'\0141', 'l'), U&'\0142', 'l'), U&'\0110', 'd'), U&'\0111', 'd'),
            U&'\00DF', 'ss'), U&'\0131', 'i'), U&'\00DE', 'th'), U&'\00FE', 'th'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

-- The persons already kept get their key as the table is rewritten (a generated column, then a
-- plain one): no row is updated, so the row trail has no change to file and no deferred check of
-- the upgrade's transaction waits on the table.
ALTER TABLE persons ADD COLUMN sort_name text
    GENERATED ALWAYS AS (coalesce(pd_sort_key(name), '')) STORED;
ALTER TABLE persons ALTER COLUMN sort_name DROP EXPRESSION;
ALTER TABLE persons ALTER COLUMN sort_name SET DEFAULT '';
ALTER TABLE persons ALTER COLUMN sort_name SET NOT NULL;
CREATE INDEX persons_sort_name_nocase
    ON persons ((translate(sort_name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
                 COLLATE "C"));

-- The server derives the key itself, whatever a login writes: a row written by hand sorts as the
-- application's do, and the column can hold nothing but the name's words (so the BSN guard, which
-- reads the name, need not read it). Owner's rights: the logins may not call the store's functions.
CREATE FUNCTION persons_sort_name_fn() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
BEGIN
    NEW.sort_name := coalesce(pd_sort_key(NEW.name), '');
    RETURN NEW;
END
$$;
CREATE TRIGGER persons_sort_name BEFORE INSERT OR UPDATE OF name, sort_name ON persons
FOR EACH ROW EXECUTE FUNCTION persons_sort_name_fn();

