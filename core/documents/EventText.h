#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace pd {

// The audit trail in plain words for the Tijdlijn of a request: one translated sentence per
// event ("Termijn verlengd door J. de Vries: complex verzoek"), with dates in the locale's
// short format. The trail stores stable codes and ISO dates; turning them into words here, when
// shown, keeps the chain's bytes language-free and lets a language switch re-read old events.
// Unknown actions and payloads destroyed under a retention rule still get a sentence.
class EventText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::EventText)
public:
    // What happened, by whom, with the details that matter (never a BSN: the trail holds none).
    // history: the events the sentence is shown among (the request's, in any order). An event
    // whose details are gone says they were destroyed under the retention rule only when a
    // later event of history records a destruction; otherwise it says that the trail
    // records none.
    static QString sentence(const AuditEvent &event, const QList<AuditEvent> &history);
    // A short name for the kind of event ("Termijn verlengd"), also for unknown actions.
    static QString title(const QString &action);
    // When, in local time and the locale's short date and time format.
    static QString when(const AuditEvent &event);

    static QString date(QDate date); // short format; "—" when invalid
    static QString dateTime(const QDateTime &utc); // local time, short format
    // A payload's ISO date ("2026-03-02") as date() writes it.
    static QString isoDate(const QJsonValue &value);
    // A text of an event's payload, simplified, or "—" when it has none.
    static QString payloadText(const QJsonObject &payload, QLatin1StringView key);

private:
    // The titles of one family of events (title() reads them together).
    static QHash<QString, const char *> requestTitles();
    static QHash<QString, const char *> registerTitles();
    static QHash<QString, const char *> documentTitles();
    static QHash<QString, const char *> breachTitles();
    static QHash<QString, const char *> holdTitles();
    // The sentence of one family of events, or empty for an action of another family.
    static QString requestSentence(const AuditEvent &event, const QString &actor);
    static QString identitySentence(const AuditEvent &event, const QString &actor);
    static QString personSentence(const AuditEvent &event, const QString &actor);
    static QString documentSentence(const AuditEvent &event, const QString &actor);
    static QString exportSentence(const QString &action, const QJsonObject &payload,
                                  const QString &actor);
    // "; sent encrypted; password by phone" for an answer that went encrypted.
    static QString encryptedNote(const QJsonObject &payload);
    static QString systemSentence(const AuditEvent &event, const QString &actor);
    static QString completedSentence(const QString &actor, const QJsonObject &payload);
    // case.extended and case.assigned (EventTextSteps.cpp).
    static QString extendedSentence(const QString &actor, const QJsonObject &p);
    static QString assignedSentence(const QString &actor, const QJsonObject &payload);
    // An event whose payload was destroyed, read among history.
    static QString destroyedSentence(const AuditEvent &event, const QList<AuditEvent> &history,
                                     const QString &actor);
    // The events of the data-breach register ("breach.*"); empty for another action.
    static QString breachSentence(const QString &actor, const QString &action,
                                  const QJsonObject &payload);
    // Holds on data outside Privacydesk and restrictions of processing
    // (EventTextHolds.cpp): empty for another action.
    static QString holdSentence(const AuditEvent &event, const QString &actor);
    // The person's own record corrected or fields of it erased after a request
    // (EventTextPersons.cpp): empty for another action.
    static QString correctionSentence(const AuditEvent &event, const QString &actor);
};

} // namespace pd
