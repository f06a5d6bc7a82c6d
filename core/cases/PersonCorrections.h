#pragma once

#include "persons/Person.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

class Store;
struct Case;

// The fields of a person's own record that a request can change (issue 38, ieder1): the name
// (rectification, art. 16 GDPR), the postal address (a tenant who moved: art. 5(1)(f), letters to
// the old address reach the next occupant), the phone number and the e-mail address (erasure,
// art. 17 GDPR). Their codes are the command line's (`person erase-fields --field`).
enum class PersonField { Name, Klantnummer, Address, Phone, Email };

class PersonFieldCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonFieldCodes)
public:
    static QString code(PersonField field); // "naam", "klantnummer", "adres", ...
    static QString label(PersonField field); // translated: "telefoonnummer"
    static std::optional<PersonField> field(QStringView code);
    static QList<PersonField> fields();
    // The persons columns the field is stored in ("street", "house_number", ... for the address).
    static QStringList columns(PersonField field);
    // Why the field cannot be erased, in a translated sentence, or empty when it can: the name
    // and the customer number keep the request's own record (whose request it was, art. 5(2)
    // GDPR), and go with the request files under the retention rules.
    static QString erasureRefusal(PersonField field);
};

// The person's own record in Privacydesk after the answer to a request (issue 38, ieder1
// findings 2, 3 and 6): erase single fields after a granted erasure, change the postal address
// of a tenant who moved, correct the name, the phone number or the e-mail address after a
// rectification. Each is a UnitOfWork (Permission::EditCases) with one person.updated event on
// the person's trail: for an erasure the fields erased ("erased": codes, never their values), for
// a correction old → new ("changes", the keys PersonImport uses: name; street, house_number,
// postcode, city; phone; email). Given a request (about this person), the request's trail records
// it too, without values (case.person_erased, case.person_corrected: "fields"), so its AP dossier
// and the letter that confirms the rectification say what was done in Privacydesk itself. Letters
// made afterwards read the record as it is then. A change that changes nothing records nothing.
class PersonCorrections final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonCorrections)
public:
    explicit PersonCorrections(const Store &store, const Clock &clock = systemClock());

    // The person a customer number or a request number (AVG-YYYY-NNNN: the person it is about)
    // names, not anonymised; NotFound when there is none, Storage when it could not be read.
    // *caseNumber is the request's number when a request number was given (else left as it is).
    std::optional<qint64> personOf(const QString &klantnummerOrRequest, QString *caseNumber,
                                   ServiceError *error) const;

    // The fields erased (those that held something), empty when every one was empty already
    // (nothing recorded); nullopt with *error when refused (a field that must stay:
    // PersonFieldCodes::erasureRefusal; a request that is not about the person or asks for no
    // erasure) or failed.
    std::optional<QList<PersonField>> eraseFields(qint64 personId, const QList<PersonField> &fields,
                                                  const QString &caseNumber, ServiceError *error);
    // The postal address (street, houseNumber, postcode, city of address; street, postcode and
    // city required, as case add --address takes them), under the BSN guard. Given a request,
    // only once the identity is established on it (identification received and confirmed, or
    // the request decided): letters go to a new address only then.
    bool setAddress(qint64 personId, const Person &address, const QString &caseNumber,
                    bool bsnOverride, ServiceError *error);
    // The phone number or the e-mail address (field Phone or Email) after a rectification
    // (art. 16 GDPR): required (to empty it, erase the field), a phone number as
    // InputLimits::checkPhone takes it, an e-mail address with one '@' and a domain; under the
    // BSN guard. Recorded as setName is ("changes": phone or email, old → new).
    bool setContact(qint64 personId, PersonField field, const QString &value,
                    const QString &caseNumber, bool bsnOverride, ServiceError *error);
    // The name (required, at most InputLimits::maxName), under the BSN guard.
    bool setName(qint64 personId, const QString &name, const QString &caseNumber, bool bsnOverride,
                 ServiceError *error);

private:
    // The request named, read inside the unit: it must be about personId (Invalid otherwise);
    // nullopt with *error, or the request (nullopt without error when caseNumber is empty).
    bool readRequest(const QSqlDatabase &db, const QString &caseNumber, qint64 personId,
                     std::optional<Case> *request, ServiceError *error) const;
    // The person as stored, not anonymised (NotFound otherwise).
    bool readPerson(const QSqlDatabase &db, qint64 personId, Person *person,
                    ServiceError *error) const;

    const Store &m_store;
    const Clock &m_clock;
    Session m_session;
};

} // namespace pd
