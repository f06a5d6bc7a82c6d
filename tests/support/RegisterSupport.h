#pragma once

#include "registers/ProcessingRegister.h"

#include <QString>
#include <QStringList>

namespace pd::test {

// An activity of the register of processing activities as the tests of the systems searched
// need one: its sub-code ("A.1"; purpose C is "Bestrijden fraude", the others
// "Leveren van diensten"), its name, the data subjects it concerns and the systems that hold its
// data; on a contract (basis b), with name and contact details.
inline ProcessingActivity processingActivity(const QString &code, const QString &name,
                                             const QStringList &subjects,
                                             const QStringList &systems)
{
    ProcessingActivity a;
    a.purposeCode = code.left(1);
    a.purpose = code.startsWith(u'C') ? QStringLiteral("Bestrijden fraude")
                                      : QStringLiteral("Leveren van diensten");
    a.subCode = code;
    a.subPurpose = name;
    a.name = name;
    a.legalBases = { QStringLiteral("b") };
    a.subjects = subjects;
    a.dataCategories = { { QStringLiteral("naam en contactgegevens"), {} } };
    a.systems = systems;
    return a;
}

} // namespace pd::test
