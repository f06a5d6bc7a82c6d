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

// A {{name}} a template may use, with what it is filled with (translated).
struct LetterPlaceholder
{
    QString name; // without the braces: "betrokkene.naam"
    QString description;
};

// Whether a kind of letter makes sense for a request in its present state.
struct LetterAvailability
{
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    bool available = false;
    QString reason; // why not (translated), when not available
    QString warning; // available, but the officer should know this (translated)
};

// Everything a letter is filled from.
struct LetterContext
{
    Case request;
    CaseDeadlines deadlines;
    OrganisationDetails organisation;
    QString user; // who generates it: the handler named when the request has none
    // Who signs it: the generating user's display name and function. Empty name when
    // opened with the recovery key: the login is used then.
    QString signatory;
    QString signatoryFunction; // "Functionaris gegevensbescherming", ...
    // {{behandelaar}}: the request's handler by their display name, or the signatory
    // when it has none; never a login where the user has a name.
    QString handler;
    QDate date; // the letter's date
    // The organisation's deadline policy: whether it has an extension of its own.
    DeadlinePolicy policy;
    // Art. 19 AVG: after a (partly) granted rectification, erasure or restriction,
    // the recipients of the person's data and whether each was told of the change.
    QList<Art19Notification> art19;
    // An access report (a PDF) was made for the request and recorded on its trail
    // (case.report_exported): only then does the decision say it is enclosed.
    bool reportMade = false;
    // The last answer made for the request went as an encrypted PDF (case.report_exported with
    // "encrypted"): the export's cover letter then says how to open it.
    bool reportEncrypted = false;
    // The last export made for the request held portability files with none of the person's
    // data (case.report_exported with "portable_data": false): no processing on
    // consent or for a contract, so art. 20(1) gives nothing to hand over.
    bool exportHeldNothing = false;
    // What the last portability export made for the request held: the fields of the person's
    // record (case.report_exported "portable_fields", PersonPortability::heldFields codes). The
    // decision names those, never a fixed list; unset when no export recorded them.
    std::optional<QStringList> portableFields;
    // Whether the last export made for the request left out other people's data
    // (case.report_exported "redactions"): the cover letter says it did only when it did. Unset
    // when no export was recorded, or recorded before the count was kept: the letter then asks.
    std::optional<bool> exportLeftOutOthers;
    // The person's restrictions of processing in force (art. 18 AVG): what the notice
    // of lifting names ({{beperking.gegevens}}); without one it cannot be made.
    QList<PersonRestriction> restrictions;
    // What each of them under art. 18(1)(a) or (d) waits for, and the decision once taken
    // (RestrictionDecisions::of): the notice of lifting names only those whose reason is gone,
    // and states the decision that ended each.
    QList<RestrictionDecision> restrictionDecisions;
    // Those of them (their ids) whose accuracy was contested (art. 18(1)(a)) and that the
    // rectification they waited for, granted in full or in part, corrected:
    // the notice of lifting then says the corrected data are used, not the old ones again.
    QList<qint64> correctedRestrictions;
    // Of those, the ones a rectification granted only in part corrected (seed 000):
    // the check is over and what was wrong was corrected, so the notice says the corrected data
    // are used as well, and that the decision says what was corrected.
    QList<qint64> partlyCorrectedRestrictions;
    // The request's systems search: what the answer says of the other systems,
    // only data found there follow apart. Empty when the checklist does not apply.
    QList<SystemCheck> systems;
    // The fields of the person's own record in Privacydesk erased for the request (its
    // case.person_erased events, telefoonnummer, emailadres, adres), in order: the
    // confirmation of an erasure names them.
    QStringList erasedInPrivacydesk;
    // The fields of that record corrected for the request (its case.person_corrected events:
    // naam, adres, telefoonnummer, emailadres), in order: the confirmation of a rectification
    // names them, and is not made while it names a new value the record does not hold.
    QStringList correctedInPrivacydesk;
};

