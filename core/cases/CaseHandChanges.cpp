#include "cases/CaseHandChanges.h"

#include "audit/AuditRepository.h"
#include "session/Access.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace pd {

std::optional<QHash<qint64, RowChange>>
handChangesOfCase(const Session &session, const QString &number, ServiceError *error)
{
    *error = {};
    const QString key = number.trimmed().toUpper();
    const Store &store = session.store();
    if (!session.permitRead(Permission::ViewAllCases, QStringLiteral("case.timeline"), key, error))
        return std::nullopt;
    QHash<qint64, RowChange> changes;
    if (QString readError; !AuditRepository::rowChangesOf(store.database(), QStringLiteral("case"),
                                                          key, &changes, &readError)) {
        qWarning("handChangesOfCase: %s", qPrintable(readError));
        //: Dutch: "De audittrail kon niet worden gelezen: %1"
        *error
            = { ServiceError::Code::Storage,
                QCoreApplication::translate("pd::AuditLog", "The audit trail could not be read: %1")
                    .arg(readError),
                {},
                readError };
        return std::nullopt;
    }
    return changes;
}

} // namespace pd
