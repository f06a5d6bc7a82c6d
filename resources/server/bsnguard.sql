-- The BSN guard on the server (issue 36): what the desk refuses, psql cannot store either.
--
-- Run by `server init` and `server upgrade` as the store's owner role (<database>_eigenaar) with
-- search_path privacydesk, after audit.sql (it uses pd_row_entity and the events' tx) and before
-- access.sql (which takes EXECUTE on these functions from PUBLIC). Every statement may run again.
--
-- pd_bsn_findings(text) is core/domain/BsnGuard.cpp's findBsnNumbers in PL/pgSQL: the masked
-- form of every number in the text that the desk takes for a citizen service number, in order
-- ('{*****6782}'; '{}' for none). The rules are the ones BsnGuard.h states, step by step, with
-- the desk's one table of characters (core/domain/BsnCharacters.h): this file is a template whose
-- @BSN_...@ placeholders the build fills with that table's classes (regex bracket expressions,
-- translate() strings), so that no character is listed here by hand. Generated from
-- @BSN_UNICODE@.
--  1. Digits: every character with a decimal digit value 0-9 (any decimal digit Nd, and the
--     superscripts, subscripts, circled, double-circled and dingbat digits, digits with a full
--     stop, comma or parentheses ...) or that NFKC maps to one digit becomes its ASCII digit
--     (translate). Not with normalize(t, NFKC): that would make digits of ㉑ ("21") or ½.
--  2. AVG-YYYY-NNNN and DL-YYYY-NNNN, the desk's own request and data breach numbers: "AVG-"
--     or "DL-" (any case) right before a digit is marked (chr(1)) before anything else moves,
--     as the desk compares the text itself.
--     So is a register's reference's letter: one ASCII letter that follows no ASCII letter or
--     digit, right before a digit or before one ASCII dash right before a digit ("z2026-09911",
--     "M-2026-4471"), is marked chr(3) with its dash.
--  3. Invisible characters (combining marks Mn, Me; every format character Cf, the bidi controls
--     among them; the other default-ignorable code points such as the Hangul fillers) are
--     removed: they neither join nor split a number.
--  4. Letters, numbers that are no digit (½, Ⅻ, ⑩), brackets, quotation marks and control
--     characters beyond ASCII become chr(2): like their ASCII kin, they end a number.
--  5. Separators of an ASCII kind become that character: every space ' ' (a line break beyond
--     ASCII a line feed: it stays weak), every dash '-', the full-width, small and leader forms
--     of punctuation their ASCII mark. Every other separator stays itself: its own kind.
--  6. The cents of an amount: a comma followed by exactly two digits that end the number ends
--     the number before it (the comma becomes chr(2)). So does a comma followed by a space (a
--     list), and a dash right before a digit after a space (a minus sign: another number).
--  7. A number is a run of digits with separators (anything that does not end a number) between
--     two digits. The separators between two digits are one separator: of kind '/' when a slash
--     is among them, ' ' when the first is a space, else of the first's kind; weak when it has
--     two or more characters or holds a comma, semicolon, bar, tab or line break.
--  8. A run of 8 or 9 digits is judged as a whole; a longer one only in the parts its weak
--     separators divide it into. Judged: not a date (8 digits grouped 2-2-4 or 4-2-2 by the same
--     kind twice, a real date with a year 1900-2199), not a request number (8 digits, 4-4 by a
--     dash, "AVG-" before it), not a year reference (8 digits, 4-4 by a slash, first four
--     1900-2199), not two years (8 digits, 4-4, both 1900-2199), not a register's reference (8 or 9
--     digits, 4-4 or 4-5 by a dash, first four 1900-2199, the marked letter before it: an AP
--     reference, a meldnummer), not an IPv4 address (four groups of 1-3 digits by dots, each at
--     most 255 without a leading zero), not a hash as a dossier prints it (groups by colons, four
--     digits in every inner group, at most four in the outer ones), and passing the BSN 11-proef
--     (domain.md): then '*' for all but the last four digits, and those four.
--  9. Where a right-to-left override (U+202E) stands, the text is read again as it is shown
--     (its numbers turned around), and what that finds and the text as it stands does not is
--     added.
-- tests/server/tst_serverbsnguard compares the classes with the desk's table over all of
-- Unicode, and every row of tests/data/bsn_disguises.tsv with findBsnNumbers.

-- A text with fewer than eight digits in all holds no BSN: most names, addresses and postcodes.
-- The pattern of eight digits of any script and form, for that test.
CREATE OR REPLACE FUNCTION pd_bsn_eight_digits() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT replace('[D](?:[^D]*[D]){7}', 'D', @BSN_DIGIT_CLASS@)
$$;

