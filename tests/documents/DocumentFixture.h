#pragma once

#include "ServerStoreFixture.h"
#include "cases/CaseService.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {
struct ComplaintDossierContent;
class Session;
} // namespace pd

namespace pd::test {

// A store filled for the documents' tests and benchmark: the organisation's details, requests
// taken through their life (identification, extension, completion) on fixed dates, recipients
// and disclosures. Every step runs through the services with the fixture's own clock, which
// stands at 09:00 UTC of the step's date and moves a minute per step, so the audit trail is in
// order. On failure error() says why.
class DocumentFixture final
{
public:
    explicit DocumentFixture(const Store &store);

    FixedClock &clock() { return m_clock; }
    QString error() const { return m_error; }
    // Moves the clock to that day (09:00 UTC, plus a minute per step already taken that day).
    void at(QDate day);

    bool setOrganisation();
    std::optional<Case> addCase(const QString &name, const QString &klantnummer,
                                const QList<RequestType> &types, QDate received,
                                Channel channel = Channel::Email);
    // The request addCase adds (a tenant in Utrecht, handled by j.devries), to change first.
    static NewCase newCase(const QString &name, const QString &klantnummer,
                           const QList<RequestType> &types, QDate received,
                           Channel channel = Channel::Email);
    // request added on its day of receipt.
    std::optional<Case> addCase(const NewCase &request);
    bool identify(const QString &number, QDate requested, QDate received,
                  IdMethod method = IdMethod::Balie);
    bool extend(const QString &number, const QString &reason, QDate notified);
    // A refusal or partial grant needs its reasons (motivation); a request that was never
    // identified is decided as a known data subject (test::knownDataSubject).
    bool complete(const QString &number, Outcome outcome, const QList<RefusalGround> &grounds,
                  QDate answered, const QString &motivation = {});
    bool note(const QString &number, const QString &text, QDate day);
    // count disclosures of the person's data, one every few days from `from`, to two recipients.
    bool addDisclosures(qint64 personId, const QString &caseNumber, int count, QDate from);
    // Records that every recipient still to be told of the change (art. 19) was told on day.
    bool notifyRecipients(const QString &number, QDate day);

    // The request the dossier tests use: inzage + verwijdering, received 1 October 2026 by
    // e-mail, identification asked and checked at the desk, extended on 20 October, partly
    // granted on 15 December (art. 15(4), art. 17(3)(b), with motivation()), both recipients
    // told of the erasure that day (art. 19); a letter of every kind that applies,
    // generated when it applied; three disclosures. Returns its number, or empty.
    QString fullCase();

    static QString organisationName() { return QStringLiteral("Woonstichting De Voorbeeldhaven"); }
    // Long on purpose: the letters' address block and the dossier's tables must wrap it.
    static QString personName()
    {
        return QStringLiteral("Annemarie Wilhelmina van der Plas-Hoogeveen");
    }
    static QString motivation()
    {
        return QStringLiteral("Meldingen van buren laten wij weg. Huurbetalingen bewaren wij "
                              "zeven jaar vanwege de fiscale bewaarplicht.");
    }
    static QString extensionReason()
    {
        return QStringLiteral("Uw dossier is omvangrijk: de gegevens komen uit drie systemen "
                              "en een archief op papier.");
    }

    // The inzage report export person writes at path for the request, as the desk's export does
    // (encrypted: its password told by sms, handed back in *password). Empty, or why not.
    static QString exportReport(const Session &session, const QString &number, const QString &path,
                                bool encrypt, QString *password = nullptr);

    // The complaint dossier of content as plain text, on one line (whitespace simplified).
    static QString dossierText(const ComplaintDossierContent &content);

    // The text of a PDF per page, via poppler's pdftotext (NFKC: no ligatures). Empty when
    // pdftotext is missing or failed: callers check PD_REQUIRE_PDFTOTEXT() first.
    static QStringList pdfPages(const QString &path);
    // The text as a reader copies it out of the PDF: pdftotext's, not normalised, so that a
    // ligature standing for two letters shows. Empty when pdftotext is missing or failed.
    static QString pdfCopiedText(const QString &path);
    // Per page, only the text of the header and footer bands (PrintedDocument's), so that what the
    // page margins say is never mixed up with a table at the top of the body by pdftotext's layout.
    static QStringList pdfMargins(const QString &path);
    // The words of a PDF that reach past the right edge of the page's body (A4 less
    // PrintedDocument's 12 mm margin), with their page: text QTextDocument draws clipped there.
    // Empty also when pdftotext is missing: callers check PD_REQUIRE_PDFTOTEXT() first.
    static QStringList pdfWordsPastTheRightEdge(const QString &path);

private:
    const Store &m_store;
    FixedClock m_clock;
    QDate m_day;
    int m_step = 0;
    QString m_error;
};

} // namespace pd::test
