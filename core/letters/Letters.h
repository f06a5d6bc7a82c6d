#pragma once

#include "cases/Case.h"
#include "cases/CaseService.h"
#include "cases/Restriction.h"
#include "cases/RestrictionDecision.h"
#include "domain/BsnGuard.h"
#include "letters/LetterKind.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/Disclosures.h"
#include "registers/SystemChecklist.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace pd {

class Store;
class UnitOfWork;

struct LetterPlaceholder
{
    QString name; // without the braces: "betrokkene.naam"
    QString description;
};

struct LetterAvailability
{
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    bool available = false;
    QString reason; // why not (translated), when not available
    QString warning; // available, but the officer should know this (translated)
};

struct LetterContext
{
    Case request;
    CaseDeadlines deadlines;
    OrganisationDetails organisation;
    QString user; // who generates it: the handler named when the request has none
    // Empty name when opened with the recovery key: the login is used then.
    QString signatory;
    QString signatoryFunction; // "Functionaris gegevensbescherming", ...
    QString handler;
    QDate date; // the letter's date
    DeadlinePolicy policy;
    QList<Art19Notification> art19;
    // Only when the report was recorded on the trail does the decision say it is enclosed.
    bool reportMade = false;
    bool reportEncrypted = false;
    bool exportHeldNothing = false;
    // Unset when no export recorded them; the decision never names a fixed list.
    std::optional<QStringList> portableFields;
    // Unset when unknown (none recorded, or recorded before the count was kept): the letter asks.
    std::optional<bool> exportLeftOutOthers;
    QList<PersonRestriction> restrictions;
    QList<RestrictionDecision> restrictionDecisions;
    QList<qint64> correctedRestrictions;
    QList<qint64> partlyCorrectedRestrictions;
    QList<SystemCheck> systems;
    QStringList erasedInPrivacydesk;
    QStringList correctedInPrivacydesk;
};

struct RenderedLetter
{
    QString caseNumber;
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    QString html; // a fragment for QTextDocument: Dutch, values escaped, no {{ left
    QString title; // Dutch: "Ontvangstbevestiging AVG-2026-0001"
    QDate date;
    QString warning; // from the availability, if any
    QList<BsnFinding> bsnFindings; // in the letter's text, masked: recording needs an override
    // The officer's edit: recorded instead of html, once html matches a fresh rendering.
    QString editedHtml;
};

struct LetterPrintJob
{
    QString printer;
    int job = 0;
};

struct Letter
{
    qint64 id = 0;
    QString caseNumber;
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    QString html; // empty once destroyed under the retention rules
    QString sha256; // hex, over the UTF-8 text: the same as in the case.letter audit event
    QDateTime generatedAt; // UTC
    QString generatedBy;
    bool destroyed = false;
    QDateTime destroyedAt; // UTC
    QDate sentOn;
    QString sentHow;

    bool isSent() const { return sentOn.isValid(); }
    QString title() const; // Dutch, as printed
};

struct LetterTemplate
{
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    QString html;
    bool customised = false; // false: the default from the resources
    QDateTime changedAt; // UTC; customised only
    QString changedBy;
};

// Pure functions over the templates: Dutch HTML fragments with {{placeholders}}.
class LetterTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterTemplates)
public:
    static QString defaultHtml(LetterKind kind);
    static QList<LetterPlaceholder> placeholders();
    // A breach letter's kinds have no request placeholders.
    static QList<LetterPlaceholder> placeholders(LetterKind kind);
    static QStringList placeholdersIn(const QString &html);
    static QStringList unknownPlaceholders(LetterKind kind, const QString &html);
    // Limits against a hostile template: QTextDocument lays out nested elements recursively.
    static constexpr qsizetype maxTemplateBytes = 256 * 1024;
    static constexpr int maxHtmlDepth = 48;
    static constexpr int maxPlaceholders = 300;
    static constexpr qsizetype maxRenderedChars = 1024 * 1024;
    static constexpr qint64 renderBudgetMs = 5000;

    // Translated reasons; the BSN guard is separate, since it can be overridden.
    static QStringList check(LetterKind kind, const QString &html);
    static int htmlDepth(const QString &html);

    static QHash<QString, QString> values(const LetterContext &context);
    // Unknown names become nothing. Past the limits: sets *problem and returns an empty string.
    static QString fill(const QString &html, const QHash<QString, QString> &values,
                        QString *problem = nullptr);
    // A decision always names the legal remedies: appended if the template lacks them.
    static QString render(LetterKind kind, const QString &templateHtml,
                          const LetterContext &context, QString *problem = nullptr);

    // A breach letter: only its kind's placeholders, from context and extra (HTML).
    static QString render(LetterKind kind, const QString &templateHtml,
                          const LetterContext &context, const QHash<QString, QString> &extra,
                          QString *problem = nullptr);

    static QString plainText(const QString &html);
    static QString legalRemediesHtml(LetterKind kind = LetterKind::Besluit);

