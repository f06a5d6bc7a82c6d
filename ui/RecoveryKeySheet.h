#pragma once

#include "documents/CupsPrinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

class QWidget;

namespace pd::ui {

// The printed page that goes with a new store: the recovery key in large monospace, the
// store id and date, and what to do with the paper. Printing goes only to the CUPS queue the
// user chooses in the print dialog; nothing is written to a file by us.
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
    // The sheet as one A4 PDF page, made in memory.
    QByteArray pdf() const;
    // Sends the sheet to a CUPS queue as one job (CupsPrinter): the answer is CUPS's own.
    CupsPrinter::Result printTo(const QString &printer) const;
    // The whole print from a dialog: the spool warning, the print dialog (without "print to
    // file": the key must not land in a file) and CUPS; the job number, a paused queue or the
    // reason nothing was printed is shown to the user. Both dialogs that show a new key use it.
    void printWithDialog(QWidget *parent) const;

    // Asked before the print dialog: printing leaves a copy of the key in the print
    // spool (CUPS keeps the job's file until it is printed, and longer unless IT set
    // PreserveJobFiles No). True: print anyway.
    static QString spoolWarning();
    static bool confirmPrint(QWidget *parent);
};

} // namespace pd::ui
