#include "letters/LetterRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/Statements.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::count;
using statements::failed;
using statements::run;

// The breach's id by its number, as a subquery with one value (the number).
QString ofBreach()
{
    return QStringLiteral("(SELECT b.id FROM ") + BreachRepository::tableSql(u"b")
        + QStringLiteral(" WHERE ") + BreachRepository::numberSql(u"b") + QStringLiteral(" = ?)");
}

// What both kinds of letter record when one went out: once, on the letter not sent yet.
bool markSent(QSqlQuery &query, const QString &sql, qint64 letterId, QDate sentOn,
              const QString &how, const QString &recordedAt, const QString &recordedBy,
              ServiceError *error)
{
    return (sql::execute(
                query, sql,
                { sentOn.toString(Qt::ISODate), how.trimmed(), recordedAt, recordedBy, letterId })
            && query.numRowsAffected() == 1)
        || failed(query, error);
}

// Every read of either kind of letter selects letterColumns, then the letter's request's or
// breach's number, then a breach letter's person.
// clang-format off
enum LetterColumn {
    Id, Kind, Body, Sha256, GeneratedAt, GeneratedBy, DestroyedAt, SentOn, SentHow, Number, PersonId
};
// clang-format on

// The columns both kinds share, in LetterColumn's order; without the texts the body is NULL.
QString letterColumns(bool withTexts)
{
    return QStringLiteral("l.id, l.kind, ") + (withTexts ? u"l.body"_s : u"NULL"_s)
        + QStringLiteral(", l.sha256, l.generated_at, l.generated_by, l.destroyed_at, l.sent_on, "
                         "l.sent_how, ");
}

// What both kinds of letter read of letterColumns.
template<typename AnyLetter> AnyLetter letterFrom(const QSqlQuery &query)
{
    AnyLetter letter;
    letter.id = query.value(Id).toLongLong();
    letter.kind = codes::from<LetterKind>(query.value(Kind).toString()).value_or(letter.kind);
    letter.html = query.value(Body).toString();
    letter.sha256 = query.value(Sha256).toString();
    letter.generatedAt
        = QDateTime::fromString(query.value(GeneratedAt).toString(), Qt::ISODateWithMs);
    letter.generatedBy = query.value(GeneratedBy).toString();
    letter.destroyed = !query.isNull(DestroyedAt);
    letter.sentOn = QDate::fromString(query.value(SentOn).toString(), Qt::ISODate);
    letter.sentHow = query.value(SentHow).toString();
    return letter;
}

BreachLetter breachLetterFrom(const QSqlQuery &query)
{
    BreachLetter letter = letterFrom<BreachLetter>(query);
    letter.breachNumber = query.value(Number).toString();
    letter.personId = query.value(PersonId).toLongLong();
    return letter;
}

// The breach letters of the breach numbered `number` that meet `condition`, in the order made.
std::optional<QList<BreachLetter>> breachLetters(const QSqlDatabase &db, bool withTexts,
                                                 const QString &condition,
                                                 const QVariantList &values, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + letterColumns(withTexts)
                 + BreachRepository::numberSql(u"b")
                 + QStringLiteral(", l.person_id FROM breach_letters l ")
                 + BreachRepository::joinSql(u"b", u"l.breach_id") + QStringLiteral(" WHERE ")
                 + BreachRepository::numberSql(u"b") + QStringLiteral(" = ?") + condition
                 + QStringLiteral(" ORDER BY l.id"),
             values, error))
        return std::nullopt;
    return statements::rows(query, breachLetterFrom, error);
}

} // namespace

QString LetterRepository::digest(const QString &html)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(html.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// --- the templates -------------------------------------------------------------------------

bool LetterRepository::storedTemplate(const QSqlDatabase &db, const QString &key,
                                      std::optional<LetterTemplate> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!sql::execute(
            query,
            QStringLiteral(
                "SELECT body, changed_at, changed_by FROM letter_templates WHERE kind = ?"),
            { key }))
        return failed(query, error);
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    enum TemplateColumn { TemplateBody, TemplateChangedAt, TemplateChangedBy };
    LetterTemplate stored;
    stored.kind = codes::from<LetterKind>(key).value_or(LetterKind::Ontvangstbevestiging);
    stored.html = query.value(TemplateBody).toString();
    stored.customised = true;
    stored.changedAt
        = QDateTime::fromString(query.value(TemplateChangedAt).toString(), Qt::ISODateWithMs);
    stored.changedBy = query.value(TemplateChangedBy).toString();
    *found = stored;
    return true;
}

