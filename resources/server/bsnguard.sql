-- The BSN guard on the server (issue 36): what the desk refuses, psql cannot store either.
--
-- Run by `server init` and `server upgrade` as the store's owner role (<database>_eigenaar) with
-- search_path privacydesk, after audit.sql (it uses pd_row_entity and the events' tx) and before
-- access.sql (which takes EXECUTE on these functions from PUBLIC). Every statement may run again.
--
-- pd_bsn_findings(text) is core/domain/BsnGuard.cpp's findBsnNumbers in PL/pgSQL: the masked
-- form of every number in the text that the desk takes for a citizen service number, in order
-- ('{*****6782}'; '{}' for none). The rules are the ones BsnGuard.h states, step by step:
--  1. Digits: every decimal digit (Unicode category Nd) of any script counts with its value, and
--     so do the characters outside Nd that NFKC maps to one digit (superscripts ⁰¹²³⁴-⁹,
--     subscripts ₀-₉, circled ⓪①-⑨). They are listed below, not found with normalize(t, NFKC):
--     normalising the whole text would also make digits of ⒈ ("1.") or ㉑ ("21"), which the desk
--     does not read as digits. Each becomes its ASCII digit (translate).
--  2. AVG-YYYY-NNNN, the desk's own request numbers: "AVG-" (any case) right before a digit is
--     marked (chr(1)) before anything else moves, as the desk compares the text itself.
--     So is a register's reference's letter: one ASCII letter that follows no ASCII letter or
--     digit, right before a digit or before one ASCII dash right before a digit ("z2026-09911",
--     "M-2026-4471"), is marked chr(3) with its dash (issue 38).
--  3. Invisible characters (every Cf, the soft hyphen, zero-width spaces and joiners, the word
--     joiner, the byte order mark) and combining marks (Mn, Me) are removed: they neither join
--     nor split a number.
--  4. Separators as NFKC reads them: every space (Zs, Zl, Zp, U+0085) becomes ' '; the full-width,
--     small and leader forms of . , - / _ and every hyphen and dash (U+2010-2015, U+2212)
--     become their ASCII form. ASCII tab, line feed and carriage return stay (they are weak).
--  5. The cents of an amount: a comma followed by exactly two digits that end the number ends
--     the number before it (the comma becomes chr(2), which separates nothing).
--  6. A number is a run of digits with separators (space, tab, CR, LF, . , - / _) between two
--     digits. The separators between two digits are one separator: of kind '/' when a slash is
--     among them, else of the kind of the first (every space one kind); weak when it has two or
--     more characters or holds a comma, tab or line break.
--  7. A run of 8 or 9 digits is judged as a whole; a longer one only in the parts its weak
--     separators divide it into. Judged: not a date (8 digits grouped 2-2-4 or 4-2-2 by the same
--     kind twice, a real date with a year 1900-2199), not a request number (8 digits, 4-4 by a
--     dash, "AVG-" before it), not a year reference (8 digits, 4-4 by a slash, first four
--     1900-2199), not a register's reference (8 or 9 digits, 4-4 or 4-5 by a dash, first four
--     1900-2199, the marked letter before it: an AP reference, a meldnummer), and passing the
--     BSN 11-proef (domain.md): then '*' for all but the last four digits, and those four.
-- The character lists are Qt 6.4's (Unicode 14), as BsnGuard.cpp reads them through QChar;
-- tests/server/tst_serverbsnguard compares them with QChar over all of Unicode, and every row
-- of tests/data/bsn_disguises.tsv with findBsnNumbers.

