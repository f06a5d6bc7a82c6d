#include "retention/KeptDestructions.h"

#include "store/KeyedFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

constexpr auto formatLine = "privacydesk-server-destructions-v1";
// A log of many thousand destructions is a few megabytes; more is not a file of ours.
constexpr qsizetype maxSize = 64 * 1024 * 1024;

QString pathOf(const QUuid &storeId)
{
    return QDir(KeptDestructions::directory())
        .filePath(storeId.toString(QUuid::WithoutBraces) + QStringLiteral(".traces"));
}

QJsonObject toJson(const DestructionTrace &trace)
{
    QJsonArray cases;
    for (const auto &[number, createdAt] : trace.cases)
        cases.append(QJsonArray { number, createdAt });
    return {
        { QStringLiteral("destroyedAt"), trace.destroyedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("destroyedBy"), trace.destroyedBy },
        { QStringLiteral("method"), trace.method },
        { QStringLiteral("kind"), trace.kind },
        { QStringLiteral("cases"), cases },
        { QStringLiteral("personId"), QString::number(trace.personId) },
        { QStringLiteral("personCreatedAt"), trace.personCreatedAt },
        { QStringLiteral("breachNumber"), trace.breachNumber },
        { QStringLiteral("breachReportedAt"), trace.breachReportedAt },
        { QStringLiteral("ruleId"), QString::number(trace.ruleId) },
        { QStringLiteral("reduced"), trace.reduced },
        { QStringLiteral("personGone"), trace.personGone },
    };
}

DestructionTrace fromJson(const QJsonObject &object)
{
    DestructionTrace trace;
    trace.destroyedAt = QDateTime::fromString(
        object.value(QStringLiteral("destroyedAt")).toString(), Qt::ISODateWithMs);
    trace.destroyedBy = object.value(QStringLiteral("destroyedBy")).toString();
    trace.method = object.value(QStringLiteral("method")).toString();
    trace.kind = object.value(QStringLiteral("kind")).toString();
    for (const QJsonValue &pair : object.value(QStringLiteral("cases")).toArray())
        trace.cases.append({ pair.toArray().at(0).toString(), pair.toArray().at(1).toString() });
    trace.personId = object.value(QStringLiteral("personId")).toString().toLongLong();
    trace.personCreatedAt = object.value(QStringLiteral("personCreatedAt")).toString();
    trace.breachNumber = object.value(QStringLiteral("breachNumber")).toString();
    trace.breachReportedAt = object.value(QStringLiteral("breachReportedAt")).toString();
    trace.ruleId = object.value(QStringLiteral("ruleId")).toString().toLongLong();
    trace.reduced = object.value(QStringLiteral("reduced")).toBool();
    trace.personGone = object.value(QStringLiteral("personGone")).toBool();
    return trace;
}

// The first line names the format and the store (so that a file copied under another store's
// name does not verify there), the second the traces.
QByteArray body(const QUuid &storeId, const QList<DestructionTrace> &traces)
{
    QJsonArray list;
    for (const DestructionTrace &trace : traces)
        list.append(toJson(trace));
    return QByteArray(formatLine) + " store=" + storeId.toString(QUuid::WithoutBraces).toUtf8()
        + '\n' + QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QString KeptDestructions::directory()
{
    return KeyedFile::folder(QStringLiteral("server-destructions"));
}

bool KeptDestructions::keep(const QUuid &storeId, const QList<DestructionTrace> &traces,
                            qsizetype *kept, QString *error)
{
    // What an earlier run kept stays: a restore killed before its replay, or run again over a
    // store restored without it, must not trade the log of the store as it was for a shorter
    // one. A kept log that cannot be read is not written over either.
    QString readError;
    QList<DestructionTrace> whole = read(storeId, &readError).value_or(QList<DestructionTrace>());
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QList<QJsonObject> present;
    for (const DestructionTrace &trace : std::as_const(whole))
        present << toJson(trace);
    for (const DestructionTrace &trace : traces) {
        if (!present.contains(toJson(trace))) {
            present << toJson(trace);
            whole << trace;
        }
    }
    const QByteArray key = KeyedFile::key(directory(), error);
    if (key.isEmpty()
        || !KeyedFile::write(pathOf(storeId), KeyedFile::sealed(key, body(storeId, whole)), error))
        return false;
    *kept = whole.size();
    return true;
}

std::optional<QList<DestructionTrace>> KeptDestructions::read(const QUuid &storeId, QString *error)
{
    const QString path = pathOf(storeId);
    bool missing = false;
    QString why;
    const QByteArray bytes = KeyedFile::read(path, maxSize, &missing, &why);
    if (missing)
        return std::nullopt;
    const QByteArray key = why.isEmpty() ? KeyedFile::key(directory(), &why) : QByteArray();
    if (!why.isEmpty()) {
        //: Dutch: "Het op deze computer bewaarde vernietigingsregister (%1) kon niet worden
        //: gelezen: %2"
        *error = tr("The destruction log kept on this computer (%1) could not be read: %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    }
    const std::optional<QByteArray> text = KeyedFile::unsealed(key, bytes);
    const qsizetype lineEnd = text ? text->indexOf('\n') : -1;
    const QJsonDocument list
        = lineEnd > 0 ? QJsonDocument::fromJson(text->mid(lineEnd + 1)) : QJsonDocument();
    QList<DestructionTrace> traces;
    for (const QJsonValue &trace : list.array())
        traces.append(fromJson(trace.toObject()));
    // The text must be exactly what keep writes for this store and these traces.
    if (!text || !list.isArray() || *text != body(storeId, traces)) {
        //: Dutch: "Het op deze computer bewaarde vernietigingsregister (%1) is gewijzigd of
        //: beschadigd."
        *error = tr("The destruction log kept on this computer (%1) was altered or damaged.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return traces;
}

bool KeptDestructions::remove(const QUuid &storeId, QString *error)
{
    QFile file(pathOf(storeId));
    if (!file.exists() || file.remove())
        return true;
    *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()),
                                          file.errorString());
    return false;
}

} // namespace pd
