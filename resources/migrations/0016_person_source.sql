-- Schema 16: where a data subject's data came from when not from the person (issue 14).
--
-- source   free text, the way the inzage report names it under art. 15 lid 1 onder g AVG:
--          "ERP-import" (the person import fills this for every person it creates),
--          "gemeente", "bewindvoerder", "vorige verhuurder", ... Empty (NULL) when the data came
--          from the person themselves. The officer records or changes it on the request's
--          overview; each change is a person.updated audit event with the old and new text.
--
-- Persons registered before this schema keep NULL: their import or intake events still say how
-- they came in. The text is under the BSN guard like every free text and is wiped with the
-- person's other details when the request files are destroyed under the retention rules.
-- Self-contained (it depends on nothing but the persons table of schema 3), so it may be
-- renumbered when migrations are merged. PostgreSQL: the same statement.

ALTER TABLE persons ADD COLUMN source TEXT;