-- A text with fewer than eight digits in all holds no BSN: most names, addresses and postcodes.
-- The pattern of eight digits of any script and form, for that test.
CREATE OR REPLACE FUNCTION pd_bsn_eight_digits() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT replace('[D](?:[^D]*[D]){7}', 'D', '0-9'
        || E'\u00B2-\u00B3\u00B9\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF'
        || E'\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66'
        || E'-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u1090-'
        || E'\u1099\u17E0-\u17E9\u1810-\u1819\u1946-\u194F\u19D0-\u19D9\u1A80-\u1A89\u1A90-\u1A99'
        || E'\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089'
        || E'\u2460-\u2468\u24EA\uA620-\uA629\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uA9F0-\uA9F9'
        || E'\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19\U000104A0-\U000104A9\U00010D30-\U00010D39'
        || E'\U00011066-\U0001106F\U000110F0-\U000110F9\U00011136-\U0001113F\U000111D0-\U000111D9'
        || E'\U000112F0-\U000112F9\U00011450-\U00011459\U000114D0-\U000114D9\U00011650-\U00011659'
        || E'\U000116C0-\U000116C9\U00011730-\U00011739\U000118E0-\U000118E9\U00011950-\U00011959'
        || E'\U00011C50-\U00011C59\U00011D50-\U00011D59\U00011DA0-\U00011DA9\U00016A60-\U00016A69'
        || E'\U00016AC0-\U00016AC9\U00016B50-\U00016B59\U0001D7CE-\U0001D7FF\U0001E140-\U0001E149'
        || E'\U0001E2F0-\U0001E2F9\U0001E950-\U0001E959\U0001FBF0-\U0001FBF9')
$$;

