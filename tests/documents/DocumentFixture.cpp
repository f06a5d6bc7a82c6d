#include "DocumentFixture.h"

#include "OrganisationSupport.h"
#include "TestSupport.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonExport.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "session/Session.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

#include <optional>

namespace pd::test {

DocumentFixture::DocumentFixture(const Store &store)
    : m_store(store)
    , m_clock(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC))
{ }

void DocumentFixture::at(QDate day)
{
    if (day != m_day) {
        m_day = day;
        m_step = 0;
    }
    m_clock.set(QDateTime(day, QTime(9, 0), Qt::UTC).addSecs(60LL * m_step++));
}

bool DocumentFixture::setOrganisation()
{
    m_error = setOrganisationForLetters(Session { m_store, m_clock }, organisationName());
    return m_error.isEmpty();
}

std::optional<Case> DocumentFixture::addCase(const QString &name, const QString &klantnummer,
                                             const QList<RequestType> &types, QDate received,
                                             Channel channel)
{
    return addCase(newCase(name, klantnummer, types, received, channel));
}

NewCase DocumentFixture::newCase(const QString &name, const QString &klantnummer,
                                 const QList<RequestType> &types, QDate received, Channel channel)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.person.street = QStringLiteral("Lange Nieuwstraat");
    request.person.houseNumber = QStringLiteral("117 bis");
    request.person.postcode = QStringLiteral("3512PN");
    request.person.city = QStringLiteral("Utrecht");
    request.types = types;
    request.channel = channel;
    request.receivedDate = received;
    request.description = QStringLiteral("Wil weten welke gegevens er zijn en wil oude "
                                         "klachtmeldingen laten verwijderen.");
    request.handler = QStringLiteral("j.devries");
    return request;
}

std::optional<Case> DocumentFixture::addCase(const NewCase &request)
{
    at(request.receivedDate);
    ServiceError error;
    const auto c = CaseService(Session { m_store, m_clock }).add(request, BsnCheck::Refuse, &error);
    if (!c)
        m_error = error.message;
    return c;
}

bool DocumentFixture::identify(const QString &number, QDate requested, QDate received,
                               IdMethod method)
{
    CaseService cases(Session { m_store, m_clock });
    ServiceError error;
    at(requested);
    if (!cases.requestIdentification(number, requested, &error)) {
        m_error = error.message;
        return false;
    }
    if (!received.isValid())
        return true;
    at(received);
    if (!cases.receiveIdentification(number, received, method, true, &error)) {
        m_error = error.message;
        return false;
    }
    return true;
}

bool DocumentFixture::extend(const QString &number, const QString &reason, QDate notified)
{
    at(notified);
    ServiceError error;
    if (!CaseService(Session { m_store, m_clock })
             .extend(number, reason, notified, BsnCheck::Refuse, &error)) {
        m_error = error.message;
        return false;
    }
    return true;
}

bool DocumentFixture::complete(const QString &number, Outcome outcome,
                               const QList<RefusalGround> &grounds, QDate answered,
                               const QString &motivation)
{
    at(answered);
    ServiceError error;
    CaseService cases(Session { m_store, m_clock });
    const std::optional<Case> c = cases.find(number, &error);
    if (!c) {
        m_error = error.message;
        return false;
    }
    if (!cases.complete(
            number,
            completion(outcome, answered, QStringLiteral("per post"), grounds, motivation,
                       CaseWorkflow::needsIdentificationReason(*c, outcome) ? knownDataSubject
                                                                            : QString()),
            BsnCheck::Refuse, &error)) {
        m_error = error.message;
        return false;
    }
    return true;
}

bool DocumentFixture::note(const QString &number, const QString &text, QDate day)
{
    at(day);
    ServiceError error;
    if (!CaseService(Session { m_store, m_clock })
             .addNote(number, text, BsnCheck::Refuse, &error)) {
        m_error = error.message;
        return false;
    }
    return true;
}

