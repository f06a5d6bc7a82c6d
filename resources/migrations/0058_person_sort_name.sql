-- Schema 58: the name as a Dutch list sorts it ("Jan de Vries" under V, "Anna van den Berg"
-- under B, "Zoë Öztürk" under O), kept with the person so that an index serves the request
-- list's Betrokkene order and its pages. The application writes it with the name (sortKey,
-- domain/SortName.h); the persons a store already holds get theirs from the same function,
-- registered for this step as pd_sort_key (store/Migrations.cpp), not from SQL of its own.
-- PostgreSQL: pg/0058_person_sort_name.sql.
ALTER TABLE persons ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
CREATE INDEX persons_sort_name_nocase ON persons (sort_name COLLATE NOCASE);
UPDATE persons SET sort_name = pd_sort_key(name);
