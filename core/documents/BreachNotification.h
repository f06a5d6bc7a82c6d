#pragma once

#include "breaches/Breach.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace pd {

class Store;

// Everything the prepared AP notification of one data breach shows, read at one moment.
struct BreachNotificationContent
{
    Breach breach;
    OrganisationDetails organisation;
    std::optional<Recipient> processor; // the processor from the catalogue, when one is named
    QString preparedBy; // login
    QDateTime preparedAt; // UTC
    QHash<QString, QString> displayNames; // login → the user's name

    // The name of the user with this login; the login when no name is known.
    QString nameOf(const QString &login) const;
};

// The notification of a data breach to the Autoriteit Persoonsgegevens, prepared. The
// AP accepts a notification only through its web form ("Meldformulier datalekken"), so
// Privacydesk sends nothing: it prints what the form asks, section by section in the form's
// order, as an A4 PDF (PrintedDocument: "Vertrouwelijk" and "pagina X van Y" on every page) and
// as plain text to copy into the form, so that the FG fills it in within minutes. Both come
// from the same rows: the PDF and the text never say different things. Moments are written out
// in Dutch time with "uur"; estimates are said as such; special and criminal data are flagged;
// a notification after the 72 hours names the reasons for the delay. No person is named: the
// AP asks for the group and the numbers, not for names (and every text in it passed the BSN
// guard when it was stored).
//
// For the desk: collect() once, then html() for a preview, text() for the clipboard and
// writePdf() (or fillDocument() with PrintedDocument::paint() for a printer).
class BreachNotification final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachNotification)
public:
    explicit BreachNotification(const Session &session);

    // Reads the breach, the organisation's details and the processor. Needs
    // Permission::ViewRegisters ("breach.report"): a KCC employee who reported the breach does
    // not prepare the notification. NotFound for an unknown number; Storage when a read fails.
    std::optional<BreachNotificationContent> collect(const QString &number,
                                                     ServiceError *error) const;
    // collect() and an A4 PDF at the target. Needs a QGuiApplication.
    bool writePdf(const QString &number, const OutputTarget &target, ServiceError *error,
                  int *pages = nullptr) const;

    // "Notification of a data breach DL-2026-0001" (the PDF's title and page header).
    static QString documentTitle(const QString &number);
    // The section headings in the order of the AP's form, numbered ("1. Contact details").
    static QStringList sectionTitles();

    // The notification as an HTML document (for a preview or QTextDocument).
    static QString html(const BreachNotificationContent &content);
    // The same as plain text, to copy into the AP's form: each section under its heading, each
    // answer as "Question: answer" (a longer answer on the lines below its question).
    static QString text(const BreachNotificationContent &content);
    // A document ready for PrintedDocument::paint().
    static void fillDocument(QTextDocument *document, const BreachNotificationContent &content);
    // The A4 PDF of prepared content (the desk's "Opslaan als PDF"). On failure one translated
    // sentence in *error and no file.
    static bool writePdf(const BreachNotificationContent &content, PrintedDocument::Marking marking,
                         const OutputTarget &target, QString *error, int *pages = nullptr);

    // Under the title: made for the AP's form, which Privacydesk does not send.
    static QString introText();
    // A moment as the notification writes it: "vrijdag 27 maart 2026 om 16:00 uur" (Dutch
    // time, in the desk's language); "—" when invalid.
    static QString momentText(const QDateTime &utc);

private:
    Session m_session;
};

} // namespace pd