-- The same, closer, for a text of ASCII characters only (no invisible characters, marks or other
-- digits in it): a BSN needs digits apart by a weak separator (W: a comma, semicolon, bar, tab or
-- line break), or a run of 8 or 9 digits with single other separators (S: a space, any other
-- punctuation or symbol) that no digit joins on either side, or a time of day (a colon between
-- two digits: "om 12:30 123456782" is cut after the time). A phone number, 10 digits, has none
-- of these. (No lookbehind: PostgreSQL's is ten times slower on every row of an import.)
CREATE OR REPLACE FUNCTION pd_bsn_ascii_candidate() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT replace(replace('[0-9](?:[S]*[W][SW]*|[SW]{2,})[0-9]|[0-9]:[0-9]'
                           '|(?:^|[^S0-9]|(?:^|[^0-9])[S])[0-9](?:[S]?[0-9]){7,8}'
                           '(?:$|[^S0-9]|[S](?:$|[^0-9]))',
                           'S', @BSN_ASCII_STRONG@),
                   'W', @BSN_ASCII_WEAK@)
$$;

-- The 11-proef and the exclusions, for one number: digits (ASCII), the separators in it (after
-- how many digits, of which kind) and what stands right before it: 'avg' for "AVG-", 'letter'
-- for an AP reference's letter, '' for anything else. Its masked form when it is taken for a
-- BSN, else NULL. (Until issue 38 the last argument was a boolean: that form goes.)
DROP FUNCTION IF EXISTS pd_bsn_judge(text, integer[], text[], boolean);
CREATE OR REPLACE FUNCTION pd_bsn_judge(digits text, afters integer[], kinds text[],
                                        prefix text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    n     integer := length(digits);
    seps  integer := coalesce(array_length(afters, 1), 0);
    total integer := 0;
    d     integer;
    y     integer;
    mo    integer;
    dy    integer;
    last  integer;
    glen  integer;
    hash  boolean;
BEGIN
    IF n NOT IN (8, 9) THEN
        RETURN NULL;
    END IF;
    IF n = 8 AND seps = 2 AND kinds[1] = kinds[2]
       AND ((afters[1] = 2 AND afters[2] = 4) OR (afters[1] = 4 AND afters[2] = 6)) THEN
        IF afters[1] = 2 THEN -- DD.MM.YYYY
            dy := substr(digits, 1, 2)::integer;
            mo := substr(digits, 3, 2)::integer;
            y := substr(digits, 5, 4)::integer;
        ELSE -- YYYY.MM.DD
            y := substr(digits, 1, 4)::integer;
            mo := substr(digits, 5, 2)::integer;
            dy := substr(digits, 7, 2)::integer;
        END IF;
        last := CASE WHEN mo = 2 AND y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN 29
                     WHEN mo = 2 THEN 28
                     WHEN mo IN (4, 6, 9, 11) THEN 30
                     ELSE 31 END;
        IF y BETWEEN 1900 AND 2199 AND mo BETWEEN 1 AND 12 AND dy BETWEEN 1 AND last THEN
            RETURN NULL; -- a real date
        END IF;
    END IF;
    IF n = 8 AND seps = 1 AND afters[1] = 4 THEN
        IF kinds[1] = '-' AND prefix = 'avg' THEN -- AVG-YYYY-NNNN
            RETURN NULL;
        END IF;
        IF kinds[1] = '/' AND substr(digits, 1, 4)::integer BETWEEN 1900 AND 2199 THEN
            RETURN NULL; -- YYYY/NNNN
        END IF;
        IF substr(digits, 1, 4)::integer BETWEEN 1900 AND 2199
           AND substr(digits, 5, 4)::integer BETWEEN 1900 AND 2199 THEN
            RETURN NULL; -- two years: 2024 2025, 2024-2025
        END IF;
    END IF;
    IF seps = 1 AND afters[1] = 4 AND kinds[1] = '-' AND prefix = 'letter'
       AND substr(digits, 1, 4)::integer BETWEEN 1900 AND 2199 THEN
        RETURN NULL; -- a register's reference: z2026-09911, M-2026-4471
    END IF;
    IF seps = 3 AND kinds[1] = '.' AND kinds[2] = '.' AND kinds[3] = '.'
       AND (SELECT bool_and(length(o) <= 3 AND o::integer <= 255
                            AND (length(o) = 1 OR left(o, 1) <> '0'))
              FROM unnest(ARRAY[substr(digits, 1, afters[1]),
                                substr(digits, afters[1] + 1, afters[2] - afters[1]),
                                substr(digits, afters[2] + 1, afters[3] - afters[2]),
                                substr(digits, afters[3] + 1)]) AS o) THEN
        RETURN NULL; -- an IPv4 address: 192.168.10.1
    END IF;
    IF seps >= 1 AND kinds <@ ARRAY[':'] THEN -- a hash printed in groups of four: 12:3456:782
        hash := true;
        FOR i IN 1 .. seps + 1 LOOP
            glen := CASE WHEN i <= seps THEN afters[i] ELSE n END
                    - CASE WHEN i > 1 THEN afters[i - 1] ELSE 0 END;
            IF ((i = 1 OR i = seps + 1) AND glen > 4) OR (i > 1 AND i <= seps AND glen <> 4) THEN
                hash := false;
            END IF;
        END LOOP;
        IF hash THEN
            RETURN NULL;
        END IF;
    END IF;
    IF digits !~ '[1-9]' THEN
        RETURN NULL;
    END IF;
    -- 8 digits are padded with a leading 0: the weights start at 8 instead of 9.
    FOR i IN 1 .. n LOOP
        d := ascii(substr(digits, i, 1)) - 48;
        total := total + CASE WHEN i = n THEN -d ELSE (n + 1 - i) * d END;
    END LOOP;
    IF total % 11 <> 0 THEN
        RETURN NULL;
    END IF;
    RETURN repeat('*', n - 4) || right(digits, 4);
END
$$;

-- 8. One run (or a piece of one): judged as a whole, or, when it is longer than a BSN, in the
-- parts its weak separators divide it into. The masked findings, in order.
CREATE OR REPLACE FUNCTION pd_bsn_judge_run(digits text, afters integer[], kinds text[],
                                            weaks boolean[], prefix text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    findings text[] := '{}';
    masked   text;
    part_at  integer := 0;
    p_afters integer[] := '{}';
    p_kinds  text[] := '{}';
BEGIN
    masked := pd_bsn_judge(digits, afters, kinds, prefix);
    IF masked IS NOT NULL THEN
        RETURN ARRAY[masked];
    END IF;
    IF length(digits) <= 9 THEN
        RETURN findings;
    END IF;
    FOR i IN 1 .. coalesce(array_length(afters, 1), 0) LOOP
        IF weaks[i] THEN
            masked := pd_bsn_judge(substr(digits, part_at + 1, afters[i] - part_at), p_afters,
                                   p_kinds, CASE WHEN part_at = 0 THEN prefix ELSE '' END);
            IF masked IS NOT NULL THEN
                findings := findings || masked;
            END IF;
            part_at := afters[i];
            p_afters := '{}';
            p_kinds := '{}';
        ELSE
            p_afters := p_afters || (afters[i] - part_at);
            p_kinds := p_kinds || kinds[i];
        END IF;
    END LOOP;
    masked := pd_bsn_judge(substr(digits, part_at + 1), p_afters, p_kinds,
                           CASE WHEN part_at = 0 THEN prefix ELSE '' END);
    IF masked IS NOT NULL THEN
        findings := findings || masked;
    END IF;
    RETURN findings;
END
$$;

-- The separators around each time of day in a run (BsnGuard.cpp's timeBorders): two or three
-- groups of two digits joined by single colons, hours 00-23, minutes and seconds 00-59, no
-- colon before or after. true at each separator that ends the number beside a time; NULL when
-- the run has no time.
CREATE OR REPLACE FUNCTION pd_bsn_time_borders(digits text, afters integer[], kinds text[],
                                               weaks boolean[]) RETURNS boolean[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    seps    integer := coalesce(array_length(afters, 1), 0);
    starts  integer[];
    lens    integer[];
    borders boolean[] := array_fill(false, ARRAY[seps]);
    found   boolean := false;
    first   integer := 1; -- groups are numbered 1 .. seps + 1; separator k follows group k
    last    integer;
    cand    integer;
    ok      boolean;
BEGIN
    IF seps = 0 OR NOT (':' = ANY (kinds)) THEN
        RETURN NULL;
    END IF;
    FOR g IN 1 .. seps + 1 LOOP
        starts[g] := CASE WHEN g = 1 THEN 0 ELSE afters[g - 1] END;
        lens[g] := CASE WHEN g = seps + 1 THEN length(digits) ELSE afters[g] END - starts[g];
    END LOOP;
    WHILE first <= seps LOOP
        last := NULL;
        FOREACH cand IN ARRAY ARRAY[first + 2, first + 1] LOOP
            ok := cand <= seps + 1 AND (first = 1 OR kinds[first - 1] <> ':')
                  AND (cand = seps + 1 OR kinds[cand] <> ':')
                  AND lens[first] = 2 AND substr(digits, starts[first] + 1, 2)::integer < 24;
            FOR g IN first + 1 .. cand LOOP
                EXIT WHEN NOT ok;
                ok := kinds[g - 1] = ':' AND NOT weaks[g - 1] AND lens[g] = 2
                      AND substr(digits, starts[g] + 1, 2)::integer < 60;
            END LOOP;
            IF ok THEN
                last := cand;
                EXIT;
            END IF;
        END LOOP;
        IF last IS NULL THEN
            first := first + 1;
            CONTINUE;
        END IF;
        IF first > 1 THEN
            borders[first - 1] := true;
        END IF;
        IF last <= seps THEN
            borders[last] := true;
        END IF;
        found := true;
        first := last + 1;
    END LOOP;
    RETURN CASE WHEN found THEN borders END;
END
$$;

CREATE OR REPLACE FUNCTION pd_bsn_findings(t text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    findings  text[] := '{}';
    plain     boolean;
    s         text;
    m         text[];
    g         text[];
    run       text;
    digits    text;
    sep       text;
    prefix    text;
    at        integer;
    afters    integer[];
    kinds     text[];
    weaks     boolean[];
    part_at   integer;
    p_afters  integer[];
    p_kinds   text[];
    p_weaks   boolean[];
    cuts      boolean[];
    masked    text;
    c         text;
    kept      text[];
    levels    integer[];
    st_level  integer[];
    st_over   text[];
    st_iso    boolean[];
    depth     integer;
    lvl       integer;
    max_lvl   integer;
    over_iso  integer;
    over_emb  integer;
    valid_iso integer;
    k         integer;
    e         integer;
    unmatched text[];
BEGIN
    IF t IS NULL THEN
        RETURN findings;
    END IF;
    plain := octet_length(t) = char_length(t);
    IF plain THEN
        IF t !~ pd_bsn_ascii_candidate() THEN
            RETURN findings;
        END IF;
        s := t;
    ELSE
        IF t !~ pd_bsn_eight_digits() THEN
            RETURN findings;
        END IF;
        -- 1. Every digit as its ASCII digit. (translate() reads its lists once per character
        -- of the text: only for a text that needs it.)
        s := t;
        IF s ~ ('[' ||
                @BSN_OTHER_DIGIT_CLASS@
                || ']') THEN
            s := translate(s,
                @BSN_DIGITS_FROM@,
                @BSN_DIGITS_TO@);
        END IF;
    END IF;
    -- 2. The request number's prefix, marked where it stands (chr(1) and chr(2) end a number
    -- like any other control character; one in the text itself stays one that ends it).
    s := regexp_replace(replace(replace(s, chr(1), chr(2)), chr(3), chr(2)),
                        '(?:[Aa][Vv][Gg]|[Dd][Ll])-(?=[0-9])', chr(1), 'g');
    s := regexp_replace(s, '(^|[^A-Za-z0-9])[A-Za-z]-?(?=[0-9])', E'\\1' || chr(3), 'g');
    IF NOT plain THEN
        -- 3. Invisible characters and combining marks.
        s := regexp_replace(s, '[' ||
            @BSN_INVISIBLE_CLASS@
            || ']', '', 'g');
        -- 4. Letters, numbers that are no digit, brackets, quotation marks and control
        -- characters beyond ASCII end a number, as chr(2) does.
        s := regexp_replace(s, '[' ||
            @BSN_ENDS_CLASS@
            || ']', chr(2), 'g');
        -- 5. Separators of an ASCII kind as that character (a line break as a line feed).
        IF s ~ ('[' ||
                @BSN_FOLD_CLASS@
                || ']') THEN
            s := translate(s,
                @BSN_FOLD_FROM@,
                @BSN_FOLD_TO@);
        END IF;
    END IF;
    -- 6. The cents of an amount; a comma and a space (a list); a space and a dash glued to a
    -- digit (a minus sign: another number).
    s := regexp_replace(s, ',(?=[0-9][0-9](?:[^0-9]|$))', chr(2), 'g');
    s := regexp_replace(s, ',(?=[' || @BSN_ASCII_SPACES@ || '])', chr(2), 'g');
    s := regexp_replace(s, '([' || @BSN_ASCII_SPACES@ || '])-(?=[0-9])', E'\\1' || chr(2), 'g');
    -- 7. The runs of digits, in order: digits with anything between them that does not end a
    -- number.
    FOR m IN SELECT regexp_matches(s, E'([\\x01\\x03])?([0-9](?:[^0-9' ||
                 @BSN_ASCII_ENDS@
                 || ']*[0-9])*)', 'g') LOOP
        run := m[2];
        digits := regexp_replace(run, '[^0-9]', '', 'g');
        -- Fewer than 8 digits, or more than 9 with no weak separator or time to divide them (a
        -- phone number): no BSN.
        CONTINUE WHEN length(digits) < 8
                   OR (length(digits) > 9
                       AND run !~ ('[' || @BSN_ASCII_WEAK@ || ']|[^0-9]{2}|[0-9]:[0-9]'));
        prefix := CASE m[1] WHEN chr(1) THEN 'avg' WHEN chr(3) THEN 'letter' ELSE '' END;
        afters := '{}';
        kinds := '{}';
        weaks := '{}';
        at := 0;
        FOR g IN SELECT regexp_matches(run, '([0-9]+)([^0-9]*)', 'g') LOOP
            at := at + length(g[1]);
            sep := g[2];
            IF sep <> '' THEN
                afters := afters || at;
                kinds := kinds || CASE WHEN strpos(sep, '/') > 0 THEN '/'
                                       WHEN left(sep, 1) ~ ('[' || @BSN_ASCII_SPACES@ || ']')
                                           THEN ' '
                                       ELSE left(sep, 1) END;
                weaks := weaks || (length(sep) > 1 OR sep ~ ('[' || @BSN_ASCII_WEAK@ || ']'));
            END IF;
        END LOOP;
        -- 8. Each time of day a number of its own (the separators around it cut the run),
        -- then each piece as a run.
        cuts := pd_bsn_time_borders(digits, afters, kinds, weaks);
        IF cuts IS NULL THEN
            findings := findings || pd_bsn_judge_run(digits, afters, kinds, weaks, prefix);
            CONTINUE;
        END IF;
        part_at := 0;
        p_afters := '{}';
        p_kinds := '{}';
        p_weaks := '{}';
        FOR i IN 1 .. array_length(afters, 1) + 1 LOOP
            IF i > array_length(afters, 1) OR cuts[i] THEN
                e := CASE WHEN i > array_length(afters, 1) THEN length(digits) ELSE afters[i] END;
                findings := findings
                    || pd_bsn_judge_run(substr(digits, part_at + 1, e - part_at), p_afters,
                                        p_kinds, p_weaks,
                                        CASE WHEN part_at = 0 THEN prefix ELSE '' END);
                part_at := e;
                p_afters := '{}';
                p_kinds := '{}';
                p_weaks := '{}';
            ELSE
                p_afters := p_afters || (afters[i] - part_at);
                p_kinds := p_kinds || kinds[i];
                p_weaks := p_weaks || weaks[i];
            END IF;
        END LOOP;
    END LOOP;
    -- 9. A right-to-left override: the text also as it is shown. Each character's level from
    -- the explicit embeddings, overrides and isolates (UAX #9 X1-X10, depth 125; a paragraph
    -- separator ends them all; the controls themselves are left out), a digit at an odd level
    -- that no override turns one higher (I2), then every run at a level or higher reversed, from
    -- the highest level down (L2). Its findings that the text as it stands does not have are
    -- added (the same masked number found in both counts once).
    IF NOT plain AND strpos(t, @BSN_BIDI_RLO@) > 0 THEN
        depth := 1;
        st_level := ARRAY[0];
        st_over := ARRAY[''];
        st_iso := ARRAY[false];
        over_iso := 0;
        over_emb := 0;
        valid_iso := 0;
        max_lvl := 0;
        kept := '{}';
        levels := '{}';
        FOREACH c IN ARRAY regexp_split_to_array(t, '') LOOP
            IF strpos(@BSN_BIDI_PUSH@, c) > 0 THEN
                lvl := CASE WHEN strpos(@BSN_BIDI_RTL@, c) > 0 THEN (st_level[depth] + 1) | 1
                            ELSE (st_level[depth] + 2) & ~1 END;
                IF lvl <= 125 AND over_iso = 0 AND over_emb = 0 THEN
                    depth := depth + 1;
                    st_level[depth] := lvl;
                    st_over[depth] := CASE WHEN strpos(@BSN_BIDI_RLO@, c) > 0 THEN 'R'
                                           WHEN strpos(@BSN_BIDI_LRO@, c) > 0 THEN 'L'
                                           ELSE '' END;
                    st_iso[depth] := strpos(@BSN_BIDI_ISOLATE@, c) > 0;
                    IF st_iso[depth] THEN
                        valid_iso := valid_iso + 1;
                    END IF;
                ELSIF strpos(@BSN_BIDI_ISOLATE@, c) > 0 THEN
                    over_iso := over_iso + 1;
                ELSIF over_iso = 0 THEN
                    over_emb := over_emb + 1;
                END IF;
            ELSIF strpos(@BSN_BIDI_PDF@, c) > 0 THEN
                IF over_iso > 0 THEN
                    NULL;
                ELSIF over_emb > 0 THEN
                    over_emb := over_emb - 1;
                ELSIF NOT st_iso[depth] AND depth >= 2 THEN
                    depth := depth - 1;
                END IF;
            ELSIF strpos(@BSN_BIDI_PDI@, c) > 0 THEN
                IF over_iso > 0 THEN
                    over_iso := over_iso - 1;
                ELSIF valid_iso > 0 THEN
                    over_emb := 0;
                    WHILE NOT st_iso[depth] LOOP
                        depth := depth - 1;
                    END LOOP;
                    depth := depth - 1;
                    valid_iso := valid_iso - 1;
                END IF;
            ELSIF strpos(@BSN_BIDI_PARAGRAPH@, c) > 0 THEN
                depth := 1;
                over_iso := 0;
                over_emb := 0;
                valid_iso := 0;
                kept := kept || c;
                levels := levels || 0;
            ELSE
                lvl := st_level[depth];
                IF st_over[depth] = '' AND lvl % 2 = 1 AND c ~ ('[' ||
                    @BSN_DIGIT_CLASS@
                    || ']') THEN
                    lvl := lvl + 1;
                END IF;
                max_lvl := greatest(max_lvl, lvl);
                kept := kept || c;
                levels := levels || lvl;
            END IF;
        END LOOP;
        FOR lvl IN REVERSE max_lvl .. 1 LOOP
            k := 1;
            WHILE k <= cardinality(kept) LOOP
                IF levels[k] < lvl THEN
                    k := k + 1;
                    CONTINUE;
                END IF;
                e := k;
                WHILE e <= cardinality(kept) AND levels[e] >= lvl LOOP
                    e := e + 1;
                END LOOP;
                -- A run's levels are all at lvl or higher, so the runs of a lower level hold
                -- the same places whether its levels are turned with it or not.
                kept := kept[:k - 1]
                     || ARRAY(SELECT x FROM unnest(kept[k:e - 1]) WITH ORDINALITY AS r(x, n)
                               ORDER BY n DESC)
                     || kept[e:];
                k := e;
            END LOOP;
        END LOOP;
        unmatched := findings;
        FOREACH masked IN ARRAY pd_bsn_findings(array_to_string(kept, '')) LOOP
            k := array_position(unmatched, masked);
            IF k IS NULL THEN
                findings := findings || masked;
            ELSE
                unmatched := unmatched[:k - 1] || unmatched[k + 1:];
            END IF;
        END LOOP;
    END IF;
    RETURN findings;
END
$$;

-- A letter as the desk reads it before it is stored (LetterTemplates::plainText): without
-- comments, style, head and script; a line break for <br> and the end of a paragraph, block,
-- row, list item, heading or table; a space for the end of a cell; no other tags; the entities
-- &#N; &#xH; &amp; &lt; &gt; &quot; &apos; &nbsp; &mdash; as their characters.
CREATE OR REPLACE FUNCTION pd_bsn_letter_text(html text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    t      text;
    out    text := '';
    at     integer;
    entity text;
    name   text;
    code   bigint;
    digits text;
BEGIN
    IF html IS NULL THEN
        RETURN NULL;
    END IF;
    t := regexp_replace(html, '<!--.*?-->', '', 'g');
    t := regexp_replace(t, E'<(style|head|script)[^>]*?>.*?</\\1\\s*?>', '', 'gi');
    t := regexp_replace(t, E'<\\s*(br|/p|/div|/tr|/li|/h[1-6]|/table)\\y[^>]*>', E'\n', 'gi');
    t := regexp_replace(t, E'<\\s*/t[dh]\\s*>', ' ', 'gi');
    t := regexp_replace(t, '<[^>]*>', '', 'g');
    LOOP
        at := regexp_instr(t, '&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);');
        EXIT WHEN at = 0;
        entity := regexp_substr(t, '&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);');
        name := substr(entity, 2, length(entity) - 2);
        out := out || substr(t, 1, at - 1);
        t := substr(t, at + length(entity));
        code := NULL;
        IF name LIKE '#x%' THEN
            digits := ltrim(substr(name, 3), '0');
            IF length(digits) <= 8 THEN
                code := ('x' || lpad(digits, 16, '0'))::bit(64)::bigint;
            END IF;
        ELSIF name LIKE '#%' THEN
            digits := ltrim(substr(name, 2), '0');
            IF length(digits) <= 10 THEN
                code := nullif(digits, '')::bigint;
            END IF;
        END IF;
        IF code IS NOT NULL AND code > 0 AND code <= 1114111 THEN
            -- A surrogate stands alone in the desk's text: it ends a number, as U+FFFD does.
            out := out || chr(CASE WHEN code BETWEEN 55296 AND 57343 THEN 65533
                                   ELSE code::integer END);
        ELSE
            out := out || CASE name WHEN 'amp' THEN '&' WHEN 'lt' THEN '<' WHEN 'gt' THEN '>'
                                    WHEN 'quot' THEN '"' WHEN 'apos' THEN ''''
                                    WHEN 'nbsp' THEN E'\u00A0' WHEN 'mdash' THEN E'\u2014'
                                    ELSE entity END;
        END IF;
    END LOOP;
    RETURN out || t;
END
$$;

-- A letter template as the desk checks it (LetterService::saveTemplate): its text as printed,
-- and what is not printed, its comments and tags, where a number would travel with every copy.
CREATE OR REPLACE FUNCTION pd_bsn_template_findings(html text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
    SELECT pd_bsn_findings(pd_bsn_letter_text(html))
        || pd_bsn_findings((SELECT string_agg(c[1], E'\n')
                              FROM regexp_matches(html, '(<!--.*?-->)', 'g') AS c))
        || pd_bsn_findings((SELECT string_agg(c[1], E'\n')
                              FROM regexp_matches(regexp_replace(html, '<!--.*?-->', chr(2), 'g'),
                                                  '(<[^>]*>)', 'g') AS c))
$$;

-- A half-typed intake (intake_drafts.fields, a JSON object): every text in it, each on its own
-- (IntakeDrafts drops a field whose text the guard refuses), and every name; a text that is no
-- JSON as a whole. With skip_digests, a text of 32 to 128 hex digits (a hash the application
-- records in the trail's details) is not read. (The form without skip_digests, of a server made
-- before, goes: a call with one argument would match both.)
DROP FUNCTION IF EXISTS pd_bsn_json_findings(text);
CREATE OR REPLACE FUNCTION pd_bsn_json_findings(doc text, skip_digests boolean DEFAULT false)
    RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    j jsonb;
BEGIN
    IF doc IS NULL THEN
        RETURN '{}';
    END IF;
    BEGIN
        j := doc::jsonb;
    EXCEPTION WHEN others THEN
        RETURN pd_bsn_findings(doc);
    END;
    RETURN (SELECT coalesce(array_agg(f), '{}')
              FROM jsonb_path_query(j, 'strict $.**') AS v,
                   LATERAL (SELECT v #>> '{}' AS s WHERE jsonb_typeof(v) = 'string'
                              AND NOT (skip_digests AND (v #>> '{}') ~ '^[0-9a-f]{32,128}$')
                            UNION ALL
                            -- A number as it is written: a BSN sent as a JSON number (a found
                            -- object's data). Not in the trail's details, whose counts and sizes
                            -- are numbers of the application's own.
                            SELECT v #>> '{}' WHERE NOT skip_digests
                              AND jsonb_typeof(v) = 'number' AND (v #>> '{}') ~ '^[0-9]{8,9}$'
                            UNION ALL
                            SELECT k FROM jsonb_object_keys(CASE WHEN jsonb_typeof(v) = 'object'
                                                                 THEN v END) AS k) AS texts,
                   unnest(pd_bsn_findings(texts.s)) AS f);
END
$$;

-- Whether this transaction recorded the user's "this is not a BSN" for the row: a bsn.override
-- event about the row's entity, as the service that wrote the row records it (where, below).
-- Rows the desk never stores with a BSN, override or not, have none.
CREATE OR REPLACE FUNCTION pd_bsn_overridden(tbl text, r jsonb) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    owner record;
    etype text;
    eid   text;
BEGIN
    CASE tbl
    WHEN 'users', 'intake_drafts', 'case_attachments' THEN
        RETURN false; -- UserService, IntakeDrafts and AttachmentService refuse, no override
    WHEN 'persons' THEN
        -- CaseService::setPersonSource records it about the person; CaseService::add, which
        -- makes the person with the request, about the request.
        RETURN EXISTS (
            SELECT 1 FROM audit_events a
             WHERE a.tx = txid_current() AND a.action = 'bsn.override'
               AND ((a.entity_type = 'person' AND a.entity_id = r ->> 'id')
                    OR (a.entity_type = 'case' AND a.entity_id IN (
                            SELECT c.number FROM cases c
                             WHERE c.person_id = (r ->> 'id')::bigint))));
    WHEN 'recipients' THEN
        etype := 'recipient';
        eid := r ->> 'id';
    WHEN 'processing_activities' THEN
        etype := 'processing';
        eid := r ->> 'id';
    WHEN 'processing_activity_items', 'processing_activity_systems' THEN
        etype := 'processing';
        eid := r ->> 'activity_id';
    WHEN 'retention_rules' THEN
        etype := 'retention-rule';
        eid := r ->> 'code';
    WHEN 'retention_holds', 'retention_items', 'person_restrictions', 'person_consents' THEN
        etype := 'person';
        eid := r ->> 'person_id';
    WHEN 'external_holds' THEN -- issue 40: about its request or its breach
        IF r ->> 'case_id' IS NOT NULL THEN
            etype := 'case';
            SELECT c.number INTO eid FROM cases c WHERE c.id = (r ->> 'case_id')::bigint;
        ELSE
            etype := 'breach';
            SELECT b.number INTO eid FROM breaches b WHERE b.id = (r ->> 'breach_id')::bigint;
        END IF;
    WHEN 'retention_destructions' THEN -- subject_ref: P-<person id>, or the breach's number
        IF r ->> 'kind' = 'datalek' THEN
            etype := 'breach';
            eid := r ->> 'subject_ref';
        ELSE
            etype := 'person';
            eid := substring(r ->> 'subject_ref' FROM '^P-([0-9]+)$');
        END IF;
    WHEN 'settings' THEN
        etype := 'settings';
        eid := 'organisation';
    WHEN 'letter_templates' THEN
        etype := 'letter-template';
        eid := r ->> 'kind';
    ELSE -- a request's rows, a breach's, a disclosure: as the trail's own check reads them
        owner := pd_row_entity(tbl, r);
        etype := owner.entity_type;
        eid := owner.entity_id;
    END CASE;
    RETURN etype IS NOT NULL AND eid IS NOT NULL
       AND EXISTS (SELECT 1 FROM audit_events a
                    WHERE a.tx = txid_current() AND a.action = 'bsn.override'
                      AND a.entity_type = etype AND a.entity_id = eid);
END
$$;

-- At commit, for each row written (its guarded columns in TG_ARGV; "letter:" a letter's HTML,
-- "template:" a template's, "json:" an intake draft's fields): a column that an INSERT wrote, or
-- an UPDATE changed, and that holds a number the desk takes for a BSN is refused
-- (check_violation), unless the transaction recorded the override (pd_bsn_overridden). The
-- trigger's WHEN has let through only rows that may hold one (see the triggers below).
CREATE OR REPLACE FUNCTION pd_bsn_guard_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    new_row jsonb := to_jsonb(NEW);
    old_row jsonb;
    arg     text;
    col     text;
    val     text;
    found   text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
    END IF;
    FOREACH arg IN ARRAY TG_ARGV LOOP
        col := regexp_replace(arg, '^[a-z]+:', '');
        val := new_row ->> col;
        CONTINUE WHEN val IS NULL OR (old_row IS NOT NULL AND val = old_row ->> col);
        found := CASE split_part(arg, ':', 1)
                 WHEN 'letter' THEN pd_bsn_findings(pd_bsn_letter_text(val))
                 WHEN 'template' THEN pd_bsn_template_findings(val)
                 WHEN 'json' THEN pd_bsn_json_findings(val)
                 ELSE pd_bsn_findings(val) END;
        IF cardinality(found) > 0 AND NOT pd_bsn_overridden(TG_TABLE_NAME, new_row) THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation',
                MESSAGE = format('%s.%s holds a number that passes the 11-test for a citizen '
                                 'service number (BSN): %s. A BSN may not be stored (art. 46 '
                                 'UAVG); a number that is not one is stored only with a '
                                 'bsn.override event about it in the same transaction',
                                 TG_TABLE_NAME, col, array_to_string(found, ', '));
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- The columns the application guards with BsnGuard, and where:
--   persons                name, klantnummer, street, house_number, postcode, city, phone, email,
--                          source: CaseService::add (intake), CaseService::setPersonSource,
--                          PersonImport (every field of a row, and --source; never overridden);
--                          not sort_name, which the server itself derives from the name
--                          (persons_sort_name, pg/0058): it holds the name's words and nothing else
--   cases                  representative, representative_organisation, representative_mandate,
--                          representative_address, description, callback_phone:
--                          CaseService::add; extension_reason: CaseService::extend; motivation,
--                          no_identification_reason, answer_channel: CaseService::complete;
--                          transmit_to_name, transmit_to_address: CaseService::setTransmitTo
--   case_decisions         motivation, granted: CaseService::complete
--   case_notes             body: CaseService::addNote
--   case_attachments       name: AttachmentService (no override)
--   case_ap_references     reference: ComplaintDossier (AP reference)
--   art19_notifications    exempt_reason: DisclosureService (art. 19 exemption)
--   letters                body (the printed text): LetterService::record; sent_how:
--                          LetterService::recordSent
--   letter_templates       body (text, tags and comments): LetterService::saveTemplate
--   breaches               title, description, group_text, measures_before, measures_taken,
--                          consequences, subjects_description, subjects_consequences,
--                          subjects_measures, data_text, international,
--                          processor_told_reason: BreachService add/update; reasoning:
--                          assess; ap_decision_reason, subjects_decision_reason: decide;
--                          ap_reference, ap_late_reason: AP notified; subjects_how,
--                          public_notice_reason: people informed
--   breach_follow_ups      reference, text: BreachService follow-up
--   breach_letters         body (the printed text): BreachLetterService::record; sent_how:
--                          BreachLetterService::recordSent
--   disclosures            data_text, purpose, basis_text, requested_by, not_informed_reason:
--                          DisclosureService::save
--   recipients             name, contact, processes, country: RecipientService::save
--   processing_activities  purpose, sub_purpose, name, description, legal_basis_text,
--                          criminal_basis, transfer_country, transfer_safeguard, retention,
--                          security: ProcessingRegister::save
--   processing_activity_items value (subjects, sources, recipients, processors, data):
--                          ProcessingRegister::save
--   retention_rules        category, legal_ground: RetentionService::saveRule
--   retention_holds        reason: RetentionService (legal hold)
--   external_holds         system, secured, secured_by, release_reason: ExternalHoldService
--                          (issue 40)
--   person_restrictions    data, reason: RestrictionService (issue 40)
--   person_consents        purpose, given_how, withdrawn_how: ConsentService (issue 38)
--   processing_activity_systems name: ProcessingRegister::save (issue 40)
--   case_system_checks     system, note: SystemChecklist (issue 40)
--   dpias                  reason, outcome, consultation: DpiaRegister (issue 40)
--   retention_items        destroyed_method: RetentionService::recordItemDestroyed
--   retention_destructions method: RetentionService (an item, a request file, a breach)
--   settings               value of organisation.*: OrganisationSettings::setDetails
--   users                  login, display_name: UserService (no override)
--   intake_drafts          fields: IntakeDrafts::save (a field with a BSN is dropped)
--   vera_systems           name, base_url, client_id: VeraService::addSystem
--   vera_discovery_systems error; vera_found data (every string and key): VeraService::discover,
--                          which keeps a number the guard finds masked (VeraDiscovery)
--   outbox                 error: VeraWriteBack, which keeps a number in a system's words masked
DO $$
DECLARE
    tbl     text;
    cols    text[];
    names   text;
    args    text;
    present text;
BEGIN
    FOR tbl, cols IN SELECT * FROM (VALUES
        ('persons', ARRAY['name', 'klantnummer', 'street', 'house_number', 'postcode', 'city',
                          'phone', 'email', 'source']),
        ('cases', ARRAY['representative', 'representative_organisation',
                        'representative_mandate', 'representative_address', 'description',
                        'transmit_to_name', 'transmit_to_address',
                        'callback_phone', 'extension_reason', 'motivation',
                        'no_identification_reason', 'answer_channel']),
        ('case_decisions', ARRAY['motivation', 'granted']),
        ('case_notes', ARRAY['body']),
        ('case_attachments', ARRAY['name']),
        ('case_ap_references', ARRAY['reference']),
        ('art19_notifications', ARRAY['exempt_reason']),
        ('letters', ARRAY['letter:body', 'sent_how']),
        ('letter_templates', ARRAY['template:body']),
        ('breaches', ARRAY['title', 'description', 'group_text', 'measures_before',
                           'measures_taken', 'consequences', 'subjects_description',
                           'subjects_consequences', 'subjects_measures', 'data_text',
                           'international', 'processor_told_reason',
                           'reasoning',
                           'ap_decision_reason', 'subjects_decision_reason', 'ap_reference',
                           'ap_late_reason', 'subjects_how', 'public_notice_reason']),
        ('breach_follow_ups', ARRAY['reference', 'text']),
        ('breach_letters', ARRAY['letter:body', 'sent_how']),
        ('disclosures', ARRAY['data_text', 'purpose', 'basis_text', 'requested_by',
                              'not_informed_reason']),
        ('recipients', ARRAY['name', 'contact', 'processes', 'country']),
        ('processing_activities', ARRAY['purpose', 'sub_purpose', 'name', 'description',
                                        'legal_basis_text', 'criminal_basis',
                                        'transfer_country', 'transfer_safeguard', 'retention',
                                        'security']),
        ('processing_activity_items', ARRAY['value']),
        ('retention_rules', ARRAY['category', 'legal_ground']),
        ('retention_holds', ARRAY['reason']),
        ('external_holds', ARRAY['system', 'secured', 'secured_by', 'release_reason']),
        ('person_restrictions', ARRAY['data', 'reason']),
        ('person_consents', ARRAY['purpose', 'given_how', 'withdrawn_how']),
        ('retention_items', ARRAY['destroyed_method']),
        ('retention_destructions', ARRAY['method']),
        ('settings', ARRAY['value']),
        ('users', ARRAY['login', 'display_name']),
        ('intake_drafts', ARRAY['json:fields']),
        ('covenants', ARRAY['name', 'purpose', 'basis_text', 'data_text']),
        ('covenant_parties', ARRAY['name']),
        ('processing_activity_systems', ARRAY['name']),
        ('case_system_checks', ARRAY['system', 'note']),
        ('dpias', ARRAY['reason', 'outcome', 'consultation']),
        ('mailbox_messages', ARRAY['reason']),
        ('vera_systems', ARRAY['name', 'base_url', 'client_id']),
        ('vera_discovery_systems', ARRAY['error']),
        ('vera_found', ARRAY['json:data']),
        ('outbox', ARRAY['error'])) AS guarded(t, c)
    LOOP
        SELECT string_agg(quote_ident(regexp_replace(c, '^[a-z]+:', '')), ', '),
               string_agg(quote_literal(c), ', '),
               'concat_ws(chr(1), '
                   || string_agg('NEW.' || quote_ident(regexp_replace(c, '^[a-z]+:', '')), ', ')
                   || ')'
          INTO names, args, present
          FROM unnest(cols) AS c;
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', tbl || '_bsn_guard', tbl);
        -- Queued only for a row whose columns (chr(1) between them ends a number) may hold a
        -- BSN: any character beyond ASCII (pd_bsn_findings looks closer), or an ASCII
        -- candidate. The import of 100,000 persons with phone numbers queues nothing. The
        -- pattern is written out, and short: the WHEN runs with the writer's rights, who may not
        -- call the store's functions, and is read again for every statement.
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OF %s ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (%s %s ~ %L) '
                       'EXECUTE FUNCTION pd_bsn_guard_row(%s)',
                       tbl || '_bsn_guard', names, tbl,
                       CASE tbl WHEN 'settings' THEN 'NEW.key LIKE ''organisation.%'' AND '
                                ELSE '' END,
                       present, E'[^\\x01-\\x7F]|' || pd_bsn_ascii_candidate(), args);
    END LOOP;
END
$$;

-- The trail holds no BSN either: the payload of every event a login appends (pd_audit_append)
-- passes the same guard as the rows, at commit, unless every number it finds is listed (masked, as
-- BsnGuard::overridePayload lists it) by an event bsn.override of the same transaction: a person
-- confirmed it is none. (The override may be filed under another entity than the event that carries
-- the text: an intake records it about the request, and person.created names the person.) A digest
-- the application records (a message's or document's SHA-256, hex, 32 to 128 characters of 0-9 and
-- a-f only) is no text and is not read: about one such hash in thirty holds eight or nine digits in
-- a row that pass the 11-proef.
CREATE OR REPLACE FUNCTION pd_bsn_guard_event() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    found text[];
BEGIN
    IF NEW.action IN ('sql.changed', 'audit.payloads_destroyed') OR NEW.payload IS NULL THEN
        RETURN NULL; -- written by the server itself: columns and counts, never values
    END IF;
    found := pd_bsn_json_findings(NEW.payload, true);
    IF cardinality(found) > 0
       AND NOT found <@ (SELECT coalesce(array_agg(f ->> 'masked'), '{}')
                           FROM audit_events a,
                                jsonb_array_elements(CASE WHEN jsonb_typeof(
                                                                  a.payload::jsonb -> 'findings')
                                                              = 'array'
                                                          THEN a.payload::jsonb -> 'findings'
                                                          ELSE '[]' END) AS f
                          WHERE a.tx = NEW.tx AND a.action = 'bsn.override') THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = format('the details of %s about %s %s hold a number that passes the '
                             '11-test for a citizen service number (BSN): %s. A BSN may not be '
                             'recorded (art. 46 UAVG), in the audit trail neither',
                             NEW.action, NEW.entity_type, NEW.entity_id,
                             array_to_string(found, ', '));
    END IF;
    RETURN NULL;
END
$$;

DO $$
BEGIN
    DROP TRIGGER IF EXISTS audit_events_bsn_guard ON audit_events;
    -- As for the rows: queued only for a payload that may hold a BSN.
    EXECUTE format('CREATE CONSTRAINT TRIGGER audit_events_bsn_guard AFTER INSERT ON '
                   'audit_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN '
                   '(NEW.payload ~ %L) EXECUTE FUNCTION pd_bsn_guard_event()',
                   E'[^\\x01-\\x7F]|' || pd_bsn_ascii_candidate());
END
$$;
