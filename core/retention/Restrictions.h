#pragma once

#include "cases/Restriction.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd {

struct NewRestriction
{
    qint64 personId = 0; // the person's id, or
    QString klantnummer; // their customer number
    QString data; // which data: free text, the data categories
    RestrictionGround ground = RestrictionGround::Accuracy;
    QString reason;
    QDate startedOn; // invalid: today
    QString caseNumber; // the request that asked for it; empty: none
};

// Art. 18 AVG. Under art. 18(1)(a) and (d) a restriction holds until the rectification or
// objection it waits for is decided; lifting needs the notice letter recorded as sent first
// (art. 18(3)). The intake's marker reads with IntakeCase, so that a KCC login sees it too.
class RestrictionService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RestrictionService)
public:
    explicit RestrictionService(const Session &session);

    std::optional<PersonRestriction> record(const NewRestriction &restriction, BsnCheck bsnCheck,
                                            ServiceError *error);
    // caseNumber: the request whose notice was sent, for a restriction without one. With the
    // restriction's request (*request), the marks that lift its blocks in the corporation's
    // systems once none of its restrictions is in force (VeraWriteBack), to be sent after.
    bool lift(qint64 id, const QString &caseNumber, ServiceError *error,
              QString *request = nullptr);

    std::optional<QList<PersonRestriction>> ofPerson(qint64 personId, ServiceError *error) const;
    std::optional<QList<PersonRestriction>> all(bool activeOnly, ServiceError *error) const;
    std::optional<QList<PersonRestriction>> markers(qint64 personId, ServiceError *error) const;
    std::optional<qint64> personOf(const QString &klantnummer, ServiceError *error) const;

    static QString markerText(const QList<PersonRestriction> &inForce);

private:
    // *request: the restriction's request, if it has one.
    bool liftAlone(qint64 id, const QString &caseNumber, QString *request, ServiceError *error);
    std::optional<qint64> noticeOf(const PersonRestriction &restriction, const QString &caseNumber,
                                   ServiceError *error) const;
    Session m_session;
};

} // namespace pd
