#pragma once

#include "letters/BreachLetters.h"
#include "letters/LetterKind.h"
#include "letters/Letters.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

#include <optional>

namespace pd {

// The one record keeper of the letters: the only code that writes SQL naming the
// tables letter_templates (the organisation's templates), letters (the letters of a request)
// and breach_letters (the letters to the persons concerned by a data breach). A letter of
// either kind is kept the same way: its text with the SHA-256 of its UTF-8 (digest()), who
// made it and when, and once sent the day and how; the retention rules empty its text.
//
// Reads run on the connection they are given and report a failed read as an error
// (ServiceError::fromSql of the query's error), never as an empty list: they return
// std::nullopt (or false) only when *error says why. Writes run on the statement they are
// given, inside the caller's UnitOfWork (LetterService, BreachLetterService), and set *error
// when they fail.
class LetterRepository final
{
public:
    // The hex SHA-256 over the UTF-8 text of a letter: what is stored with it and named in its
    // audit event.
    static QString digest(const QString &html);

    // --- the templates ---

    // The organisation's version of the template of this kind: false when the read failed,
    // true with *found empty when the organisation kept the default. A found template has
    // kind, html, changedAt, changedBy and customised set.
    static bool storedTemplate(const QSqlDatabase &db, LetterKind kind,
                               std::optional<LetterTemplate> *found, ServiceError *error);
    // Stores html as the organisation's version of the template of this kind.
    static bool replaceTemplate(const QSqlDatabase &db, LetterKind kind, const QString &html,
                                const QString &changedAt, const QString &changedBy,
                                ServiceError *error);
    // Removes the organisation's version: the default applies again.
    static bool removeTemplate(const QSqlDatabase &db, LetterKind kind, ServiceError *error);

    // --- the letters of a request ---

    // Records *letter (kind, html, sha256, generatedAt, generatedBy) for the request with this
    // id; letter->id gets its id.
    static bool insertLetter(const QSqlDatabase &db, qint64 caseId, Letter *letter,
                             ServiceError *error);
    // The letter went out on sentOn, how; false (with the query's error) unless exactly one
    // letter that was not sent yet was marked.
    static bool markLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                               const QString &how, const QString &recordedAt,
                               const QString &recordedBy, ServiceError *error);
    // The request's letters, oldest first; caseNumber as stored.
    static std::optional<QList<Letter>> lettersOf(const QSqlDatabase &db, const QString &caseNumber,
                                                  ServiceError *error);

    // --- the letters of a data breach ---

    // Records *letter (breachNumber, personId, kind, html, sha256, generatedAt, generatedBy)
    // with the breach of its number; letter->id gets its id.
    static bool insertBreachLetter(const QSqlDatabase &db, BreachLetter *letter,
                                   ServiceError *error);
    // As markLetterSent, for a breach letter.
    static bool markBreachLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                                     const QString &how, const QString &recordedAt,
                                     const QString &recordedBy, ServiceError *error);
    // The breach's letters, oldest first; number as stored.
    static std::optional<QList<BreachLetter>>
    breachLettersOf(const QSqlDatabase &db, const QString &number, ServiceError *error);

    // --- for the retention rules (retention/Retention*) ---

    // caseIdCondition: what follows "case_id" to select the requests, with its values (e.g.
    // " IN (SELECT id FROM cases WHERE person_id = ?)").
    // How many of their letters still hold their text.
    static std::optional<int> letterTextsCount(const QSqlDatabase &db,
                                               const QString &caseIdCondition,
                                               const QVariantList &values, ServiceError *error);
    // Their letters' texts go (and how they were sent); kind, date and hash stay as proof,
    // destroyed_at is now.
    static bool eraseLetterTexts(const QSqlDatabase &db, const QString &caseIdCondition,
                                 const QVariantList &values, const QString &now,
                                 ServiceError *error);
    // How many breach letters to the person still hold their text.
    static std::optional<int> breachLetterTextsCount(const QSqlDatabase &db, qint64 personId,
                                                     ServiceError *error);
    // The numbers of the data breaches whose letters to the person still hold their text, in
    // order (run on query).
    static bool breachesWrittenTo(const QSqlDatabase &db, qint64 personId, QStringList *numbers,
                                  ServiceError *error);
    // The texts of the breach letters to the person go, as eraseLetterTexts.
    static bool eraseBreachLetterTexts(const QSqlDatabase &db, qint64 personId, const QString &now,
                                       ServiceError *error);
    // How many letters the breach has (RetentionService::planBreachDestruction).
    static std::optional<int> breachLetterCount(const QSqlDatabase &db, const QString &number,
                                                ServiceError *error);
    // The breach's letters go whole when the breach is destroyed (they name the people).
    static bool purgeBreachLetters(const QSqlDatabase &db, const QString &number,
                                   ServiceError *error);
};

} // namespace pd
