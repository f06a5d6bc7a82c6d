// BreachRepository's fragments for other modules' statements: the columns of a breach they
// read or compare, and the year report's counts, so that only this module names them.
#include "breaches/BreachRepository.h"

namespace pd {

using namespace Qt::StringLiterals;

QString BreachRepository::numberSql(QStringView alias)
{
    return u"%1.number"_s.arg(alias);
}

QString BreachRepository::closedAtSql(QStringView alias)
{
    return u"%1.closed_at"_s.arg(alias);
}

QString BreachRepository::reportedAtSql(QStringView alias)
{
    return u"%1.reported_at"_s.arg(alias);
}

QString BreachRepository::titleSql(QStringView alias)
{
    return u"%1.title"_s.arg(alias);
}

QString BreachRepository::isClosedSql(QStringView alias)
{
    return u"%1.state = 'gesloten' AND %1.closed_at IS NOT NULL"_s.arg(alias);
}

QString BreachRepository::notDestroyedSql(QStringView alias)
{
    return u"%1.destroyed_on IS NULL"_s.arg(alias);
}

QString BreachRepository::notDestroyedBySql(QStringView alias)
{
    return u"(%1.destroyed_on IS NULL OR %1.destroyed_on > ?)"_s.arg(alias);
}

QString BreachRepository::noticeCountsSql()
{
    const QString table = tableSql(u"b");
    return u"SELECT (SELECT count(*) FROM "_s + table
        + u" WHERE b.ap_notified_at >= ? AND b.ap_notified_at < ?), (SELECT count(*) FROM "_s
        + table + u" WHERE b.subjects_notified_on BETWEEN ? AND ?)"_s;
}

} // namespace pd
