#pragma once

#include "audit/RowChange.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// What the server's row trail kept of a change made by hand, in words for the officer's
// timeline and `case timeline`: "description: ‘Oud’ → ‘Nieuw’; received_date: ‘2026-11-17’ →
// ‘2020-01-02’", or for a removal the row as it was. Never in a document for the tenant or the
// AP: a value may be what a decision withheld from them (a note, a third party's name).
class RowChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RowChangeText)
public:
    // Each value shortened to at most maxChars characters (0: whole).
    static QString values(const RowChange &change, int maxChars = 0);
    // One value as kept: a text quoted, a number or true/false as written, NULL as "—", a
    // withheld one said so.
    static QString value(const QJsonValue &value, int maxChars = 0);
};

} // namespace pd
