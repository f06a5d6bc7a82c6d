-- Schema 12: the reasons of a decision (issue 14).
--
-- motivation               the reasons of the decision in words, as the data subject reads
--                          them in the besluit letter (art. 12(4) GDPR); required by the case
--                          workflow for a refusal or a partial grant.
-- direct_marketing         1 when an objection (art. 21) is against direct marketing: such an
--                          objection is absolute (art. 21(3)), art. 21(1) cannot refuse it.
-- no_identification_reason why a request was decided although no identification was recorded
--                          ("bekende betrokkene, teruggebeld op het bekende nummer").
--
-- Requests completed before this schema keep NULL and 0: they were decided under the old rules
-- and their refusal grounds keep the codes they had (art-17-3, art-41-uavg are read, never
-- chosen again). The texts are free text under the BSN guard and are destroyed with the other
-- free texts of a request when its retention expires. PostgreSQL: the same statements.

ALTER TABLE cases ADD COLUMN motivation TEXT;
ALTER TABLE cases ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN no_identification_reason TEXT;
