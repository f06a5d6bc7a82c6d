-- Schema 14: the register's art. 9 and art. 10 AVG fields, separate per activity.
-- special_exception: the art. 9 lid 2 AVG exception (letter a..j) an activity with special
-- categories of personal data rests on; criminal_basis: the art. 10 AVG basis (with art. 31-33
-- UAVG) for criminal data. The data items' special list keeps the flags (art. 9 categories,
-- strafrechtelijk, and overlast, which is neither).

ALTER TABLE processing_activities ADD COLUMN special_exception TEXT;
ALTER TABLE processing_activities ADD COLUMN criminal_basis TEXT;
