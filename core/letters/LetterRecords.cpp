// Storing what the letters of a request leave behind: the organisation's templates (saved, reset
// to the default) and the letters made and sent, each a UnitOfWork with its audit event; the
// SQL is LetterRepository's.
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "session/Access.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace pd {

namespace {

const QString caseEntity = QStringLiteral("case");
const QString templateEntity = QStringLiteral("letter-template");

QString sha256Hex(const QString &text)
{
    return LetterRepository::digest(text);
}

} // namespace

QString Letter::title() const
{
    return LetterCodes::dutchTitle(kind) + u' ' + caseNumber;
}

bool LetterService::guardDispatch(UnitOfWork &unit, const QString &how, const QString &label,
                                  BsnCheck bsnCheck, ServiceError *error)
{
    const BsnGuard::GuardResult guard = BsnGuard::check(how, label, bsnCheck);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }
    // Passed: what is left is the override of what was found, recorded with the findings as
    // BsnGuard::check gives them (without the field's label).
    return unit.guard({ { QString(), how } }, bsnCheck, error);
}

LetterTemplate LetterService::templateFor(LetterKind kind) const
{
    // A template that cannot be read is the default, as one the organisation did not edit.
    std::optional<LetterTemplate> stored;
    ServiceError ignored;
    if (LetterRepository::storedTemplate(m_session.store().database(), codes::code(kind), &stored,
                                         &ignored)
        && stored)
        return *stored;
    LetterTemplate result;
    result.kind = kind;
    result.html = LetterTemplates::defaultHtml(kind);
    return result;
}

QList<LetterTemplate> LetterService::templates() const
{
    QList<LetterTemplate> result;
    for (LetterKind kind : LetterCodes::kinds())
        result << templateFor(kind);
    return result;
}

bool LetterService::saveTemplate(LetterKind kind, const QString &html, BsnCheck bsnCheck,
                                 ServiceError *error)
{
    const QString code = codes::code(kind);
    UnitOfWork unit(m_session, Permission::ChangeSettings, QStringLiteral("letter_template.saved"),
                    code);
    if (!unit.permit(error))
        return false;
    if (const QStringList problems = LetterTemplates::check(kind, html); !problems.isEmpty()) {
        *error = { ServiceError::Code::Invalid, problems.join(u' '), {} };
        return false;
    }
    // The text as printed, and what is not printed: HTML comments and tag attributes, where a
    // number would travel with every copy of the template.
    static const QRegularExpression markup(QStringLiteral("<!--.*?-->|<[^>]*>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QStringList hidden;
    for (auto it = markup.globalMatch(html); it.hasNext();)
        hidden << it.next().captured(0);
    if (!unit.guard({ { tr("Letter template"), LetterTemplates::plainText(html) },
                      { tr("Letter template (HTML code and comments)"), hidden.join(u'\n') } },
                    bsnCheck, error))
        return false;
    const LetterTemplate before = templateFor(kind);
    if (before.html == html)
        return true;
    if (html == LetterTemplates::defaultHtml(kind))
        return resetTemplate(kind, error);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::replaceTemplate(
                    write.database(), code, html,
                    m_session.clock().now().toString(Qt::ISODateWithMs), m_session.userName(),
                    failure))
                return false;
            write.record(templateEntity, code, QStringLiteral("letter_template.changed"),
                         { { QStringLiteral("kind"), code },
                           { QStringLiteral("sha256"),
                             QJsonArray { sha256Hex(before.html), sha256Hex(html) } },
                           { QStringLiteral("was_default"), !before.customised } });
            return true;
        },
        error);
}

bool LetterService::resetTemplate(LetterKind kind, ServiceError *error)
{
    const QString code = codes::code(kind);
    UnitOfWork unit(m_session, Permission::ChangeSettings, QStringLiteral("letter_template.reset"),
                    code);
    if (!unit.permit(error))
        return false;
    const LetterTemplate before = templateFor(kind);
    if (!before.customised)
        return true;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::removeTemplate(write.database(), code, failure))
                return false;
            write.record(templateEntity, code, QStringLiteral("letter_template.reset"),
                         { { QStringLiteral("kind"), code },
                           { QStringLiteral("sha256"),
                             QJsonArray { sha256Hex(before.html),
                                          sha256Hex(LetterTemplates::defaultHtml(kind)) } } });
            return true;
        },
        error);
}

