-- Schema 39: the day the data found in a system were sent to the person apart from the inzage
-- report (issue 38, ieder1). The report holds only what Privacydesk keeps; what a search of
-- another system found goes separately, and the AP dossier must show that, and when, it went.
-- Recorded with the system's tick (SystemChecklist::tick, result apart-verstrekt), as a date.
-- Ticks made before this schema have none.
ALTER TABLE case_system_checks ADD COLUMN sent_on TEXT;