private:
    static QList<LetterPlaceholder> requestPlaceholders();
    static QList<LetterPlaceholder> answerPlaceholders();
};

// Reading a request's letters needs Permission::ViewAllCases (a KCC-medewerker is denied).
class LetterService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterService)
public:
    explicit LetterService(const Session &session);

    LetterTemplate templateFor(LetterKind kind) const;
    QList<LetterTemplate> templates() const; // every kind, in LetterCodes::kinds() order
    // Audited; refused for LetterTemplates::check's reasons, or a BSN without the override.
    bool saveTemplate(LetterKind kind, const QString &html, BsnCheck bsnCheck, ServiceError *error);
    bool resetTemplate(LetterKind kind, ServiceError *error);

    // Translated, naming what is missing and where to fill it in; empty when a letter may be made.
    static QString organisationRefusal(const OrganisationDetails &organisation,
                                       const QString &templateHtml);
    QString organisationRefusal(LetterKind kind) const;
    // Art. 19: the recipients not recorded as told of the change; empty for other kinds.
    static QString art19Refusal(LetterKind kind, const QList<Art19Notification> &recipients);
    // Refused before recording, since the decision's letter would be refused after.
    static QString completionRefusal(const Case &request, const Completion &done,
                                     bool exportHeldNothing);
    std::optional<bool> exportHeldNothing(const QString &caseNumber, ServiceError *error) const;
    // A decision only for a completed request; an extension notice only within the first month.
    static LetterAvailability availability(const Case &request, const CaseDeadlines &deadlines,
                                           LetterKind kind, QDate today);
    QList<LetterAvailability> availability(const QString &caseNumber,
                                           ServiceError *error = nullptr) const;
    // The letter that comes next: the extension notice once an extension asks for one (it
    // must reach the person within the first month), else the first kind that can be made and
    // was not made yet, else the first that can be made; nullopt when none can.
    static std::optional<LetterKind> nextKind(const QList<LetterAvailability> &kinds,
                                              const QList<Letter> &made);

    // Nothing is recorded; Invalid when the kind is not available for the request.
    std::optional<RenderedLetter> render(const QString &caseNumber, LetterKind kind,
                                         ServiceError *error) const;
    // Rendered again and compared: refused when the text changed since it was shown. An officer's
    // edit is stored under the BSN guard, with sha256 over it.
    std::optional<Letter> record(const RenderedLetter &letter, BsnCheck bsnCheck,
                                 ServiceError *error,
                                 const std::optional<LetterPrintJob> &printed = std::nullopt);
    std::optional<Letter> generate(const QString &caseNumber, LetterKind kind, BsnCheck bsnCheck,
                                   ServiceError *error);

    // Once per letter; BSN-guarded.
    bool recordDispatch(const QString &caseNumber, qint64 letterId, QDate sentOn,
                        const QString &how, BsnCheck bsnCheck, ServiceError *error);
    static bool guardDispatch(UnitOfWork &unit, const QString &how, const QString &label,
                              BsnCheck bsnCheck, ServiceError *error);
    QList<Letter> letters(const QString &caseNumber, ServiceError *error = nullptr) const;
    // The placeholders' values of the request's letters as they would be filled today (HTML),
    // for a text that goes with a letter (the e-mail it is sent with).
    std::optional<QHash<QString, QString>> values(const QString &caseNumber,
                                                  ServiceError *error) const;

    static void sign(const Store &store, LetterContext *context);

    static void fillDocument(QTextDocument *document, const QString &html);
    static int paint(const QString &html, QPagedPaintDevice *device, const QString &title,
                     PrintedDocument::Marking marking);
    // Needs a QGuiApplication.
    // In memory; empty when nothing could be painted. Needs a QGuiApplication.
    static QByteArray pdf(const QString &html, const QString &title,
                          PrintedDocument::Marking marking);
    static bool writePdf(const QString &html, const QString &title,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error, int *pages = nullptr);

private:
    std::optional<LetterContext> context(const QString &caseNumber, ServiceError *error) const;
    static QString identityLetterRefusal(const Case &request, LetterKind kind);
    static QString extensionNoticeRefusal(const Case &request, const CaseDeadlines &deadlines,
                                          QDate today, QString *warning);
    static QString answerLetterRefusal(const Case &request, LetterKind kind);
    static QString awaitingMandateRefusal(const Case &request);
    QString refusal(const LetterContext &context, LetterKind kind, QString *warning) const;
    Session m_session;
};

} // namespace pd