bool DocumentFixture::addDisclosures(qint64 personId, const QString &caseNumber, int count,
                                     QDate from)
{
    RecipientService recipients(Session { m_store, m_clock });
    ServiceError error;
    QList<qint64> ids;
    const QList<Recipient> wanted {
        { 0,
          QStringLiteral("Aannemersbedrijf Bouwkracht B.V."),
          RecipientCategory::Aannemer,
          RecipientRole::Ontvanger,
          QStringLiteral("planning@bouwkracht.example"),
          {},
          false },
        { 0,
          QStringLiteral("Gemeente Voorbeeldstad, team Wonen en Zorg"),
          RecipientCategory::Gemeente,
          RecipientRole::Ontvanger,
          {},
          {},
          false },
    };
    for (const Recipient &recipient : wanted) {
        if (const auto found = recipients.findByName(recipient.name)) {
            ids << found->id;
            continue;
        }
        at(from);
        const auto added = recipients.add(recipient, BsnCheck::Refuse, &error);
        if (!added) {
            m_error = error.message;
            return false;
        }
        ids << added->id;
    }
    DisclosureService disclosures(Session { m_store, m_clock });
    for (int i = 0; i < count; ++i) {
        const QDate day = from.addDays(i * 3L);
        at(day);
        Disclosure d;
        d.date = day;
        d.recipientId = ids.at(i % ids.size());
        d.persons = { { personId, {}, {} } };
        if (i % 2 == 0) {
            d.data = { DataCategory::Naw, DataCategory::Contact };
            d.purpose = QStringLiteral("Reparatie van een lekkage in de badkamer (werkorder %1)")
                            .arg(4100 + i);
            d.basis = LegalBasis::Contract;
            d.informed = InformedStatus::Informed;
            d.informedOn = day;
        } else {
            d.data = { DataCategory::Naw, DataCategory::Overlast };
            d.dataText = QStringLiteral("Meldingen van geluidsoverlast uit het afgelopen jaar");
            d.purpose = QStringLiteral("Overleg in het kader van het convenant woonoverlast");
            d.basis = LegalBasis::PublicTask;
            d.basisText = QStringLiteral("Convenant Aanpak Woonoverlast Voorbeeldstad 2025");
            d.informed = InformedStatus::Pending;
        }
        d.requestedBy = QStringLiteral("j.devries");
        d.caseNumber = caseNumber;
        if (!disclosures.add(d, BsnCheck::Refuse, &error)) {
            m_error = error.message;
            return false;
        }
    }
    return true;
}

bool DocumentFixture::notifyRecipients(const QString &number, QDate day)
{
    DisclosureService disclosures(Session { m_store, m_clock });
    ServiceError error;
    const QList<Art19Notification> recipients = disclosures.art19Notifications(number, &error);
    if (error.isError()) {
        m_error = error.message;
        return false;
    }
    for (const Art19Notification &n : recipients) {
        if (n.done())
            continue;
        at(day);
        if (!disclosures.markNotified(number, n.recipientId, day, &error)) {
            m_error = error.message;
            return false;
        }
    }
    return true;
}

namespace {

// pdftotext's output for path with these options; nullopt when it is missing or failed.
std::optional<QString> pdftotextOf(const QString &path, const QString &option)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(pdftotext, { option, path, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString DocumentFixture::pdfCopiedText(const QString &path)
{
    return pdftotextOf(path, QStringLiteral("-raw")).value_or(QString());
}

QStringList DocumentFixture::pdfPages(const QString &path)
{
    const std::optional<QString> layout = pdftotextOf(path, QStringLiteral("-layout"));
    if (!layout)
        return {};
    const QString text = layout->normalized(QString::NormalizationForm_KC);
    QStringList pages = text.split(u'\f');
    // pdftotext ends the last page with a form feed too.
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList DocumentFixture::pdfWordsPastTheRightEdge(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    const std::optional<QString> bbox = pdftotextOf(path, QStringLiteral("-bbox"));
    if (!bbox)
        return { QStringLiteral("(pdftotext failed)") };
    const QString &xhtml = *bbox;
    // A4 is 595 points wide; the body ends 12 mm (34 points) before it, and a word may touch it.
    constexpr double bodyRight = 595.0 - 34.0 + 1.0;
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" "
                       "yMax=\"[0-9.]+\">([^<]*)</word>"));
    QStringList past;
    const QStringList pages = xhtml.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto it = word.globalMatch(pages.at(i));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).toDouble() > bodyRight)
                past << QStringLiteral("page %1: %2").arg(i + 1).arg(m.captured(2));
        }
    }
    return past;
}

