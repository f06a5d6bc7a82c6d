-- Schema 28 (issue 38): what a completed request concerned and did, and where a portability
-- export goes.
-- changed_data: the data categories (the registers' codes, comma-separated: "contact,naw") a
-- rectification, erasure or restriction changed. Art. 19 AVG asks only the recipients whose
-- disclosures of the person include one of them; NULL for a request completed before schema 28
-- (every recipient of the person's data is then listed, as before).
ALTER TABLE cases ADD COLUMN changed_data TEXT;
-- objection_subjects: what an objection (art. 21 AVG) was about, each decided, as JSON
-- [{"subject": "nieuwsbrief", "text": null, "stopped": true}, ...]; NULL when not recorded.
ALTER TABLE cases ADD COLUMN objection_subjects TEXT;
-- transmit_to_name, transmit_to_address: the controller a portability export goes to directly
-- (art. 20 lid 2 AVG), its postal or e-mail address; NULL: the export goes to the data subject.
ALTER TABLE cases ADD COLUMN transmit_to_name TEXT;
ALTER TABLE cases ADD COLUMN transmit_to_address TEXT;