// A letter rendered for a request and not (yet) recorded: what the preview shows.
struct RenderedLetter
{
    QString caseNumber;
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    QString html; // a fragment for QTextDocument: Dutch, values escaped, no {{ left
    QString title; // Dutch: "Ontvangstbevestiging AVG-2026-0001"
    QDate date;
    QString warning; // from the availability, if any
    QList<BsnFinding> bsnFindings; // in the letter's text, masked: recording needs an override
    // The officer's last edit of the text before it is made: an HTML fragment as
    // html is; empty when the letter goes out as rendered. record() checks html against a fresh
    // rendering and then records this text, and the case.letter event says it was edited.
    QString editedHtml;
};

// Where a printed letter went: the print queue and the job number CUPS accepted it
// under. Kept in the case.letter audit event.
struct LetterPrintJob
{
    QString printer;
    int job = 0;
};

// A letter as recorded with its request.
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
    // Made is not sent: the day it went out and how, once recorded.
    QDate sentOn;
    QString sentHow;

    bool isSent() const { return sentOn.isValid(); }
    QString title() const; // Dutch, as printed
};

// One letter template: the organisation's edited version, or the default.
struct LetterTemplate
{
    LetterKind kind = LetterKind::Ontvangstbevestiging;
    QString html;
    bool customised = false; // false: the default from the resources
    QDateTime changedAt; // UTC; customised only
    QString changedBy;
};

// The templates as text: Dutch HTML fragments with {{placeholders}}, defaults compiled in from
// resources/letters/<code>.html. Pure functions, no store.
class LetterTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterTemplates)
public:
    static QString defaultHtml(LetterKind kind);
    // The placeholders of the letters of a request.
    static QList<LetterPlaceholder> placeholders();
    // Those a template of this kind may use: a breach letter (LetterCodes::isBreachLetter) has
    // the organisation, the person, the signature and datalek.* / fg.contact, no request.
    static QList<LetterPlaceholder> placeholders(LetterKind kind);
    // The names inside {{ }} in html, in order of appearance, each once.
    static QStringList placeholdersIn(const QString &html);
    // Unknown to the letters of a request; with kind, unknown to that kind.
    static QStringList unknownPlaceholders(const QString &html);
    static QStringList unknownPlaceholders(LetterKind kind, const QString &html);
    // Limits against a hostile template: its size in UTF-8, the depth to which its
    // HTML elements nest (QTextDocument lays out nested tables and blocks recursively), the
    // number of placeholders, and for rendering the size of the letter and a time budget. The
    // placeholders are filled once and never re-read, so a letter grows at most by the values
    // times the placeholders; the render budget refuses what still grows too large.
    static constexpr qsizetype maxTemplateBytes = 256 * 1024;
    static constexpr int maxHtmlDepth = 48;
    static constexpr int maxPlaceholders = 300;
    static constexpr qsizetype maxRenderedChars = 1024 * 1024;
    static constexpr qint64 renderBudgetMs = 5000;

    // Why the template cannot be stored (translated sentences), empty when it can: empty or too
    // large, nested too deeply, too many placeholders, unknown placeholders, a "{{" that is not
    // closed, a decision without {{rechtsmiddelen}}. The BSN guard is separate: it can be
    // overridden.
    static QStringList check(LetterKind kind, const QString &html);
    // The deepest nesting of HTML elements in html (void elements and an implicitly closed <p>
    // do not nest; comments are not read).
    static int htmlDepth(const QString &html);

    // The values of every placeholder for this request, as HTML (escaped; Dutch).
    static QHash<QString, QString> values(const LetterContext &context);
    // Replaces every {{name}} by its value; unknown names by nothing. With problem: stops when
    // the result grows over maxRenderedChars or takes longer than renderBudgetMs, sets *problem
    // (translated) and returns an empty string.
    static QString fill(const QString &html, const QHash<QString, QString> &values,
                        QString *problem = nullptr);
    // A template filled for a request. A decision always names the right to complain to the
    // Autoriteit Persoonsgegevens and to go to court: appended if the template lacks it.
    // problem as for fill().
    static QString render(LetterKind kind, const QString &templateHtml,
                          const LetterContext &context, QString *problem = nullptr);

    // A letter that is not a request's (a breach letter): only the placeholders of its kind
    // are filled, from the context (organisation, context.request.person, date, signature) and
    // from extra (its own values, HTML). problem as for fill().
    static QString render(LetterKind kind, const QString &templateHtml,
                          const LetterContext &context, const QHash<QString, QString> &extra,
                          QString *problem = nullptr);

    // The text of an HTML fragment without tags and entities (for the BSN guard and tests).
    static QString plainText(const QString &html);
    // The fixed paragraph on the right to complain to the AP and to go to court (art. 35 UAVG):
    // the decision asks "niet eens met onze beslissing?", the other letters "... met hoe wij uw
    // verzoek hebben afgehandeld?".
    static QString legalRemediesHtml(LetterKind kind = LetterKind::Besluit);

