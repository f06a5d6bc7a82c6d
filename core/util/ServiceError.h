#pragma once

#include "domain/BsnGuard.h"

#include <QList>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QSqlError)

namespace pd {

class Transaction;

struct ServiceError
{
    enum class Code {
        None,
        NotFound,
        Invalid,
        BsnRefused,
        Storage,
        Denied, // the acting user's role does not allow it (recorded as user.denied)
        // Another seat changed it since the caller read it: read it again and redo the change.
        Conflict,
    };

    ServiceError() = default;
    ServiceError(Code c, QString text, QList<BsnFinding> findings = {}, QString technical = {})
        : code(c)
        , message(std::move(text))
        , bsnFindings(std::move(findings))
        , detail(std::move(technical))
    { }

    Code code = Code::None;
    QString message;
    QList<BsnFinding> bsnFindings; // with BsnRefused: masked, never the number itself
    QString detail; // technical (SQLite's text: names columns, never values)
    // The store's stable error code, for the CLI's [code].
    QString storeCode;

    bool isError() const { return code != Code::None; }

    // Defined in store/StoreError.cpp: only code that links the store has statements to report.
    static ServiceError fromSql(const QSqlError &error);
    static ServiceError fromTransaction(const Transaction &transaction);
};

} // namespace pd
