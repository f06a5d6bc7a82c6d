#pragma once

#include "cases/Restriction.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd {

class Store;

// What a new restriction says (RestrictionService::record).
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

// The restriction of processing on a person (art. 18 AVG). Recording and lifting are
// UnitOfWorks (Permission::EditCases: the functionaris, and the beheerder) with a
// person.restriction_recorded / _lifted event on the person's trail and, when a request is
// linked, case.restriction_recorded / _lifted on the request's (the AP dossier shows them).
// Under art. 18(1)(a) and (d) a restriction holds until the rectification or objection it waits
// for is decided (cases/RestrictionDecision.h); refused in words before that.
// Lifting needs the notice to the person first (art. 18 lid 3): the letter
// "kennisgeving-opheffing-beperking" of the linked request (or of the request named when none
// is linked), made on or after the start and recorded as sent; otherwise refused, in words.
// The whole restriction is read with ViewAllCases; the marker of the phone intake (which data,
// the ground, since) with IntakeCase, so that a KCC login sees it too.
class RestrictionService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RestrictionService)
public:
    explicit RestrictionService(const Session &session);

    std::optional<PersonRestriction> record(const NewRestriction &restriction, bool bsnOverride,
                                            ServiceError *error);
    // caseNumber: the request whose notice was sent, for a restriction without one.
    bool lift(qint64 id, const QString &caseNumber, ServiceError *error);

    std::optional<QList<PersonRestriction>> ofPerson(qint64 personId, ServiceError *error) const;
    std::optional<QList<PersonRestriction>> all(bool activeOnly, ServiceError *error) const;
    // The restrictions in force of the person (only data, ground and since): the intake's marker.
    std::optional<QList<PersonRestriction>> markers(qint64 personId, ServiceError *error) const;
    // The person of a customer number; NotFound when there is none.
    std::optional<qint64> personOf(const QString &klantnummer, ServiceError *error) const;

    // "Beperkt (art. 18): telefoonnummer sinds 02-03-2026" for a marker, translated.
    static QString markerText(const QList<PersonRestriction> &inForce);

private:
    // The letter that told the person (sent, of the kind, on or after the start), or a
    // refusal in words.
    std::optional<qint64> noticeOf(const PersonRestriction &restriction, const QString &caseNumber,
                                   ServiceError *error) const;
    Session m_session;
};

} // namespace pd
