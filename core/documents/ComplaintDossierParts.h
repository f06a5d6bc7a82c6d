#pragma once

// What the complainant may not see is marked in the complete version and left out of the
// complainant's.

#include "documents/ComplaintDossier.h"

#include <QString>

namespace pd::dossier {

// Escaped; other people's contact data and names marked or replaced, as the version asks.
QString textHtml(const QString &text, const ComplaintDossierContent &content);

// Names are redacted only in the texts people typed that it quotes, as elsewhere in the dossier.
QString eventHtml(const QString &sentence, const AuditEvent &event,
                  const ComplaintDossierContent &content);

QString withheldMarkHtml();

// informed = verboden: the law forbids telling the person (art. 41 UAVG).
bool withheld(const Disclosure &disclosure);

// Also a note the officer marked "niet aan klager verstrekken" by hand.
bool namesWithheldRecipient(const AuditEvent &event, const ComplaintDossierContent &content);

QString askedHtml(const ComplaintDossierContent &content);

QString reportsHtml(const ComplaintDossierContent &content);

QString systemsHtml(const ComplaintDossierContent &content);

QString restrictionsHtml(const ComplaintDossierContent &content);

// The same words for every gap, so that none tells what, or whether anything, is withheld there.
QString missingNumbersHtml(qint64 first, qint64 last, const ComplaintDossierContent &content);
// Staff by name, never by login, which the AP cannot place.
AuditEvent namedEvent(const AuditEvent &event, const ComplaintDossierContent &content);

// The dossier's own words as a paragraph, escaped; a note (there is nothing to show, something
// went wrong) in italics, apart from the facts.
QString paragraphHtml(const QString &text);
QString noteHtml(const QString &text);

QString tableStartHtml();

QString hashLinesHtml(const QString &hex, int groupsPerLine);

QString versionHtml(const ComplaintDossierContent &content);

// To the second: the chronology's order must be visible.
QString momentText(const QDateTime &utc);

// The complainant's version says it leaves parts out and that the complete one is the AP's.
QString statementHtml(const ComplaintDossierContent &content);

} // namespace pd::dossier
