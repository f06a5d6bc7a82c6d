#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

class QPrinter;
class QWidget;

namespace pd::ui {

// The printed page that goes with a new store: the recovery key in large monospace, the
// store id and date, and what to do with the paper. Printing goes only where the user
// chooses in the print dialog; nothing is written to a temporary file by us.
class RecoveryKeySheet final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::RecoveryKeySheet)
public:
    QString recoveryKey;
    QUuid storeId;
    QString organisationName;
    QDateTime created;

    // The key split in two lines of four groups, as on the screen and on paper.
    static QString groupedForDisplay(const QString &recoveryKey);

    QString html() const;
    void print(QPrinter *printer) const;

    // Asked before the print dialog (issue 17): printing leaves a copy of the key in the print
    // spool (CUPS keeps the job's file until it is printed, and longer unless IT set
    // PreserveJobFiles No). True: print anyway.
    static QString spoolWarning();
    static bool confirmPrint(QWidget *parent);
};

} // namespace pd::ui
