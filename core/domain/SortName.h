#pragma once

#include <QString>

namespace pd {

// The name as a Dutch list sorts it: the surname first, then the given names or initials and the
// tussenvoegsels ("Jan de Vries" → "Vries, Jan de", "Anna Jansen-de Vries" → "Jansen-de Vries,
// Anna"). A name already written with a comma, or of one word, is kept as it is (simplified).
// Every list of people by name sorts by it, folded (sortKey below): stored with the person
// (persons.sort_name), written with the name by the application and by the migration that added
// it. A server derives it itself from the name (pg/0058's pd_sort_key, this rule in SQL, held
// to it by tst_pgschema), so that a row written by hand sorts alike and holds nothing else.
QString sortName(const QString &name);

// What a list compares, and persons.sort_name keeps: sortName with its accents taken off
// (compatibility-decomposed, the combining marks dropped, ø æ œ ł đ ß ı þ spelled in ASCII) and
// A-Z in lower case, so that "Zoë Öztürk" sorts under O and "Céline Dekker" under D. Narrower than
// the search's fold, so that the server's pd_sort_key (pg/0058) can be exactly the same rule.
QString sortKey(const QString &name);

} // namespace pd
