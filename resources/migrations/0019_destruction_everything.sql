-- Schema 19: everything about a data subject can be destroyed (issue 16). Self-contained (it
-- depends on schemas 3, 5 and 6 only), so it may be renumbered when migrations are merged.
--
-- 1. A disclosure that named a destroyed data subject keeps its date, recipient, legal basis,
--    data categories and purpose; the link to the person goes (disclosure_persons) and is
--    counted here instead, so that the register still says "1 betrokkene, vernietigd".
ALTER TABLE disclosures ADD COLUMN destroyed_persons INTEGER NOT NULL DEFAULT 0;

-- 2. A data subject whose request files were destroyed while another retention rule still
--    requires part of their data (e.g. financial records, art. 52 AWR): only the name and the
--    customer number are kept, from this moment, until that rule's items have been destroyed
--    too; then the rest goes (RetentionService). NULL for everybody else.
ALTER TABLE persons ADD COLUMN reduced_at TEXT;

-- 3. The destruction log proves each step with a count, never a name: counts is a JSON object
--    {"disclosures": n, "letters": n, "attachments": n, "drafts": n, "audit_payloads": n,
--    "search_rows": n, ...}; kept says what a rule still keeps ("Financiële gegevens tot
--    31-12-2031 (Fiscale bewaarplicht (art. 52 AWR))"), without saying whose.
ALTER TABLE retention_destructions ADD COLUMN counts TEXT;
ALTER TABLE retention_destructions ADD COLUMN kept TEXT;