bool LetterRepository::replaceTemplate(const QSqlDatabase &db, const QString &key,
                                       const QString &html, const QString &changedAt,
                                       const QString &changedBy, ServiceError *error)
{
    if (!removeTemplate(db, key, error))
        return false;
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("INSERT INTO letter_templates (kind, body, changed_at, "
                                       "changed_by) VALUES (?, ?, ?, ?)"),
                        { key, html, changedAt, changedBy })
        || failed(query, error);
}

bool LetterRepository::removeTemplate(const QSqlDatabase &db, const QString &key,
                                      ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query, QStringLiteral("DELETE FROM letter_templates WHERE kind = ?"),
                        { key })
        || failed(query, error);
}

// --- the letters of a request --------------------------------------------------------------

bool LetterRepository::insertLetter(const QSqlDatabase &db, qint64 caseId, Letter *letter,
                                    ServiceError *error)
{
    return statements::insert(
        db,
        QStringLiteral("INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
                       "generated_by) VALUES (?, ?, ?, ?, ?, ?)"),
        { caseId, codes::code(letter->kind), letter->html, letter->sha256,
          letter->generatedAt.toString(Qt::ISODateWithMs), letter->generatedBy },
        &letter->id, error);
}

bool LetterRepository::markLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                                      const QString &how, const QString &recordedAt,
                                      const QString &recordedBy, ServiceError *error)
{
    QSqlQuery query(db);
    return markSent(query,
                    QStringLiteral("UPDATE letters SET sent_on = ?, sent_how = ?, sent_recorded_at "
                                   "= ?, sent_recorded_by = ? WHERE id = ? AND sent_on IS NULL"),
                    letterId, sentOn, how, recordedAt, recordedBy, error);
}

std::optional<QList<Letter>>
LetterRepository::lettersOf(const QSqlDatabase &db, const QString &caseNumber, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + letterColumns(true) + CaseRepository::numberSql()
                 + QStringLiteral(" FROM letters l ") + CaseRepository::joinSql(u"c", u"l.case_id")
                 + QStringLiteral(" WHERE ") + CaseRepository::numberSql()
                 + QStringLiteral(" = ? ORDER BY l.id"),
             { caseNumber }, error))
        return std::nullopt;
    return statements::rows(
        query,
        [](const QSqlQuery &row) {
            Letter letter = letterFrom<Letter>(row);
            letter.caseNumber = row.value(Number).toString();
            letter.destroyedAt
                = QDateTime::fromString(row.value(DestroyedAt).toString(), Qt::ISODateWithMs);
            return letter;
        },
        error);
}

// --- the letters of a data breach ----------------------------------------------------------

bool LetterRepository::insertBreachLetter(const QSqlDatabase &db, BreachLetter *letter,
                                          ServiceError *error)
{
    QSqlQuery query(db);
    if (!sql::execute(
            query,
            QStringLiteral("INSERT INTO breach_letters (breach_id, person_id, kind, body, "
                           "sha256, generated_at, generated_by) SELECT b.id, ?, ?, ?, ?, ?, "
                           "? FROM ")
                + BreachRepository::tableSql(u"b") + QStringLiteral(" WHERE ")
                + BreachRepository::numberSql(u"b") + QStringLiteral(" = ?"),
            { letter->personId, codes::code(letter->kind), letter->html, letter->sha256,
              letter->generatedAt.toString(Qt::ISODateWithMs), letter->generatedBy,
              letter->breachNumber })
        || query.numRowsAffected() != 1)
        return failed(query, error);
    return statements::insertedId(db, &letter->id, error);
}

bool LetterRepository::markBreachLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                                            const QString &how, const QString &recordedAt,
                                            const QString &recordedBy, ServiceError *error)
{
    QSqlQuery query(db);
    return markSent(query,
                    QStringLiteral("UPDATE breach_letters SET sent_on = ?, sent_how = ?, "
                                   "sent_recorded_at = ?, sent_recorded_by = ? WHERE id = ? AND "
                                   "sent_on IS NULL"),
                    letterId, sentOn, how, recordedAt, recordedBy, error);
}

std::optional<QList<BreachLetter>> LetterRepository::breachLettersOf(const QSqlDatabase &db,
                                                                     const QString &number,
                                                                     ServiceError *error)
{
    return breachLetters(db, true, {}, { number }, error);
}

