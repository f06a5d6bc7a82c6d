-- Schema 40: who a representative is (issue 38, ieder1). A bewindvoerder was greeted by the place
-- name of his firm ("Geachte heer of mevrouw Salland"): the representative's own name stays in
-- cases.representative, the organisation they work for (a firm of bewindvoerders, a law firm)
-- and the kind of authority (bewindvoerder, curator, mentor, ouder, gemachtigde) come beside
-- it, written at intake (CaseService::add). The kind is a code; a destruction erases both with
-- the representative. Requests made before this schema have neither.
ALTER TABLE cases ADD COLUMN representative_organisation TEXT;
ALTER TABLE cases ADD COLUMN representative_authority TEXT;
