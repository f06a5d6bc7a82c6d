// Storing what the letters of a request leave behind: the organisation's templates (saved, reset
// to the default) and the letters made and sent, each with its audit event in one transaction.
#include "documents/Letters.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

const QString caseEntity = QStringLiteral("case");
const QString templateEntity = QStringLiteral("letter-template");

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString Letter::title() const
{
    return LetterCodes::dutchTitle(kind) + u' ' + caseNumber;
}

AuditLog LetterService::audit() const
{
    return AuditLog(m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
}

LetterTemplate LetterService::templateFor(LetterKind kind) const
{
    LetterTemplate result;
    result.kind = kind;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT body, changed_at, changed_by FROM letter_templates WHERE kind = ?"));
    query.addBindValue(LetterCodes::code(kind));
    if (query.exec() && query.next()) {
        result.html = query.value(0).toString();
        result.customised = true;
        result.changedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        result.changedBy = query.value(2).toString();
        return result;
    }
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

bool LetterService::saveTemplate(LetterKind kind, const QString &html, bool bsnOverride,
                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("letter_template.saved"), LetterCodes::code(kind), error))
        return false;
    *error = {};
    if (const QStringList problems = LetterTemplates::check(kind, html); !problems.isEmpty()) {
        *error = { ServiceError::Code::Invalid, problems.join(u' '), {} };
        return false;
    }
    // The text as printed, and what is not printed: HTML comments and tag attributes, where a
    // number would travel with every copy of the template (issue 15).
    static const QRegularExpression markup(QStringLiteral("<!--.*?-->|<[^>]*>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QStringList hidden;
    for (auto it = markup.globalMatch(html); it.hasNext();)
        hidden << it.next().captured(0);
    const BsnGuard::GuardResult guard = BsnGuard::checkFields(
        { { tr("Letter template"), LetterTemplates::plainText(html) },
          { tr("Letter template (HTML code and comments)"), hidden.join(u'\n') } },
        bsnOverride);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }
    const LetterTemplate before = templateFor(kind);
    if (before.html == html)
        return true;
    if (html == LetterTemplates::defaultHtml(kind))
        return resetTemplate(kind, error);

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    const QString code = LetterCodes::code(kind);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ?"));
    query.addBindValue(code);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO letter_templates (kind, body, changed_at, "
                                     "changed_by) VALUES (?, ?, ?, ?)"));
        query.addBindValue(code);
        query.addBindValue(html);
        query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
        query.addBindValue(m_store.userName());
        ok = query.exec();
    }
    if (!ok) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    const QString actor = m_store.userName();
    ok = log.append(
        actor, templateEntity, code, QStringLiteral("letter_template.changed"),
        { { QStringLiteral("kind"), code },
          { QStringLiteral("sha256"), QJsonArray { sha256Hex(before.html), sha256Hex(html) } },
          { QStringLiteral("was_default"), !before.customised } },
        &auditError);
    if (ok && guard.overridden)
        ok = log.append(actor, templateEntity, code, QStringLiteral("bsn.override"),
                        guard.auditPayload(), &auditError);
    if (!ok) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool LetterService::resetTemplate(LetterKind kind, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("letter_template.reset"), LetterCodes::code(kind), error))
        return false;
    *error = {};
    const LetterTemplate before = templateFor(kind);
    if (!before.customised)
        return true;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    const QString code = LetterCodes::code(kind);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM letter_templates WHERE kind = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    QString auditError;
    if (!audit().append(m_store.userName(), templateEntity, code,
                        QStringLiteral("letter_template.reset"),
                        { { QStringLiteral("kind"), code },
                          { QStringLiteral("sha256"),
                            QJsonArray { sha256Hex(before.html),
                                         sha256Hex(LetterTemplates::defaultHtml(kind)) } } },
                        &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

std::optional<Letter> LetterService::record(const RenderedLetter &shown, bool bsnOverride,
                                            ServiceError *error,
                                            const std::optional<LetterPrintJob> &printed)
{
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments, QStringLiteral("case.letter"),
                   shown.caseNumber, error))
        return std::nullopt;
    *error = {};
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
    if (!fresh->bsnFindings.isEmpty() && !bsnOverride) {
        *error = { ServiceError::Code::BsnRefused,
                   BsnGuard::refusalMessage(fresh->bsnFindings, tr("Letter")), fresh->bsnFindings };
        return std::nullopt;
    }
    const std::optional<Case> c = CaseService(m_store, m_clock).find(shown.caseNumber);
    if (!c) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no request %1.").arg(shown.caseNumber),
                   {} };
        return std::nullopt;
    }
    Letter letter;
    letter.caseNumber = c->number;
    letter.kind = fresh->kind;
    letter.html = fresh->html;
    letter.sha256 = sha256Hex(fresh->html);
    letter.generatedAt = m_clock.now();
    letter.generatedBy = m_store.userName();

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
                                 "generated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c->id);
    query.addBindValue(LetterCodes::code(letter.kind));
    query.addBindValue(letter.html);
    query.addBindValue(letter.sha256);
    query.addBindValue(letter.generatedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(letter.generatedBy);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QSqlError idError;
    letter.id = sql::lastInsertedId(m_store.database(), &idError);
    if (letter.id == 0) {
        *error = ServiceError::fromSql(idError);
        return std::nullopt;
    }
    AuditLog log = audit();
    QString auditError;
    QJsonObject payload { { QStringLiteral("kind"), LetterCodes::code(letter.kind) },
                          { QStringLiteral("sha256"), letter.sha256 },
                          { QStringLiteral("letter"), letter.id } };
    if (printed) {
        payload.insert(QStringLiteral("printer"), printed->printer);
        payload.insert(QStringLiteral("print_job"), printed->job);
    }
    bool ok = log.append(letter.generatedBy, caseEntity, c->number, QStringLiteral("case.letter"),
                         payload, &auditError);
    if (ok && !fresh->bsnFindings.isEmpty())
        ok = log.append(letter.generatedBy, caseEntity, c->number, QStringLiteral("bsn.override"),
                        BsnGuard::overridePayload(fresh->bsnFindings), &auditError);
    if (!ok) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    return letter;
}

