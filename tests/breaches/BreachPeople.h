#pragma once

// People for a breach's letters to everyone: made through the person import, as an ERP export
// makes them, and linked to the breach with the people it has already.

#include "breaches/BreachService.h"
#include "persons/PersonRepository.h"
#include "registers/PersonImport.h"
#include "sending/BreachLetterMail.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::test {

struct ImportedPerson
{
    QString klantnummer;
    QString name;
    QString street; // with the house number
    QString postcode;
    QString city;
    QString email = {};
};

// The people made and linked, after those linked already; their ids in the order given (the
// linked ones first), or nullopt with *error.
inline std::optional<QList<qint64>> importAndLink(const Session &session, const QString &number,
                                                  const QList<ImportedPerson> &people,
                                                  QString *error)
{
    ImportRows rows;
    rows.header
        = { QStringLiteral("klantnummer"), QStringLiteral("naam"),   QStringLiteral("adres"),
            QStringLiteral("postcode"),    QStringLiteral("plaats"), QStringLiteral("email") };
    qint64 line = 1;
    for (const ImportedPerson &p : people)
        rows.records << CsvRecord {
            ++line, { p.klantnummer, p.name, p.street, p.postcode, p.city, p.email }, {}
        };
    PersonImport importer(session);
    const ImportResult imported = importer.run(rows, {});
    if (!imported.ok() || !imported.rejected.isEmpty()) {
        *error = imported.ok() ? imported.rejected.constFirst().reason : imported.error;
        return std::nullopt;
    }
    ServiceError failure;
    const std::optional<Breach> breach = BreachService(session).get(number, &failure);
    if (!breach) {
        *error = failure.message;
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const BreachPerson &linked : breach->linkedPersons)
        ids << linked.id;
    for (const ImportedPerson &p : people) {
        const std::optional<qint64> id
            = PersonRepository::idByKlantnummer(session.store().database(), p.klantnummer,
                                                PersonRepository::Anonymised::Excluded, &failure);
        if (!id || *id == 0) {
            *error = QStringLiteral("no person %1: %2").arg(p.klantnummer, failure.message);
            return std::nullopt;
        }
        ids << *id;
    }
    if (!BreachService(session).linkPersons(number, ids, &failure)) {
        *error = failure.message;
        return std::nullopt;
    }
    return ids;
}

// The breach's first e-mail (its letters made for e-mail before) tried with a wrong password, so
// that the server never took it, and recorded as failed for now: what the desk tries again.
// Its message, or nullopt with *error.
inline std::optional<PreparedMail> failFirstMail(const Session &session, const QString &number,
                                                 QString *error)
{
    BreachLetterMail mail(session);
    ServiceError failure;
    std::optional<PreparedMail> prepared
        = mail.start(number, &failure) ? mail.next(&failure) : std::nullopt;
    if (!prepared) {
        *error = failure.message.isEmpty() ? QStringLiteral("no e-mail to try") : failure.message;
        return std::nullopt;
    }
    PreparedMail wrong = *prepared;
    wrong.account.secret = "niet-het-wachtwoord";
    const MailAnswer answer = LetterMail::send(wrong, session.clock());
    if (answer.outcome != SmtpClient::Outcome::NotSent
        || !mail.record(*prepared, answer, &failure)) {
        *error = QStringLiteral("not failed as planned: %1 %2").arg(answer.reason, failure.message);
        return std::nullopt;
    }
    return prepared;
}

} // namespace pd::test
