#pragma once

#include "domain/BsnGuard.h"

#include <QList>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QSqlError)

namespace pd {

class Transaction;

// Why a service call did not change anything: a code to act on and one translated sentence.
struct ServiceError
{
    enum class Code {
        None,
        NotFound,
        Invalid,
        BsnRefused,
        Storage,
        Denied, // the acting user's role does not allow it (recorded as user.denied)
        // Another seat changed it after the caller read it (optimistic locking): read
        // it again and redo the change on what is stored now. message names who and when.
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
    // With Storage from fromSql/fromTransaction: the store's stable error code
    // (StoreError::codeName: "disk-full", "in-use", "io", "internal", ...), for the CLI's [code].
    QString storeCode;

    bool isError() const { return code != Code::None; }

    // A statement SQLite refused: StoreError's sentence, SQLite's own text as the detail.
    // Both are defined with the store's errors (store/StoreError.cpp): only code that links the
    // store has statements and transactions to report.
    static ServiceError fromSql(const QSqlError &error);
    // A unit of work that could not start or finish: worded from the statement's own error (a
    // full disk is the disk-full sentence), "internal error" only when there is none.
    static ServiceError fromTransaction(const Transaction &transaction);
};

} // namespace pd
