#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace pd {

// The trail stores stable codes and ISO dates; putting them into words when shown keeps the
// chain's bytes language-free and lets a language switch re-read old events.
class EventText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::EventText)
public:
    // A destroyed payload is said destroyed under the retention rule only when a later event of
    // history records a destruction.
    static QString sentence(const AuditEvent &event, const QList<AuditEvent> &history);
    static QString title(const QString &action);
    static QString when(const AuditEvent &event);

    static QString date(QDate date); // short format; "—" when invalid
    static QString dateTime(const QDateTime &utc); // local time, short format
    static QString isoDate(const QJsonValue &value);
    static QString payloadText(const QJsonObject &payload, QLatin1StringView key);
    // A payload's sha256 in groups of four joined by ':', as the dossier prints hashes.
    static QString fullHash(const QJsonObject &payload);

private:
    static QHash<QString, const char *> requestTitles();
    static QHash<QString, const char *> registerTitles();
    static QHash<QString, const char *> documentTitles();
    static QHash<QString, const char *> breachTitles();
    static QHash<QString, const char *> holdTitles();
    static QHash<QString, const char *> mailTitles();
    static QString requestSentence(const AuditEvent &event, const QString &actor);
    static QString identitySentence(const AuditEvent &event, const QString &actor);
    static QString personSentence(const AuditEvent &event, const QString &actor);
    static QString documentSentence(const AuditEvent &event, const QString &actor);
    static QString exportSentence(const QString &action, const QJsonObject &payload,
                                  const QString &actor);
    static QString encryptedNote(const QJsonObject &payload);
    static QString systemSentence(const AuditEvent &event, const QString &actor);
    static QString completedSentence(const QString &actor, const QJsonObject &payload);
    static QString extendedSentence(const QString &actor, const QJsonObject &p);
    static QString assignedSentence(const QString &actor, const QJsonObject &payload);
    static QString destroyedSentence(const AuditEvent &event, const QList<AuditEvent> &history,
                                     const QString &actor);
    static QString breachSentence(const QString &actor, const QString &action,
                                  const QJsonObject &payload);
    static QString holdSentence(const AuditEvent &event, const QString &actor);
    static QString correctionSentence(const AuditEvent &event, const QString &actor);
    static QString mailSentence(const AuditEvent &event, const QString &actor);
    static QString breachMailSentence(const QString &action, const QJsonObject &payload,
                                      const QString &actor);
};

} // namespace pd
