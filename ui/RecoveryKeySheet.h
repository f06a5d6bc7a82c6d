#pragma once

#include "documents/CupsPrinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

class QWidget;

namespace pd::ui {

// Printed only to the CUPS queue the user chooses; nothing is written to a file by us.
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
    // One A4 page, made in memory.
    QByteArray pdf() const;
    CupsPrinter::Result printTo(const QString &printer) const;
    // Without "print to file": the key must not land in a file.
    void printWithDialog(QWidget *parent) const;

    // Printing leaves a copy of the key in the print spool (CUPS keeps it until printed, and longer
    // unless PreserveJobFiles No). True: print anyway.
    static QString spoolWarning();
    static bool confirmPrint(QWidget *parent);
};

} // namespace pd::ui
