#pragma once

#include <QString>

namespace pd {

// The name as a Dutch list sorts it: the surname first, then the given names or initials and the
// tussenvoegsels ("Jan de Vries" → "Vries, Jan de", "Anna Jansen-de Vries" → "Jansen-de Vries,
// Anna"). A name already written with a comma, or of one word, is kept as it is (simplified).
// Every list of people by name sorts by it, case-insensitively: stored with the person
// (persons.sort_name), written with the name by the application and by the migration that added
// it. A server derives it itself from the name (pg/0058's pd_sort_name, this rule in SQL, held
// to it by tst_pgschema), so that a row written by hand sorts alike and holds nothing else.
QString sortName(const QString &name);

} // namespace pd