private:
    static QList<LetterPlaceholder> requestPlaceholders();
    static QList<LetterPlaceholder> answerPlaceholders();
};

// Letters for a request: templates the organisation can edit (stored, audited, BSN-guarded,
// reset to the default), which kinds make sense for a request now, rendering, and recording a
// generated letter with its SHA-256 and a case.letter audit event in one transaction.
class LetterService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterService)
public:
    explicit LetterService(const Session &session);

    LetterTemplate templateFor(LetterKind kind) const;
    QList<LetterTemplate> templates() const; // every kind, in LetterCodes::kinds() order
    // Stores the organisation's version (audited: letter_template.changed with the hashes).
    // Refused with the reasons of LetterTemplates::check, or a BSN without the override.
    bool saveTemplate(LetterKind kind, const QString &html, bool bsnOverride, ServiceError *error);
    // Back to the default (audited: letter_template.reset). Already the default: true.
    bool resetTemplate(LetterKind kind, ServiceError *error);

    // Which kinds make sense for the request in its present state (pure; today: the letter's
    // date). A decision only for a completed request; an extension notice only for an extended
    // request whose notice went out within the first month (as CaseService flags a late one).
    // Why no letter may be made with these organisation details and this template
    // (translated, naming what is missing and where to fill it in), or empty: the name, the
    // postal address, an e-mail address or phone number, and every detail the template uses.
    static QString organisationRefusal(const OrganisationDetails &organisation,
                                       const QString &templateHtml);
    // The same for a letter of this kind now: the organisation's details as stored and its
    // template of the kind. For the front ends that refuse an extension whose notice could not
    // be made.
    QString organisationRefusal(LetterKind kind) const;
    // Why a confirmation of a rectification or erasure cannot be made yet (translated): the
    // recipients of the person's data that were not recorded as told of the change (art. 19
    // AVG), named, with where to record it. Empty when every one was, or for other kinds.
    static QString art19Refusal(LetterKind kind, const QList<Art19Notification> &recipients);
    // Why completing the request so would record a decision whose letter cannot be
    // made (translated), or empty: a portability request (partly) granted while the last export
    // made for it held none of the person's data (exportHeldNothing). The front ends refuse such
    // a completion before anything is recorded, as the decision letter would be refused after.
    static QString completionRefusal(const Case &request, const Completion &done,
                                     bool exportHeldNothing);
    // Whether the last export made for the request held portability files with none of the
    // person's data (LetterContext::exportHeldNothing); nullopt with *error when the request
    // cannot be read (Permission::ViewAllCases).
    std::optional<bool> exportHeldNothing(const QString &caseNumber, ServiceError *error) const;
    // completionRefusal for the request as stored; nullopt with *error as exportHeldNothing.
    std::optional<QString> completionRefusal(const QString &caseNumber, const Completion &done,
                                             ServiceError *error) const;
    static LetterAvailability availability(const Case &request, const CaseDeadlines &deadlines,
                                           LetterKind kind, QDate today);
    // Reading a request's letters, their availability or a rendering needs
    // Permission::ViewAllCases ("letter.read"; a KCC-medewerker is Denied).
    QList<LetterAvailability> availability(const QString &caseNumber,
                                           ServiceError *error = nullptr) const;

    // The letter as it would be sent today; nothing is recorded. Refused (Invalid) when the
    // kind is not available for the request.
    std::optional<RenderedLetter> render(const QString &caseNumber, LetterKind kind,
                                         ServiceError *error) const;
    // Records a rendered letter: rendered again and compared, so that what is recorded is
    // exactly what was shown (changed meanwhile: refused, look again). Stores the text and its
    // SHA-256 and appends case.letter {kind, sha256, letter} in the same transaction; a letter
    // printed through CUPS adds {printer, print_job}. A letter whose text the officer edited
    // (editedHtml) stores the edited text under the BSN guard, with sha256 over it,
    // and adds {edited: true, rendered_sha256: the letter as Privacydesk made it}.
    std::optional<Letter> record(const RenderedLetter &letter, bool bsnOverride,
                                 ServiceError *error,
                                 const std::optional<LetterPrintJob> &printed = std::nullopt);
    // render() and record() in one.
    std::optional<Letter> generate(const QString &caseNumber, LetterKind kind, bool bsnOverride,
                                   ServiceError *error);

    // Records that a letter made for the request went out: the day (not before it was made,
    // not in the future) and how ("per post", "per e-mail", "aangetekend", ...). Once per
    // letter; ProduceDocuments; BSN-guarded; one case.letter_sent audit event.
    bool recordDispatch(const QString &caseNumber, qint64 letterId, QDate sentOn,
                        const QString &how, bool bsnOverride, ServiceError *error);
    // The BSN guard over how a letter was sent (label: the field, translated), as both kinds of
    // letter record it: refused with the label; an override recorded by the unit with the
    // findings as BsnGuard::check gives them.
    static bool guardDispatch(UnitOfWork &unit, const QString &how, const QString &label,
                              bool bsnOverride, ServiceError *error);
    // Oldest first. A read that fails (or is refused) sets *error, when given.
    QList<Letter> letters(const QString &caseNumber, ServiceError *error = nullptr) const;

    // Fills who makes and signs a letter (user, signatory, signatoryFunction) from the acting
    // user of the store: their name as the user list shows it and their function.
    static void sign(const Store &store, LetterContext *context);

    // A document ready for PrintedDocument::paint(): the letter's HTML in the letter font.
    static void fillDocument(QTextDocument *document, const QString &html);
    // A letter's pages on a printer or in a preview: as PrintedDocument lays them out for a
    // data subject (no "Vertrouwelijk", Dutch page numbers). Returns the pages painted.
    static int paint(const QString &html, QPagedPaintDevice *device, const QString &title,
                     PrintedDocument::Marking marking);
    // A4 PDF of a letter (PrintedDocument). Needs a QGuiApplication.
    static bool writePdf(const QString &html, const QString &title,
                         PrintedDocument::Marking marking, const OutputTarget &target,
                         QString *error, int *pages = nullptr);

private:
    std::optional<LetterContext> context(const QString &caseNumber, ServiceError *error) const;
    // Why the letters that establish who asks (the mandate's and the identification's) do not
    // apply to the request, or empty.
    static QString identityLetterRefusal(const Case &request, LetterKind kind);
    static QString extensionNoticeRefusal(const Case &request, const CaseDeadlines &deadlines,
                                          QDate today, QString *warning);
    static QString answerLetterRefusal(const Case &request, LetterKind kind);
    // Why an open request that awaits the representative's proof gets no other letter than the
    // request for it, naming that proof by the authority recorded: the mandate, the
    // kantonrechter's decision, the extract from the custody register.
    static QString awaitingMandateRefusal(const Case &request);
    // Why a kind available for the request cannot be made with the store's details (the
    // organisation, the art. 19 notifications), or empty; *warning gets what the officer should
    // know about the organisation's own template.
    QString refusal(const LetterContext &context, LetterKind kind, QString *warning) const;
    Session m_session;
};

} // namespace pd