-- The same, closer, for a text of ASCII characters only (no invisible characters, marks or other
-- digits in it): a BSN needs digits apart by a weak separator, or a run of 8 or 9 digits with
-- single separators that no digit joins on either side. A phone number, 10 digits, has neither.
-- (No lookbehind: PostgreSQL's is ten times slower on every row of an import.)
CREATE OR REPLACE FUNCTION pd_bsn_ascii_candidate() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT E'[0-9](?:[-. _/]*[,\\t\\n\\r][-. \\t\\n\\r_,/]*|[-. \\t\\n\\r_,/]{2,})[0-9]'
           '|(?:^|[^-. _/0-9]|(?:^|[^0-9])[-. _/])[0-9](?:[-. _/]?[0-9]){7,8}'
           '(?:$|[^-. _/0-9]|[-. _/](?:$|[^0-9]))'
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
    END IF;
    IF seps = 1 AND afters[1] = 4 AND kinds[1] = '-' AND prefix = 'letter'
       AND substr(digits, 1, 4)::integer BETWEEN 1900 AND 2199 THEN
        RETURN NULL; -- a register's reference: z2026-09911, M-2026-4471
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

CREATE OR REPLACE FUNCTION pd_bsn_findings(t text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = privacydesk, pg_temp
AS $$
DECLARE
    findings text[] := '{}';
    plain    boolean;
    s        text;
    m        text[];
    g        text[];
    run      text;
    digits   text;
    sep      text;
    prefix   text;
    at       integer;
    afters   integer[];
    kinds    text[];
    weaks    boolean[];
    part_at  integer;
    p_afters integer[];
    p_kinds  text[];
    masked   text;
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
        -- 1. Every digit as its ASCII digit.
        s := translate(t,
        E'\u00B2\u00B3\u00B9\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06F0'
        || E'\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9\u07C0\u07C1\u07C2\u07C3\u07C4'
        || E'\u07C5\u07C6\u07C7\u07C8\u07C9\u0966\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E'
        || E'\u096F\u09E6\u09E7\u09E8\u09E9\u09EA\u09EB\u09EC\u09ED\u09EE\u09EF\u0A66\u0A67\u0A68'
        || E'\u0A69\u0A6A\u0A6B\u0A6C\u0A6D\u0A6E\u0A6F\u0AE6\u0AE7\u0AE8\u0AE9\u0AEA\u0AEB\u0AEC'
        || E'\u0AED\u0AEE\u0AEF\u0B66\u0B67\u0B68\u0B69\u0B6A\u0B6B\u0B6C\u0B6D\u0B6E\u0B6F\u0BE6'
        || E'\u0BE7\u0BE8\u0BE9\u0BEA\u0BEB\u0BEC\u0BED\u0BEE\u0BEF\u0C66\u0C67\u0C68\u0C69\u0C6A'
        || E'\u0C6B\u0C6C\u0C6D\u0C6E\u0C6F\u0CE6\u0CE7\u0CE8\u0CE9\u0CEA\u0CEB\u0CEC\u0CED\u0CEE'
        || E'\u0CEF\u0D66\u0D67\u0D68\u0D69\u0D6A\u0D6B\u0D6C\u0D6D\u0D6E\u0D6F\u0DE6\u0DE7\u0DE8'
        || E'\u0DE9\u0DEA\u0DEB\u0DEC\u0DED\u0DEE\u0DEF\u0E50\u0E51\u0E52\u0E53\u0E54\u0E55\u0E56'
        || E'\u0E57\u0E58\u0E59\u0ED0\u0ED1\u0ED2\u0ED3\u0ED4\u0ED5\u0ED6\u0ED7\u0ED8\u0ED9\u0F20'
        || E'\u0F21\u0F22\u0F23\u0F24\u0F25\u0F26\u0F27\u0F28\u0F29\u1040\u1041\u1042\u1043\u1044'
        || E'\u1045\u1046\u1047\u1048\u1049\u1090\u1091\u1092\u1093\u1094\u1095\u1096\u1097\u1098'
        || E'\u1099\u17E0\u17E1\u17E2\u17E3\u17E4\u17E5\u17E6\u17E7\u17E8\u17E9\u1810\u1811\u1812'
        || E'\u1813\u1814\u1815\u1816\u1817\u1818\u1819\u1946\u1947\u1948\u1949\u194A\u194B\u194C'
        || E'\u194D\u194E\u194F\u19D0\u19D1\u19D2\u19D3\u19D4\u19D5\u19D6\u19D7\u19D8\u19D9\u1A80'
        || E'\u1A81\u1A82\u1A83\u1A84\u1A85\u1A86\u1A87\u1A88\u1A89\u1A90\u1A91\u1A92\u1A93\u1A94'
        || E'\u1A95\u1A96\u1A97\u1A98\u1A99\u1B50\u1B51\u1B52\u1B53\u1B54\u1B55\u1B56\u1B57\u1B58'
        || E'\u1B59\u1BB0\u1BB1\u1BB2\u1BB3\u1BB4\u1BB5\u1BB6\u1BB7\u1BB8\u1BB9\u1C40\u1C41\u1C42'
        || E'\u1C43\u1C44\u1C45\u1C46\u1C47\u1C48\u1C49\u1C50\u1C51\u1C52\u1C53\u1C54\u1C55\u1C56'
        || E'\u1C57\u1C58\u1C59\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2080\u2081\u2082\u2083'
        || E'\u2084\u2085\u2086\u2087\u2088\u2089\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467'
        || E'\u2468\u24EA\uA620\uA621\uA622\uA623\uA624\uA625\uA626\uA627\uA628\uA629\uA8D0\uA8D1'
        || E'\uA8D2\uA8D3\uA8D4\uA8D5\uA8D6\uA8D7\uA8D8\uA8D9\uA900\uA901\uA902\uA903\uA904\uA905'
        || E'\uA906\uA907\uA908\uA909\uA9D0\uA9D1\uA9D2\uA9D3\uA9D4\uA9D5\uA9D6\uA9D7\uA9D8\uA9D9'
        || E'\uA9F0\uA9F1\uA9F2\uA9F3\uA9F4\uA9F5\uA9F6\uA9F7\uA9F8\uA9F9\uAA50\uAA51\uAA52\uAA53'
        || E'\uAA54\uAA55\uAA56\uAA57\uAA58\uAA59\uABF0\uABF1\uABF2\uABF3\uABF4\uABF5\uABF6\uABF7'
        || E'\uABF8\uABF9\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\U000104A0'
        || E'\U000104A1\U000104A2\U000104A3\U000104A4\U000104A5\U000104A6\U000104A7\U000104A8'
        || E'\U000104A9\U00010D30\U00010D31\U00010D32\U00010D33\U00010D34\U00010D35\U00010D36'
        || E'\U00010D37\U00010D38\U00010D39\U00011066\U00011067\U00011068\U00011069\U0001106A'
        || E'\U0001106B\U0001106C\U0001106D\U0001106E\U0001106F\U000110F0\U000110F1\U000110F2'
        || E'\U000110F3\U000110F4\U000110F5\U000110F6\U000110F7\U000110F8\U000110F9\U00011136'
        || E'\U00011137\U00011138\U00011139\U0001113A\U0001113B\U0001113C\U0001113D\U0001113E'
        || E'\U0001113F\U000111D0\U000111D1\U000111D2\U000111D3\U000111D4\U000111D5\U000111D6'
        || E'\U000111D7\U000111D8\U000111D9\U000112F0\U000112F1\U000112F2\U000112F3\U000112F4'
        || E'\U000112F5\U000112F6\U000112F7\U000112F8\U000112F9\U00011450\U00011451\U00011452'
        || E'\U00011453\U00011454\U00011455\U00011456\U00011457\U00011458\U00011459\U000114D0'
        || E'\U000114D1\U000114D2\U000114D3\U000114D4\U000114D5\U000114D6\U000114D7\U000114D8'
        || E'\U000114D9\U00011650\U00011651\U00011652\U00011653\U00011654\U00011655\U00011656'
        || E'\U00011657\U00011658\U00011659\U000116C0\U000116C1\U000116C2\U000116C3\U000116C4'
        || E'\U000116C5\U000116C6\U000116C7\U000116C8\U000116C9\U00011730\U00011731\U00011732'
        || E'\U00011733\U00011734\U00011735\U00011736\U00011737\U00011738\U00011739\U000118E0'
        || E'\U000118E1\U000118E2\U000118E3\U000118E4\U000118E5\U000118E6\U000118E7\U000118E8'
        || E'\U000118E9\U00011950\U00011951\U00011952\U00011953\U00011954\U00011955\U00011956'
        || E'\U00011957\U00011958\U00011959\U00011C50\U00011C51\U00011C52\U00011C53\U00011C54'
        || E'\U00011C55\U00011C56\U00011C57\U00011C58\U00011C59\U00011D50\U00011D51\U00011D52'
        || E'\U00011D53\U00011D54\U00011D55\U00011D56\U00011D57\U00011D58\U00011D59\U00011DA0'
        || E'\U00011DA1\U00011DA2\U00011DA3\U00011DA4\U00011DA5\U00011DA6\U00011DA7\U00011DA8'
        || E'\U00011DA9\U00016A60\U00016A61\U00016A62\U00016A63\U00016A64\U00016A65\U00016A66'
        || E'\U00016A67\U00016A68\U00016A69\U00016AC0\U00016AC1\U00016AC2\U00016AC3\U00016AC4'
        || E'\U00016AC5\U00016AC6\U00016AC7\U00016AC8\U00016AC9\U00016B50\U00016B51\U00016B52'
        || E'\U00016B53\U00016B54\U00016B55\U00016B56\U00016B57\U00016B58\U00016B59\U0001D7CE'
        || E'\U0001D7CF\U0001D7D0\U0001D7D1\U0001D7D2\U0001D7D3\U0001D7D4\U0001D7D5\U0001D7D6'
        || E'\U0001D7D7\U0001D7D8\U0001D7D9\U0001D7DA\U0001D7DB\U0001D7DC\U0001D7DD\U0001D7DE'
        || E'\U0001D7DF\U0001D7E0\U0001D7E1\U0001D7E2\U0001D7E3\U0001D7E4\U0001D7E5\U0001D7E6'
        || E'\U0001D7E7\U0001D7E8\U0001D7E9\U0001D7EA\U0001D7EB\U0001D7EC\U0001D7ED\U0001D7EE'
        || E'\U0001D7EF\U0001D7F0\U0001D7F1\U0001D7F2\U0001D7F3\U0001D7F4\U0001D7F5\U0001D7F6'
        || E'\U0001D7F7\U0001D7F8\U0001D7F9\U0001D7FA\U0001D7FB\U0001D7FC\U0001D7FD\U0001D7FE'
        || E'\U0001D7FF\U0001E140\U0001E141\U0001E142\U0001E143\U0001E144\U0001E145\U0001E146'
        || E'\U0001E147\U0001E148\U0001E149\U0001E2F0\U0001E2F1\U0001E2F2\U0001E2F3\U0001E2F4'
        || E'\U0001E2F5\U0001E2F6\U0001E2F7\U0001E2F8\U0001E2F9\U0001E950\U0001E951\U0001E952'
        || E'\U0001E953\U0001E954\U0001E955\U0001E956\U0001E957\U0001E958\U0001E959\U0001FBF0'
        || E'\U0001FBF1\U0001FBF2\U0001FBF3\U0001FBF4\U0001FBF5\U0001FBF6\U0001FBF7\U0001FBF8'
        || E'\U0001FBF9',
        E'231012345678901234567890123456789012345678901234567890123456789012345678901234567890'
        || E'123456789012345678901234567890123456789012345678901234567890123456789012345678901234'
        || E'567890123456789012345678901234567890123456789012345678901234567890123456789012345678'
        || E'901234567890123456789012345678904567890123456789123456789001234567890123456789012345'
        || E'678901234567890123456789012345678901234567890123456789012345678901234567890123456789'
        || E'012345678901234567890123456789012345678901234567890123456789012345678901234567890123'
        || E'456789012345678901234567890123456789012345678901234567890123456789012345678901234567'
        || E'890123456789012345678901234567890123456789012345678901234567890123456789012345678901'
        || E'23456789');
    END IF;
    -- 2. The request number's prefix, marked where it stands (chr(1) and chr(2) end a number
    -- like any other control character; one in the text itself stays one that ends it).
    s := regexp_replace(replace(replace(s, chr(1), chr(2)), chr(3), chr(2)),
                        '[Aa][Vv][Gg]-(?=[0-9])', chr(1), 'g');
    s := regexp_replace(s, '(^|[^A-Za-z0-9])[A-Za-z]-?(?=[0-9])', E'\\1' || chr(3), 'g');
    IF NOT plain THEN
        -- 3. Invisible characters and combining marks.
        s := regexp_replace(s, '['
        || E'\u00AD\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1-\u05C2\u05C4-\u05C5\u05C7'
        || E'\u0600-\u0605\u0610-\u061A\u061C\u064B-\u065F\u0670\u06D6-\u06DD\u06DF-\u06E4\u06E7-'
        || E'\u06E8\u06EA-\u06ED\u070F\u0711\u0730-\u074A\u07A6-\u07B0\u07EB-\u07F3\u07FD\u0816-'
        || E'\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0890-\u0891\u0898-\u089F'
        || E'\u08CA-\u0902\u093A\u093C\u0941-\u0948\u094D\u0951-\u0957\u0962-\u0963\u0981\u09BC'
        || E'\u09C1-\u09C4\u09CD\u09E2-\u09E3\u09FE\u0A01-\u0A02\u0A3C\u0A41-\u0A42\u0A47-\u0A48'
        || E'\u0A4B-\u0A4D\u0A51\u0A70-\u0A71\u0A75\u0A81-\u0A82\u0ABC\u0AC1-\u0AC5\u0AC7-\u0AC8'
        || E'\u0ACD\u0AE2-\u0AE3\u0AFA-\u0AFF\u0B01\u0B3C\u0B3F\u0B41-\u0B44\u0B4D\u0B55-\u0B56'
        || E'\u0B62-\u0B63\u0B82\u0BC0\u0BCD\u0C00\u0C04\u0C3C\u0C3E-\u0C40\u0C46-\u0C48\u0C4A-'
        || E'\u0C4D\u0C55-\u0C56\u0C62-\u0C63\u0C81\u0CBC\u0CBF\u0CC6\u0CCC-\u0CCD\u0CE2-\u0CE3'
        || E'\u0D00-\u0D01\u0D3B-\u0D3C\u0D41-\u0D44\u0D4D\u0D62-\u0D63\u0D81\u0DCA\u0DD2-\u0DD4'
        || E'\u0DD6\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD\u0F18-\u0F19'
        || E'\u0F35\u0F37\u0F39\u0F71-\u0F7E\u0F80-\u0F84\u0F86-\u0F87\u0F8D-\u0F97\u0F99-\u0FBC'
        || E'\u0FC6\u102D-\u1030\u1032-\u1037\u1039-\u103A\u103D-\u103E\u1058-\u1059\u105E-\u1060'
        || E'\u1071-\u1074\u1082\u1085-\u1086\u108D\u109D\u135D-\u135F\u1712-\u1714\u1732-\u1733'
        || E'\u1752-\u1753\u1772-\u1773\u17B4-\u17B5\u17B7-\u17BD\u17C6\u17C9-\u17D3\u17DD\u180B-'
        || E'\u180F\u1885-\u1886\u18A9\u1920-\u1922\u1927-\u1928\u1932\u1939-\u193B\u1A17-\u1A18'
        || E'\u1A1B\u1A56\u1A58-\u1A5E\u1A60\u1A62\u1A65-\u1A6C\u1A73-\u1A7C\u1A7F\u1AB0-\u1ACE'
        || E'\u1B00-\u1B03\u1B34\u1B36-\u1B3A\u1B3C\u1B42\u1B6B-\u1B73\u1B80-\u1B81\u1BA2-\u1BA5'
        || E'\u1BA8-\u1BA9\u1BAB-\u1BAD\u1BE6\u1BE8-\u1BE9\u1BED\u1BEF-\u1BF1\u1C2C-\u1C33\u1C36-'
        || E'\u1C37\u1CD0-\u1CD2\u1CD4-\u1CE0\u1CE2-\u1CE8\u1CED\u1CF4\u1CF8-\u1CF9\u1DC0-\u1DFF'
        || E'\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u20D0-\u20F0\u2CEF-\u2CF1\u2D7F'
        || E'\u2DE0-\u2DFF\u302A-\u302D\u3099-\u309A\uA66F-\uA672\uA674-\uA67D\uA69E-\uA69F\uA6F0'
        || E'-\uA6F1\uA802\uA806\uA80B\uA825-\uA826\uA82C\uA8C4-\uA8C5\uA8E0-\uA8F1\uA8FF\uA926-'
        || E'\uA92D\uA947-\uA951\uA980-\uA982\uA9B3\uA9B6-\uA9B9\uA9BC-\uA9BD\uA9E5\uAA29-\uAA2E'
        || E'\uAA31-\uAA32\uAA35-\uAA36\uAA43\uAA4C\uAA7C\uAAB0\uAAB2-\uAAB4\uAAB7-\uAAB8\uAABE-'
        || E'\uAABF\uAAC1\uAAEC-\uAAED\uAAF6\uABE5\uABE8\uABED\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F'
        || E'\uFEFF\uFFF9-\uFFFB\U000101FD\U000102E0\U00010376-\U0001037A\U00010A01-\U00010A03'
        || E'\U00010A05-\U00010A06\U00010A0C-\U00010A0F\U00010A38-\U00010A3A\U00010A3F\U00010AE5-'
        || E'\U00010AE6\U00010D24-\U00010D27\U00010EAB-\U00010EAC\U00010F46-\U00010F50\U00010F82-'
        || E'\U00010F85\U00011001\U00011038-\U00011046\U00011070\U00011073-\U00011074\U0001107F-'
        || E'\U00011081\U000110B3-\U000110B6\U000110B9-\U000110BA\U000110BD\U000110C2\U000110CD'
        || E'\U00011100-\U00011102\U00011127-\U0001112B\U0001112D-\U00011134\U00011173\U00011180-'
        || E'\U00011181\U000111B6-\U000111BE\U000111C9-\U000111CC\U000111CF\U0001122F-\U00011231'
        || E'\U00011234\U00011236-\U00011237\U0001123E\U000112DF\U000112E3-\U000112EA\U00011300-'
        || E'\U00011301\U0001133B-\U0001133C\U00011340\U00011366-\U0001136C\U00011370-\U00011374'
        || E'\U00011438-\U0001143F\U00011442-\U00011444\U00011446\U0001145E\U000114B3-\U000114B8'
        || E'\U000114BA\U000114BF-\U000114C0\U000114C2-\U000114C3\U000115B2-\U000115B5\U000115BC-'
        || E'\U000115BD\U000115BF-\U000115C0\U000115DC-\U000115DD\U00011633-\U0001163A\U0001163D'
        || E'\U0001163F-\U00011640\U000116AB\U000116AD\U000116B0-\U000116B5\U000116B7\U0001171D-'
        || E'\U0001171F\U00011722-\U00011725\U00011727-\U0001172B\U0001182F-\U00011837\U00011839-'
        || E'\U0001183A\U0001193B-\U0001193C\U0001193E\U00011943\U000119D4-\U000119D7\U000119DA-'
        || E'\U000119DB\U000119E0\U00011A01-\U00011A0A\U00011A33-\U00011A38\U00011A3B-\U00011A3E'
        || E'\U00011A47\U00011A51-\U00011A56\U00011A59-\U00011A5B\U00011A8A-\U00011A96\U00011A98-'
        || E'\U00011A99\U00011C30-\U00011C36\U00011C38-\U00011C3D\U00011C3F\U00011C92-\U00011CA7'
        || E'\U00011CAA-\U00011CB0\U00011CB2-\U00011CB3\U00011CB5-\U00011CB6\U00011D31-\U00011D36'
        || E'\U00011D3A\U00011D3C-\U00011D3D\U00011D3F-\U00011D45\U00011D47\U00011D90-\U00011D91'
        || E'\U00011D95\U00011D97\U00011EF3-\U00011EF4\U00013430-\U00013438\U00016AF0-\U00016AF4'
        || E'\U00016B30-\U00016B36\U00016F4F\U00016F8F-\U00016F92\U00016FE4\U0001BC9D-\U0001BC9E'
        || E'\U0001BCA0-\U0001BCA3\U0001CF00-\U0001CF2D\U0001CF30-\U0001CF46\U0001D167-\U0001D169'
        || E'\U0001D173-\U0001D182\U0001D185-\U0001D18B\U0001D1AA-\U0001D1AD\U0001D242-\U0001D244'
        || E'\U0001DA00-\U0001DA36\U0001DA3B-\U0001DA6C\U0001DA75\U0001DA84\U0001DA9B-\U0001DA9F'
        || E'\U0001DAA1-\U0001DAAF\U0001E000-\U0001E006\U0001E008-\U0001E018\U0001E01B-\U0001E021'
        || E'\U0001E023-\U0001E024\U0001E026-\U0001E02A\U0001E130-\U0001E136\U0001E2AE\U0001E2EC-'
        || E'\U0001E2EF\U0001E8D0-\U0001E8D6\U0001E944-\U0001E94A\U000E0001\U000E0020-\U000E007F'
        || E'\U000E0100-\U000E01EF'
        || ']', '', 'g');
        -- 4. Spaces, and separators in their compatibility forms.
        s := translate(s,
        E'\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A'
        || E'\u2028\u2029\u202F\u205F\u3000'
        || E'\uFF0C\uFE50\uFF0E\u2024\uFE52\uFF0F\uFF3F\uFF0D\uFE58\uFE63'
        || E'\u2010\u2011\u2012\u2013\u2014\u2015\u2212',
        '                   ' || ',,.../_---' || '-------');
    END IF;
    -- 5. The cents of an amount.
    s := regexp_replace(s, ',(?=[0-9][0-9](?:[^0-9]|$))', chr(2), 'g');
    -- 6. The runs of digits, in order.
    FOR m IN SELECT regexp_matches(s, E'([\\x01\\x03])?([0-9](?:[-. \\t\\n\\r_,/]*[0-9])*)', 'g') LOOP
        run := m[2];
        digits := translate(run, E'-. \t\n\r_,/', '');
        -- Fewer than 8 digits, or more than 9 with no weak separator to divide them (a phone
        -- number): no BSN.
        CONTINUE WHEN length(digits) < 8
                   OR (length(digits) > 9 AND run !~ E'[,\t\n\r]|[-. _/]{2}');
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
                                       WHEN left(sep, 1) IN (' ', E'\t', E'\n', E'\r') THEN ' '
                                       ELSE left(sep, 1) END;
                weaks := weaks || (length(sep) > 1 OR sep ~ E'[,\t\n\r]');
            END IF;
        END LOOP;
        -- 7. The run as a whole, or the parts its weak separators divide it into.
        masked := pd_bsn_judge(digits, afters, kinds, prefix);
        IF masked IS NOT NULL THEN
            findings := findings || masked;
            CONTINUE;
        END IF;
        CONTINUE WHEN length(digits) <= 9;
        part_at := 0;
        p_afters := '{}';
        p_kinds := '{}';
        FOR i IN 1 .. coalesce(array_length(afters, 1), 0) LOOP
            IF weaks[i] THEN
                masked := pd_bsn_judge(substr(digits, part_at + 1, afters[i] - part_at),
                                       p_afters, p_kinds,
                                       CASE WHEN part_at = 0 THEN prefix ELSE '' END);
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
    END LOOP;
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
-- JSON as a whole.
CREATE OR REPLACE FUNCTION pd_bsn_json_findings(doc text) RETURNS text[]
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
--                          PersonImport (every field of a row, and --source; never overridden)
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
--                          subjects_measures, data_text, international: BreachService
--                          add/update; reasoning:
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
                           'international',
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
        ('mailbox_messages', ARRAY['reason'])) AS guarded(t, c)
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