std::optional<Letter> LetterService::generate(const QString &caseNumber, LetterKind kind,
                                              bool bsnOverride, ServiceError *error)
{
    // The write's own check first: a role that may not record a letter is refused as such,
    // not for reading the request it would render.
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments, QStringLiteral("case.letter"),
                   caseNumber.trimmed().toUpper(), error))
        return std::nullopt;
    const std::optional<RenderedLetter> rendered = render(caseNumber, kind, error);
    if (!rendered)
        return std::nullopt;
    return record(*rendered, bsnOverride, error);
}

bool LetterService::recordDispatch(const QString &caseNumber, qint64 letterId, QDate sentOn,
                                   const QString &how, bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ProduceDocuments,
                   QStringLiteral("case.letter_sent"), caseNumber, error))
        return false;
    *error = {};
    const auto invalid = [error](const QString &message) {
        *error = { ServiceError::Code::Invalid, message, {} };
        return false;
    };
    if (how.trimmed().isEmpty())
        return invalid(tr("Say how the letter was sent (per post, per e-mail, aangetekend, ...)."));
    const BsnGuard::GuardResult guard = BsnGuard::check(how, tr("How it was sent"), bsnOverride);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }
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
    if (sentOn > m_clock.today())
        return invalid(tr("The day the letter was sent lies in the future."));

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE letters SET sent_on = ?, sent_how = ?, sent_recorded_at = ?, sent_recorded_by = "
        "? WHERE id = ? AND sent_on IS NULL"));
    query.addBindValue(sentOn.toString(Qt::ISODate));
    query.addBindValue(how.trimmed());
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(m_store.userName());
    query.addBindValue(letterId);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), caseEntity, letter->caseNumber,
                    QStringLiteral("case.letter_sent"),
                    { { QStringLiteral("letter"), QString::number(letterId) },
                      { QStringLiteral("kind"), LetterCodes::code(letter->kind) },
                      { QStringLiteral("sha256"), letter->sha256 },
                      { QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate) },
                      { QStringLiteral("how"), how.trimmed() } },
                    &auditError)
        || (guard.overridden
            && !log.append(m_store.userName(), caseEntity, letter->caseNumber,
                           QStringLiteral("bsn.override"), guard.auditPayload(), &auditError))) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

QList<Letter> LetterService::letters(const QString &caseNumber, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!readable(m_store, m_clock, Permission::ViewAllCases, QStringLiteral("letter.read"),
                  caseNumber, error))
        return {};
    QList<Letter> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, c.number, l.kind, l.body, l.sha256, l.generated_at, l.generated_by, "
        "l.destroyed_at, l.sent_on, l.sent_how FROM letters l JOIN cases c ON c.id = l.case_id "
        "WHERE c.number = ? ORDER BY l.id"));
    query.addBindValue(caseNumber.trimmed().toUpper());
    if (!query.exec()) {
        // Never "no letters were made" for a list that could not be read (issue 15).
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return result;
    }
    while (query.next()) {
        Letter letter;
        letter.id = query.value(0).toLongLong();
        letter.caseNumber = query.value(1).toString();
        letter.kind = LetterCodes::kind(query.value(2).toString())
                          .value_or(LetterKind::Ontvangstbevestiging);
        letter.html = query.value(3).toString();
        letter.sha256 = query.value(4).toString();
        letter.generatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        letter.generatedBy = query.value(6).toString();
        letter.destroyed = !query.isNull(7);
        letter.destroyedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        letter.sentOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        letter.sentHow = query.value(9).toString();
        result << letter;
    }
    return result;
}

} // namespace pd
