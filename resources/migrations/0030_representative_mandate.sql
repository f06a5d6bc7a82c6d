-- Schema 30: the people a representative's request writes to (issue 38). Its letters go to the
-- representative (cases.representative) at their own postal address, one line; and the request
-- waits for the mandate: the day it was asked for starts a pause of the deadline beside the
-- identification's, the day it arrived ends it (CaseService::requestMandate, receiveMandate;
-- computeDeadlines). Requests made before this schema have none of them.
ALTER TABLE cases ADD COLUMN representative_address TEXT;
ALTER TABLE cases ADD COLUMN mandate_requested TEXT;
ALTER TABLE cases ADD COLUMN mandate_received TEXT;
