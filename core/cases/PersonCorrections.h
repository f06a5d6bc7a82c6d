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

struct DerivedTerms;

// The fields of a person's own record that a request can change; codes are the command line's.
enum class PersonField { Name, Klantnummer, Address, Phone, Email, Relation, RelationEnd };

// Codes "naam", "klantnummer", "adres", ..., read in either case; labels "telefoonnummer", ...
template<> const codes::Vocabulary<PersonField> &codes::vocabulary<PersonField>();

class PersonFieldCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonFieldCodes)
public:
    static QStringList columns(PersonField field);
    // The name and customer number keep whose request it was (art. 5(2) GDPR); the relation and its
    // end are what the retention periods run from.
    static QString erasureRefusal(PersonField field);
};

// Each change is a UnitOfWork with one person.updated event (erased field codes, never values; or
// old → new); a given request's trail records it too, without values. A change of nothing records
// nothing.
class PersonCorrections final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonCorrections)
public:
    explicit PersonCorrections(const Session &session);

    std::optional<qint64> personOf(const QString &klantnummerOrRequest, QString *caseNumber,
                                   ServiceError *error) const;

    // Empty when every field was empty already (nothing recorded).
    std::optional<QList<PersonField>> eraseFields(qint64 personId, const QList<PersonField> &fields,
                                                  const QString &caseNumber, ServiceError *error);
    // Given a request, only once the identity is established on it: letters go to a new address
    // only then.
    bool setAddress(qint64 personId, const Person &address, const QString &caseNumber,
                    BsnCheck bsnCheck, ServiceError *error);
    bool setContact(qint64 personId, PersonField field, const QString &value,
                    const QString &caseNumber, BsnCheck bsnCheck, ServiceError *error);
    bool setName(qint64 personId, const QString &name, const QString &caseNumber, BsnCheck bsnCheck,
                 ServiceError *error);
    // The retention items derived from them follow in the same transaction. Without a request it is
    // a register change (EditRegisters).
    std::optional<QList<PersonField>> setRelation(qint64 personId, std::optional<Relation> relation,
                                                  std::optional<QDate> relationEnd,
                                                  const QString &caseNumber, ServiceError *error,
                                                  DerivedTerms *terms = nullptr);

private:
    Session m_session;
};

} // namespace pd
