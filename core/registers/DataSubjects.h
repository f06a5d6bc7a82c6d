#pragma once

#include "persons/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// The register's data subjects are free text. The inzage report and the systems to search ask
// the same question here, so that a tenant's answer and the systems searched never differ.
class DataSubjects final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DataSubjects)
public:
    static QStringList groups(const QString &subject);
    // A former tenant's data sit under the tenants' activities too, so "huurders" names both.
    static QList<Relation> relationsOf(const QString &group);
    static bool concerns(const QStringList &subjects, Relation relation);
    static QStringList withoutRelation(const QStringList &subjects);
    static QString warning(const QStringList &withoutRelation);
};

} // namespace pd
