#pragma once

// person restrictions, person consent list: one person's or everyone's (--all: also ended ones).

#include "CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace pd::cli {

// Service: made from a Session, with personOf, ofPerson and all(activeOnly, error).
template<typename Service, typename Item>
int runPersonRegisterList(CliContext &context, const QString &none,
                          const std::function<QJsonObject(const Item &)> &json,
                          const std::function<QString(const Item &)> &line)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    const Service service(*session);
    ServiceError error;
    std::optional<QList<Item>> list;
    if (args.size() == 1) {
        const auto person = service.personOf(args.first(), &error);
        if (person)
            list = service.ofPerson(*person, &error);
    } else {
        list = service.all(!p.isSet(QStringLiteral("all")), &error);
    }
    if (!list)
        return error.code == ServiceError::Code::NotFound
                || error.code == ServiceError::Code::Denied
            ? CliContext::fail(error)
            : CliContext::readFailure(error);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Item &item : *list)
            array.append(json(item));
        CliContext::printJson(QJsonDocument(array));
        return Success;
    }
    if (list->isEmpty())
        CliContext::printLine(none);
    for (const Item &item : *list)
        CliContext::printLine(line(item));
    return Success;
}

} // namespace pd::cli