std::optional<Letter> LetterService::record(const RenderedLetter &shown, BsnCheck bsnCheck,
                                            ServiceError *error,
                                            const std::optional<LetterPrintJob> &printed)
{
    UnitOfWork unit(m_session, Permission::ProduceDocuments, QStringLiteral("case.letter"),
                    shown.caseNumber);
    if (!unit.permit(error))
        return std::nullopt;
    const std::optional<RenderedLetter> fresh = render(shown.caseNumber, shown.kind, error);
    if (!fresh)
        return std::nullopt;
    if (fresh->html != shown.html) {
        *error = { ServiceError::Code::Invalid,
                   tr("The letter changed since it was shown (the request, the organisation's "
                      "details or the template changed): look at it again before it is "
                      "recorded."),
                   {} };
        return std::nullopt;
    }
    // The officer's last edit, when there was one, is what goes out and what is kept.
    const bool edited = !shown.editedHtml.isEmpty() && shown.editedHtml != fresh->html;
    const QString &text = edited ? shown.editedHtml : fresh->html;
    if (edited
        && (shown.editedHtml.size() > LetterTemplates::maxRenderedChars
            || LetterTemplates::plainText(text).trimmed().isEmpty())) {
        *error = { ServiceError::Code::Invalid,
                   //: Dutch: "De aangepaste brief is leeg of te lang: hij is niet vastgelegd."
                   tr("The edited letter is empty or too long: it was not recorded."),
                   {} };
        return std::nullopt;
    }
    // The guard finds in the letter's text what render() found (fresh->bsnFindings), and in an
    // edited text what the officer typed.
    if (!unit.guard({ { tr("Letter"), LetterTemplates::plainText(text) } }, bsnCheck, error))
        return std::nullopt;
    const std::optional<Case> c = CaseService(m_session).find(shown.caseNumber);
    if (!c) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no request %1.").arg(shown.caseNumber),
                   {} };
        return std::nullopt;
    }
    Letter letter;
    letter.caseNumber = c->number;
    letter.kind = fresh->kind;
    letter.html = text;
    letter.sha256 = sha256Hex(text);
    letter.generatedAt = m_session.clock().now();
    letter.generatedBy = m_session.userName();
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::insertLetter(write.database(), c->id, &letter, failure))
                return false;
            QJsonObject payload { { QStringLiteral("kind"), codes::code(letter.kind) },
                                  { QStringLiteral("sha256"), letter.sha256 },
                                  { QStringLiteral("letter"), letter.id } };
            if (printed) {
                payload.insert(QStringLiteral("printer"), printed->printer);
                payload.insert(QStringLiteral("print_job"), printed->job);
            }
            if (edited) {
                payload.insert(QStringLiteral("edited"), true);
                payload.insert(QStringLiteral("rendered_sha256"), sha256Hex(fresh->html));
            }
            write.record(caseEntity, c->number, QStringLiteral("case.letter"), payload);
            return true;
        },
        error);
    if (!recorded)
        return std::nullopt;
    return letter;
}

std::optional<Letter> LetterService::generate(const QString &caseNumber, LetterKind kind,
                                              BsnCheck bsnCheck, ServiceError *error)
{
    // The write's own check first: a role that may not record a letter is refused as such,
    // not for reading the request it would render.
    if (!m_session.permit(Permission::ProduceDocuments, QStringLiteral("case.letter"),
                          caseNumber.trimmed().toUpper(), error))
        return std::nullopt;
    const std::optional<RenderedLetter> rendered = render(caseNumber, kind, error);
    if (!rendered)
        return std::nullopt;
    return record(*rendered, bsnCheck, error);
}

bool LetterService::recordDispatch(const QString &caseNumber, qint64 letterId, QDate sentOn,
                                   const QString &how, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ProduceDocuments, QStringLiteral("case.letter_sent"),
                    caseNumber);
    if (!unit.permit(error))
        return false;
    const auto invalid = [error](const QString &message) {
        *error = { ServiceError::Code::Invalid, message, {} };
        return false;
    };
    if (how.trimmed().isEmpty())
        return invalid(tr("Say how the letter was sent (per post, per e-mail, aangetekend, ...)."));
    if (!guardDispatch(unit, how, tr("How it was sent"), bsnCheck, error))
        return false;
    const std::optional<Letter> letter = [&]() -> std::optional<Letter> {
        for (const Letter &l : letters(caseNumber)) {
            if (l.id == letterId)
                return l;
        }
        return std::nullopt;
    }();
    if (!letter) {
        *error = { ServiceError::Code::NotFound,
                   tr("Request %1 has no letter %2.").arg(caseNumber).arg(letterId),
                   {} };
        return false;
    }
    if (letter->isSent())
        return invalid(
            tr("This letter was already recorded as sent on %1 (%2).")
                .arg(QLocale().toString(letter->sentOn, QLocale::ShortFormat), letter->sentHow));
    if (letter->destroyed)
        return invalid(tr("This letter was destroyed under the retention rules."));
    const QDate made = organisationDay(letter->generatedAt);
    if (!sentOn.isValid())
        return invalid(tr("Enter the day the letter was sent."));
    if (sentOn < made)
        return invalid(tr("A letter cannot have been sent before it was made (%1).")
                           .arg(QLocale().toString(made, QLocale::ShortFormat)));
    if (sentOn > m_session.clock().today())
        return invalid(tr("The day the letter was sent lies in the future."));

    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::markLetterSent(
                    write.database(), letterId, sentOn, how,
                    m_session.clock().now().toString(Qt::ISODateWithMs), m_session.userName(),
                    failure))
                return false;
            write.record(caseEntity, letter->caseNumber, QStringLiteral("case.letter_sent"),
                         { { QStringLiteral("letter"), QString::number(letterId) },
                           { QStringLiteral("kind"), codes::code(letter->kind) },
                           { QStringLiteral("sha256"), letter->sha256 },
                           { QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate) },
                           { QStringLiteral("how"), how.trimmed() } });
            return true;
        },
        error);
}

QList<Letter> LetterService::letters(const QString &caseNumber, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("letter.read"), caseNumber,
                              error))
        return {};
    // Never "no letters were made" for a list that could not be read.
    ServiceError failure;
    return LetterRepository::lettersOf(m_session.store().database(), caseNumber.trimmed().toUpper(),
                                       error ? error : &failure)
        .value_or(QList<Letter> {});
}

} // namespace pd
