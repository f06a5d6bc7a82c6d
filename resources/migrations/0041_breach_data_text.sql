-- Schema 41: what the "other" data of a data breach are, in words (issue 38, ieder1). With the
-- kind of data 'overig' the AP's text and the art. 34 letter could only say "andere gegevens";
-- art. 33(3)(a) and 34(2) AVG ask which data. A free text: destroyed with the breach's other
-- texts under its retention rule.
ALTER TABLE breaches ADD COLUMN data_text TEXT;