std::optional<QList<BreachLetter>> LetterRepository::breachLettersTo(const QSqlDatabase &db,
                                                                     const QString &number,
                                                                     const QList<qint64> &personIds,
                                                                     bool withTexts,
                                                                     ServiceError *error)
{
    QVariantList values { number };
    QString persons;
    for (qint64 id : personIds) {
        persons
            += persons.isEmpty() ? QStringLiteral(" AND l.person_id IN (?") : QStringLiteral(", ?");
        values << id;
    }
    if (!persons.isEmpty())
        persons += u')';
    return breachLetters(db, withTexts, persons, values, error);
}

std::optional<QList<qint64>> LetterRepository::linkedPersonsByPostcode(const QSqlDatabase &db,
                                                                       const QString &number,
                                                                       int offset, int limit,
                                                                       ServiceError *error)
{
    const QString postcode = PersonRepository::postcodeSql(u"q");
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query,
                      QStringLiteral("SELECT lp.id FROM (")
                          + BreachRepository::linkedPersonsSql(db).arg(ofBreach())
                          + QStringLiteral(") lp ") + PersonRepository::joinSql(u"q", u"lp.id")
                          + QStringLiteral(" ORDER BY CASE WHEN %1 IS NULL OR %1 = '' THEN 1 "
                                           "ELSE 0 END, ")
                                .arg(postcode)
                          + sql::byteOrder(db, postcode) + QStringLiteral(", ")
                          + sql::byteOrder(db, PersonRepository::nameSql(u"q"))
                          + QStringLiteral(", lp.id LIMIT ? OFFSET ?"),
                      { number, limit, offset })) {
        failed(query, error);
        return std::nullopt;
    }
    return statements::rows(
        query, [](const QSqlQuery &row) { return row.value(0).toLongLong(); }, error);
}

// --- what the retention rules read and destroy: the texts of a person's letters, a
// destroyed data breach's letters ---
std::optional<int> LetterRepository::letterTextsCount(const QSqlDatabase &db,
                                                      const QString &caseIdCondition,
                                                      const QVariantList &values,
                                                      ServiceError *error)
{
    return count(db,
                 QStringLiteral("SELECT count(*) FROM letters WHERE body IS NOT NULL AND case_id")
                     + caseIdCondition,
                 values, error);
}

bool LetterRepository::eraseLetterTexts(const QSqlDatabase &db, const QString &caseIdCondition,
                                        const QVariantList &values, const QString &now,
                                        ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE letters SET body = NULL, sent_how = NULL, destroyed_at = ? "
                              "WHERE body IS NOT NULL AND case_id")
                   + caseIdCondition,
               QVariantList { now } + values, error);
}

std::optional<int> LetterRepository::breachLetterTextsCount(const QSqlDatabase &db, qint64 personId,
                                                            ServiceError *error)
{
    return count(db,
                 QStringLiteral("SELECT count(*) FROM breach_letters WHERE body IS NOT NULL AND "
                                "person_id = ?"),
                 { personId }, error);
}

bool LetterRepository::breachesWrittenTo(const QSqlDatabase &db, qint64 personId,
                                         QStringList *numbers, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT DISTINCT ") + BreachRepository::numberSql(u"b")
                 + QStringLiteral(" FROM breach_letters l ")
                 + BreachRepository::joinSql(u"b", u"l.breach_id")
                 + QStringLiteral(" WHERE l.body IS NOT NULL AND l.person_id = ? ORDER BY ")
                 + BreachRepository::numberSql(u"b"),
             { personId }, error))
        return false;
    while (query.next())
        *numbers << query.value(0).toString();
    return !query.lastError().isValid() || failed(query, error);
}

bool LetterRepository::eraseBreachLetterTexts(const QSqlDatabase &db, qint64 personId,
                                              const QString &now, ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE breach_letters SET body = NULL, sent_how = NULL, "
                              "destroyed_at = ? WHERE body IS NOT NULL AND person_id = ?"),
               { now, personId }, error);
}

std::optional<int> LetterRepository::breachLetterCount(const QSqlDatabase &db,
                                                       const QString &number, ServiceError *error)
{
    return count(
        db, QStringLiteral("SELECT count(*) FROM breach_letters WHERE breach_id = ") + ofBreach(),
        { number }, error);
}

bool LetterRepository::purgeBreachLetters(const QSqlDatabase &db, const QString &number,
                                          ServiceError *error)
{
    return run(db, QStringLiteral("DELETE FROM breach_letters WHERE breach_id = ") + ofBreach(),
               { number }, error);
}

} // namespace pd
