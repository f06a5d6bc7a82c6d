#pragma once

#include "audit/RowChange.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// Never in a document for the tenant or the AP: a value may be what a decision withheld from
// them.
class RowChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RowChangeText)
public:
    static QString values(const RowChange &change, int maxChars = 0);
    static QString value(const QJsonValue &value, int maxChars = 0);
};

} // namespace pd
