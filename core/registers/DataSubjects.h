#pragma once

#include "persons/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// Which people a processing activity's data subjects ("huurders en bezoekers") are, matched with
// a person's relation (ieder1 reading). The register's subjects are free text: one
// line may name several groups ("huurders en bezoekers", "huurders, ex-huurders /
// woningzoekenden"), each in the seeds' words, singular or plural ("huurder",
// "kandidaat-huurders"). The inzage report (art. 15(1)(a)-(c) AVG) and the request's list of
// systems to search ask the same question here, so that a tenant's answer and the systems searched
// never differ.
class DataSubjects final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DataSubjects)
public:
    // The groups a subject line names, split on "en", "of", "&", "+", ",", ";" and "/":
    // "huurders en bezoekers" → {"huurders", "bezoekers"}.
    static QStringList groups(const QString &subject);
    // The relations one group names (none for "bezoekers"): the group as a whole ("ex-huurders"),
    // else each of its words ("huidige huurders", "bezoekers van huurders"). A former tenant's
    // data sit under the tenants' activities too, so "huurders" names both.
    static QList<Relation> relationsOf(const QString &group);
    // Whether subjects concern a person with relation: one of their groups names it. A person
    // with Relation::Overig is concerned by a group that names no relation ("omwonenden").
    static bool concerns(const QStringList &subjects, Relation relation);
    // The groups of subjects that name no relation, each once: their people are found only as
    // relation "overig".
    static QStringList withoutRelation(const QStringList &subjects);
    // The warning for those groups (translated); empty when there are none.
    static QString warning(const QStringList &withoutRelation);
};

} // namespace pd
