#pragma once

// The parts of the complaint dossier beside ComplaintDossierDocument.cpp: what
// the tenant asked (the description typed at intake, the e-mail's text), the access reports made
// for the request with their fingerprints, and what the complainant may not see — other
// people's contact data and the disclosures the law forbids telling the person — marked in the
// complete version and left out of the version for the complainant.

#include "documents/ComplaintDossier.h"

#include <QString>

namespace pd::dossier {

// A free text of the dossier as HTML: escaped, line breaks kept; the e-mail addresses and phone
// numbers in it that are not the data subject's own nor the organisation's
// (PersonReview::contactsIn), and the names of other people
// (PersonReview::namesIn: not the subject's, the representative's, the staff's, a recipient's or
// an organisation's) marked "niet aan klager verstrekken" in the complete version, replaced by
// PersonReview::marker() in the version for the complainant.
QString textHtml(const QString &text, const ComplaintDossierContent &content);

// An event's sentence in the chronology (EventText::sentence) as HTML, marked as textHtml marks:
// the contact data in all of it, the names of other people in the texts people typed that it
// quotes (a note, a system's search note, a reason, what was done), not in the words
// Privacydesk makes of the event. The same text is redacted in the chronology as everywhere
// else in the dossier (seed 000: a system's note redacted in the systems table stood
// whole in the chronology).
QString eventHtml(const QString &sentence, const AuditEvent &event,
                  const ComplaintDossierContent &content);

// The mark of a part the complainant may not see, as HTML.
QString withheldMarkHtml();

// Whether a disclosure may not be told to the data subject (informed = verboden, art. 41 UAVG).
bool withheld(const Disclosure &disclosure);

// Whether an event of the request names the recipient of such a disclosure: an art. 19 notice,
// or a note whose text names it (PersonReview::namesWithheldRecipient); or a note the officer
// marked "niet aan klager verstrekken" by hand (the event's "withheld").
bool namesWithheldRecipient(const AuditEvent &event, const ComplaintDossierContent &content);

// "What the data subject asked": the description typed at intake and the text of each e-mail
// kept with the request.
QString askedHtml(const ComplaintDossierContent &content);

// The access reports made for the request (case.report_exported): the day, each file's name
// and its SHA-256; empty when none was made.
QString reportsHtml(const ComplaintDossierContent &content);

// "Systems searched", the request's checklist (each system: who searched it, when,
// the result and the note); empty for a request without one (not an inzage, erasure or
// rectification).
QString systemsHtml(const ComplaintDossierContent &content);

// "Restrictions of processing": the data subject's restrictions (art. 18), in force and lifted,
// and for one under a or d what it waits for or since when its reason is gone
// (ComplaintDossierRestrictions.cpp); empty when there are none.
QString restrictionsHtml(const ComplaintDossierContent &content);

// A row of the chronology for the numbers first to last that it does not show between two of
// its events, saying why: in the complete version, events of the audit trail about something
// else (other requests, the registers, the settings); in the complainant's, that or a part the
// complainant may not see, the same words for every gap, so that none tells what, or whether
// anything, is withheld there.
QString missingNumbersHtml(qint64 first, qint64 last, const ComplaintDossierContent &content);
// An event as the chronology shows it: the staff by their names, as the summary names them,
// never by login, which the AP cannot place: the actor, and the handlers an assignment names.
AuditEvent namedEvent(const AuditEvent &event, const ComplaintDossierContent &content);

// The start of every table of the dossier (thin grey borders, full width).
QString tableStartHtml();

// A SHA-256 in a table cell (ComplaintDossier::formatHash), groupsPerLine groups of four to a
// line: as one word of 79 characters it ran past the cell and the page's right edge.
QString hashLinesHtml(const QString &hex, int groupsPerLine);

// For the cover page: which version this is and, for the complete one, what its marks mean.
QString versionHtml(const ComplaintDossierContent &content);

// A moment in Dutch time to the second ("22-11-2026 10:47:03"): the chronology's order must be
// visible.
QString momentText(const QDateTime &utc);

// Section 5, the statement on the audit trail: the chronology complete and unaltered with the
// verified position of the chain, or a warning when it did not verify. The version for the
// complainant says that it leaves parts out and that the complete version is the AP's (issue
// 38).
QString statementHtml(const ComplaintDossierContent &content);

} // namespace pd::dossier
