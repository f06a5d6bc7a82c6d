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

// The only code that writes SQL on letter_templates, letters and breach_letters; the writes run
// inside the caller's UnitOfWork.
class LetterRepository final
{
public:
    // Hex SHA-256 over the UTF-8 text, as stored and named in the audit event.
    static QString digest(const QString &html);

    // A template by its key: a letter kind's code, or another text kept the same way (the e-mail
    // text of a kind). false when the read failed; *found empty when the organisation kept the
    // default.
    static bool storedTemplate(const QSqlDatabase &db, const QString &key,
                               std::optional<LetterTemplate> *found, ServiceError *error);
    static bool replaceTemplate(const QSqlDatabase &db, const QString &key, const QString &html,
                                const QString &changedAt, const QString &changedBy,
                                ServiceError *error);
    static bool removeTemplate(const QSqlDatabase &db, const QString &key, ServiceError *error);

    static bool insertLetter(const QSqlDatabase &db, qint64 caseId, Letter *letter,
                             ServiceError *error);
    // false unless exactly one letter not yet sent was marked.
    static bool markLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                               const QString &how, const QString &recordedAt,
                               const QString &recordedBy, ServiceError *error);
    static std::optional<QList<Letter>> lettersOf(const QSqlDatabase &db, const QString &caseNumber,
                                                  ServiceError *error);

    static bool insertBreachLetter(const QSqlDatabase &db, BreachLetter *letter,
                                   ServiceError *error);
    static bool markBreachLetterSent(const QSqlDatabase &db, qint64 letterId, QDate sentOn,
                                     const QString &how, const QString &recordedAt,
                                     const QString &recordedBy, ServiceError *error);
    static std::optional<QList<BreachLetter>>
    breachLettersOf(const QSqlDatabase &db, const QString &number, ServiceError *error);
    // The breach's letters to these people (to anyone: personIds empty), in the order made; their
    // texts only withTexts (a run over all the people reads them a page at a time).
    static std::optional<QList<BreachLetter>> breachLettersTo(const QSqlDatabase &db,
                                                              const QString &number,
                                                              const QList<qint64> &personIds,
                                                              bool withTexts, ServiceError *error);
    // A page of the people linked to the breach, as the post sorts them: by postcode (those
    // without one last), then name and id.
    static std::optional<QList<qint64>> linkedPersonsByPostcode(const QSqlDatabase &db,
                                                                const QString &number, int offset,
                                                                int limit, ServiceError *error);

    // caseIdCondition: the SQL after "case_id" that selects the requests, bound with values.
    static std::optional<int> letterTextsCount(const QSqlDatabase &db,
                                               const QString &caseIdCondition,
                                               const QVariantList &values, ServiceError *error);
    // Kind, date and hash stay as proof.
    static bool eraseLetterTexts(const QSqlDatabase &db, const QString &caseIdCondition,
                                 const QVariantList &values, const QString &now,
                                 ServiceError *error);
    static std::optional<int> breachLetterTextsCount(const QSqlDatabase &db, qint64 personId,
                                                     ServiceError *error);
    static bool breachesWrittenTo(const QSqlDatabase &db, qint64 personId, QStringList *numbers,
                                  ServiceError *error);
    static bool eraseBreachLetterTexts(const QSqlDatabase &db, qint64 personId, const QString &now,
                                       ServiceError *error);
    static std::optional<int> breachLetterCount(const QSqlDatabase &db, const QString &number,
                                                ServiceError *error);
    // Whole, not only their text: they name the people.
    static bool purgeBreachLetters(const QSqlDatabase &db, const QString &number,
                                   ServiceError *error);
};

} // namespace pd