QStringList DocumentFixture::pdfMargins(const QString &path)
{
    // pdftotext -bbox gives every word with its box, in points at 72 dpi (A4 is 595 x 842).
    // PrintedDocument keeps 12 mm (34 points) of page margin and paints its header and footer in
    // a 9 mm band inside it: header words lie between 34 and 56 points from the top, footer
    // words between 786 and 808. Words are put into lines by their own baseline, so that text
    // of a table row that QTextDocument draws clipped above a page's body (invisible, but in
    // the PDF) never splits a line of the margin.
    const std::optional<QString> bbox = pdftotextOf(path, QStringLiteral("-bbox"));
    if (!bbox)
        return {};
    const QString &xhtml = *bbox;
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">"
        "([^<]*)</word>"));
    QStringList margins;
    for (const QString &page : xhtml.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        QMap<qint64, QMap<double, QString>> lines; // baseline (0.1 pt) → x → word
        auto it = word.globalMatch(page);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double top = m.captured(2).toDouble();
            const double bottom = m.captured(3).toDouble();
            const bool inHeader = top >= 30 && bottom <= 60;
            const bool inFooter = top >= 782 && bottom <= 812;
            if (!inHeader && !inFooter)
                continue;
            QString text = m.captured(4);
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            lines[qRound64(bottom * 10)].insert(m.captured(1).toDouble(), text);
        }
        QStringList out;
        for (const auto &line : std::as_const(lines))
            out << QStringList(line.values()).join(u' ');
        margins << out.join(u'\n').normalized(QString::NormalizationForm_KC);
    }
    return margins;
}

QString DocumentFixture::dossierText(const ComplaintDossierContent &content)
{
    QTextDocument document;
    ComplaintDossier::fillDocument(&document, content);
    return document.toPlainText().simplified();
}

QString DocumentFixture::fullCase()
{
    if (!setOrganisation())
        return {};
    const auto c = addCase(personName(), QStringLiteral("K100234"),
                           { RequestType::Inzage, RequestType::Verwijdering }, QDate(2026, 10, 1));
    if (!c)
        return {};
    const QString number = c->number;
    LetterService letters(Session { m_store, m_clock });
    ServiceError error;
    const auto letter = [&](LetterKind kind, QDate day) {
        at(day);
        if (!letters.generate(number, kind, BsnCheck::Refuse, &error)) {
            m_error = error.message;
            return false;
        }
        return true;
    };
    const bool ok = letter(LetterKind::Ontvangstbevestiging, QDate(2026, 10, 1))
        && identify(number, QDate(2026, 10, 2), {})
        && letter(LetterKind::VerzoekIdentificatie, QDate(2026, 10, 2));
    if (!ok)
        return {};
    at(QDate(2026, 10, 6));
    if (!CaseService(Session { m_store, m_clock })
             .receiveIdentification(number, QDate(2026, 10, 6), IdMethod::Balie, true, &error)) {
        m_error = error.message;
        return {};
    }
    if (!note(number,
              QStringLiteral("Gegevens opgevraagd bij de afdelingen Verhuur en Wijkbeheer."),
              QDate(2026, 10, 8))
        || !extend(number, extensionReason(), QDate(2026, 10, 20))
        || !letter(LetterKind::Verlengingsbericht, QDate(2026, 10, 20))
        || !addDisclosures(c->person.id, number, 3, QDate(2026, 10, 22))
        || !complete(number, Outcome::DeelsToegewezen,
                     { RefusalGround::Art15_4, RefusalGround::Art17_3b }, QDate(2026, 12, 15),
                     motivation())
        || !letter(LetterKind::Besluit, QDate(2026, 12, 15))
        || !notifyRecipients(number, QDate(2026, 12, 15))
        || !letter(LetterKind::BevestigingVerwijdering, QDate(2026, 12, 15))
        || !letter(LetterKind::BegeleidendeBriefExport, QDate(2026, 12, 15)))
        return {};
    return number;
}

QString DocumentFixture::exportReport(const Session &session, const QString &number,
                                      const QString &path, bool encrypt, QString *password)
{
    ServiceError error;
    const std::optional<Case> request = CaseService(session).find(number, &error);
    const auto report
        = request ? PersonReportLoader(session).load(request->person.id, &error) : std::nullopt;
    const auto findings = report ? PersonReview(session).findings(*report, &error) : std::nullopt;
    if (!findings)
        return error.message;
    PersonExportTargets targets;
    targets.pdfPath = path;
    targets.forRequest = number;
    targets.encrypt = encrypt;
    targets.passwordBy = PasswordDelivery::TextMessage;
    const PersonExportResult result = PersonExport(session).write(*report, *findings, {}, targets);
    if (password)
        *password = result.password;
    return result.error;
}

} // namespace pd::test
