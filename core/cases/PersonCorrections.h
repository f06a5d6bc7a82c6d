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
struct DerivedTerms;

// The fields of a person's own record that a request can change (ieder1): the name
// (rectification, art. 16 GDPR), the postal address (a tenant who moved: art. 5(1)(f), letters to
// the old address reach the next occupant), the phone number and the e-mail address (erasure,
// art. 17 GDPR), and the relation with its end date (what the ERP import fills besides those: the
// retention periods run from them). Their codes are the command line's (`person erase-fields
// --field`; the relation's those of the import's columns: relatie, einddatum).
enum class PersonField { Name, Klantnummer, Address, Phone, Email, Relation, RelationEnd };

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
    // GDPR), and go with the request files under the retention rules; the relation and its end
    // are what the retention periods run from (correct them instead).
    static QString erasureRefusal(PersonField field);
};

// The person's own record in Privacydesk after the answer to a request (ieder1
// findings 2, 3 and 6): erase single fields after a granted erasure, change the postal address
// of a tenant who moved, correct the name, the phone number, the e-mail address, the relation or
// its end after a rectification. Each is a UnitOfWork (Permission::EditCases) with one
// person.updated event on the person's trail: for an erasure the fields erased ("erased": codes,
// never their values), for a correction old → new ("changes", the keys PersonImport uses: name;
// street, house_number, postcode, city; phone; email; relation, relation_end). Given a request
// (about this person), the request's trail records it too, without values (case.person_erased,
// case.person_corrected: "fields"), so its AP dossier and the letter that confirms the
// rectification say what was done in Privacydesk itself. Letters made afterwards read the record
// as it is then. A change that changes nothing records nothing.
class PersonCorrections final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonCorrections)
public:
    explicit PersonCorrections(const Session &session);

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
    // The relation and its end (nullopt: as stored; an invalid date: none, a current tenant;
    // CaseService::checkRelationEnd). The retention items the rules derive from them follow in
    // the same transaction (RetentionDerivation; *terms when given), and person.updated carries
    // their counts besides old → new ("relation", "relation_end"). Given a request
    // (EditCases), its trail records the fields changed (relatie, einddatum); without one it is
    // the register change CaseService::setPersonRelation makes (EditRegisters). The fields
    // changed, empty when nothing changed; nullopt with *error when refused or failed.
    std::optional<QList<PersonField>> setRelation(qint64 personId, std::optional<Relation> relation,
                                                  std::optional<QDate> relationEnd,
                                                  const QString &caseNumber, ServiceError *error,
                                                  DerivedTerms *terms = nullptr);

private:
    Session m_session;
};

} // namespace pd
